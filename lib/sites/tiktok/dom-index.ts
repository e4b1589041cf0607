import { ALL_E2E_NAMES, e2e, SCRIPT_IDS } from './selectors';
import { cleanText } from './tags';

const WANTED = new Set(ALL_E2E_NAMES);
const SCRIPTS = new Set<string>(Object.values(SCRIPT_IDS));

/** Every element under `root`, in document order, without a selector engine. */
export function* descendants(root: Element | Document): Generator<Element> {
  let el: Element | null = root.firstElementChild;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const up: Element | null = el.parentElement;
      el = up === root || up === null ? null : up;
    }
    if (el) el = el.nextElementSibling;
  }
}

/**
 * The page's `data-e2e` hooks by name, in document order, and its embedded-data scripts, from
 * one walk of the document (each querySelectorAll walks the whole tree: one walk instead of twenty
 * keeps a profile read fast).
 */
export class E2EIndex {
  private readonly byName = new Map<string, Element[]>();
  private readonly scripts = new Map<string, Element>();

  constructor(doc: Document) {
    for (const el of descendants(doc)) {
      const name = el.getAttribute('data-e2e');
      if (name) {
        if (!WANTED.has(name)) continue;
        const list = this.byName.get(name);
        if (list) list.push(el);
        else this.byName.set(name, [el]);
      } else if (el.localName === 'script') {
        const id = el.getAttribute('id');
        if (id && SCRIPTS.has(id) && !this.scripts.has(id)) this.scripts.set(id, el);
      }
    }
  }

  /** The text of an embedded-data script (SCRIPT_IDS), or null. */
  scriptText(id: string): string | null {
    return this.scripts.get(id)?.textContent ?? null;
  }

  all(names: readonly string[]): Element[] {
    if (names.length === 1) return this.byName.get(names[0]!) ?? [];
    return names.flatMap((name) => this.byName.get(name) ?? []);
  }

  /** The first element of the first alternative present, with the selector that found it. */
  first(names: readonly string[]): { el: Element; selector: string } | null {
    for (const name of names) {
      const el = this.byName.get(name)?.[0];
      if (el) return { el, selector: e2e(name) };
    }
    return null;
  }

  has(names: readonly string[]): boolean {
    return names.some((name) => this.byName.has(name));
  }

  get size(): number {
    return this.byName.size;
  }
}

/** The first match of the first alternative inside an element. */
export function firstIn(
  root: Element,
  names: readonly string[],
): { el: Element; selector: string } | null {
  for (const name of names) {
    const el = root.querySelector(e2e(name));
    if (el) return { el, selector: e2e(name) };
  }
  return null;
}

export const textOf = (el: Element | null | undefined): string => cleanText(el?.textContent);

/** The handle in a link to a profile: "/@illojuan", "https://www.tiktok.com/@illojuan/video/1". */
export function handleFromHref(href: string | null | undefined): string | null {
  const match = /(?:^|\/)@([\p{L}\p{N}_.]+)/u.exec(href ?? '');
  return match ? match[1]!.toLowerCase() : null;
}
