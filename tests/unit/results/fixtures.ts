import { readFileSync } from 'node:fs';

/** The text of a file in tests/fixtures/results/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/results/${name}`, import.meta.url), 'utf8');
}
