import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The screens cite our methodology ("Source: The seed method (docs/methodology.md, "Engagement
 * rate")"). A citation a user reads must name a file the repository holds and, when it names a
 * section, a heading of that file: the settings once cited docs/domain.md, which is not shipped.
 */
const root = join(__dirname, '../../..');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.(ts|tsx|json)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

/** Citations inside string literals: comments are for developers and may cite the method elsewhere. */
function citations(text: string): { doc: string; section: string | null }[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/['"`][^'"`\n]*?(docs\/[\w-]+\.md)(?:, "([^"]+)")?/g)].map((m) => ({
    doc: m[1]!,
    section: m[2] ?? null,
  }));
}

const cited = ['lib', 'components', 'entrypoints', 'public/_locales'].flatMap((dir) =>
  sources(join(root, dir)).flatMap((file) =>
    citations(readFileSync(file, 'utf8')).map((c) => ({ ...c, file: relative(root, file) })),
  ),
);

test('the screens cite the methodology somewhere', () => {
  expect(cited.map((c) => c.doc)).toContain('docs/methodology.md');
});

test.each(cited)('$file cites $doc, which the repository holds', ({ doc, section }) => {
  expect(existsSync(join(root, doc)), doc).toBe(true);
  if (section) {
    const headings = readFileSync(join(root, doc), 'utf8')
      .split('\n')
      .filter((l) => /^#{1,4} /.test(l));
    expect(
      headings.some((h) => h.includes(section)),
      `${doc} has "${section}"`,
    ).toBe(true);
  }
});

test('a citation of a file we do not ship is found', () => {
  expect(citations('const s = \'The seed (docs/domain.md, "Tiers")\';')).toEqual([
    { doc: 'docs/domain.md', section: 'Tiers' },
  ]);
  expect(citations('/** Defaults follow docs/domain.md. */')).toEqual([]);
});
