import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** One labelled comment: `source` names the file (YouTube) or the Instagram account (ScamSpot). */
export interface LabelledRow {
  text: string;
  spam: boolean;
  /** "youtube:Psy", "scamspot:coinbase" */
  source: string;
  /**
   * The handle of the account the comment was posted under, when the set names it (ScamSpot), as
   * the extension knows it on a creator's page: "@coinbase" there is the creator, not a redirect.
   */
  creator: string | null;
}

const here = dirname(fileURLToPath(import.meta.url));

function parse(file: string): Record<string, string>[] {
  const text = readFileSync(join(here, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const youtube = [
  ['Youtube01-Psy.csv', 'Psy'],
  ['Youtube02-KatyPerry.csv', 'KatyPerry'],
  ['Youtube03-LMFAO.csv', 'LMFAO'],
] as const;

/** Every labelled row of scripts/data/comments (see SOURCES.md). */
export function loadLabelled(): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const [file, name] of youtube)
    for (const r of parse(file))
      if (r.CONTENT !== undefined)
        rows.push({
          text: r.CONTENT,
          spam: r.CLASS === '1',
          source: `youtube:${name}`,
          creator: null,
        });
  for (const r of parse('scamspot-instagram-train.csv'))
    if (r.text !== undefined)
      rows.push({
        text: r.text,
        spam: r.label === 'spam',
        source: `scamspot:${r.account}`,
        creator: r.account ?? null,
      });
  return rows;
}
