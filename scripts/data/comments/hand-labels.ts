import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupOf, type LabelledRow } from './row';

/**
 * Real comments labelled generic or genuine by hand (SOURCES.md, "Labelled by hand"): the
 * evaluation's sample and the rows labelled to train, read and checked against the sets.
 */

const here = dirname(fileURLToPath(import.meta.url));

/** A text as the sample file writes it: one line, no tabs. */
export const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

/** Rows drawn from each real source for the hand-labelled sample (scripts/draw-real-sample.ts). */
export const SAMPLE_PER_SOURCE = 80;

/** The files of real rows labelled by hand: the evaluation's sample, and rows labelled to train. */
export const HAND_SAMPLE_FILE = 'real-sample-labelled.tsv';
const HAND_FILES = [HAND_SAMPLE_FILE, 'real-hand-labelled.tsv'];

type Label3 = NonNullable<LabelledRow['label']>;

/**
 * The rows of a hand-labelled file (source, index, label, by, note, text), keyed "source\tindex"
 * (index among its source's rows in loadLabelled order): the set's own spam label, and for the
 * rest generic or genuine as a person reading each said. Throws when a row no longer holds the
 * text that was labelled, so a change to the sets cannot shift the labels silently.
 */
function readHandFile(file: string, rows: readonly LabelledRow[]): Map<string, Label3> {
  const bySource = new Map<string, LabelledRow[]>();
  for (const r of rows) {
    const g = groupOf(r);
    if (!bySource.has(g)) bySource.set(g, []);
    bySource.get(g)!.push(r);
  }
  const truth = new Map<string, Label3>();
  const lines = readFileSync(join(here, file), 'utf8').split('\n').slice(1);
  lines.forEach((line, n) => {
    if (!line) return;
    const [source, index, label, , , text] = line.split('\t');
    const row = bySource.get(source!)?.[Number(index)];
    if (!row || oneLine(row.text) !== text)
      throw new Error(`${file} line ${n + 2}: no longer the row it labelled`);
    if (label !== 'spam' && label !== 'generic' && label !== 'genuine')
      throw new Error(`${file} line ${n + 2}: label "${label}"`);
    if ((label === 'spam') !== row.spam)
      throw new Error(`${file} line ${n + 2}: spam differs from the set's label`);
    truth.set(`${source}\t${index}`, label);
  });
  return truth;
}

/** Each row's key in the hand-labelled files: "source\tindex". */
export function handKeys(rows: readonly LabelledRow[]): Map<LabelledRow, string> {
  const keys = new Map<LabelledRow, string>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const g = groupOf(r);
    const i = seen.get(g) ?? 0;
    seen.set(g, i + 1);
    keys.set(r, `${g}\t${i}`);
  }
  return keys;
}

/** The evaluation's hand-labelled sample: its three-class truth by "source\tindex". */
export function loadHandSample(rows: readonly LabelledRow[]): Map<string, Label3> {
  return readHandFile(HAND_SAMPLE_FILE, rows);
}

/**
 * A second reading of the sample's rows that are not spam, by another person who saw neither the
 * first reading nor the model (SOURCES.md): how far two readers agree on generic against genuine.
 * Evaluation only; it trains nothing.
 */
export const SECOND_READING_FILE = 'real-sample-second-reading.tsv';

/** The second reading of the sample: generic or genuine by "source\tindex". */
export function loadSecondReading(rows: readonly LabelledRow[]): Map<string, Label3> {
  return readHandFile(SECOND_READING_FILE, rows);
}

/** Gives each real row a person labelled its three-class truth (`label`). */
export function withHandLabels(rows: LabelledRow[]): LabelledRow[] {
  const keys = handKeys(rows);
  const truth = new Map<string, Label3>();
  for (const file of HAND_FILES) for (const [k, l] of readHandFile(file, rows)) truth.set(k, l);
  for (const r of rows) {
    const l = truth.get(keys.get(r)!);
    if (l) r.label = l;
  }
  return rows;
}
