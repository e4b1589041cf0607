import { ObservedResponse, type Source } from '../../model/reading';
import { embeddedPayloads } from './embedded';
import { collectJson, emptyFindings, type JsonFindings } from './json-walk';
import { readMetaTags, type MetaTags } from './meta';
import { pageStates, type PageStates } from './states';
import type { InstagramUrl } from './url';

/** Everything a reader looks at, gathered once per reading. */
export interface ReadContext {
  url: string;
  info: InstagramUrl;
  doc: Document | null;
  lang: string | null;
  /** Embedded JSON first, then the responses the page fetched: the ladder order. */
  json: { source: Source; findings: JsonFindings }[];
  names: Map<string, string>;
  meta: MetaTags | null;
  states: PageStates | null;
  /** Embedded payloads that had a data marker but were not JSON. */
  brokenPayloads: number;
}

export function buildContext(
  doc: Document | null,
  url: string,
  info: InstagramUrl,
  responses: unknown[],
): ReadContext {
  const embedded = emptyFindings();
  let broken = 0;
  if (doc) {
    const payloads = embeddedPayloads(doc);
    broken = payloads.failed;
    for (const root of payloads.roots) collectJson(root, embedded);
  }
  const network = emptyFindings();
  for (const response of responses) {
    const parsed = ObservedResponse.safeParse(response);
    if (parsed.success) collectJson(parsed.data.body, network);
  }
  const names = new Map([...network.names, ...embedded.names]);
  const lang = doc?.documentElement?.getAttribute('lang')?.trim() || null;
  return {
    url,
    info,
    doc,
    lang,
    json: [
      { source: 'embedded-json', findings: embedded },
      { source: 'network', findings: network },
    ],
    names,
    meta: doc ? readMetaTags(doc) : null,
    states: doc ? pageStates(doc) : null,
    brokenPayloads: broken,
  };
}
