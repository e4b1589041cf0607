import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fold } from '../lib/rules/text';

/**
 * `npm run build:cities`: lib/rules/fit/cities.json, the cities a bio may name as where the creator
 * lives ("📍 Almería"), each with its country: every city of 100,000 people or more in the
 * city-timezones package (MIT; 7,329 populated places with population and ISO country code). A name
 * shared by cities of several countries is kept only when one of them is five times as populous as
 * all the others together (London → GB, not CA); otherwise it names no country.
 */
const MIN_POPULATION = 100_000;
const DOMINANCE = 5;

interface City {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
}
const require = createRequire(import.meta.url);
const source = require.resolve('city-timezones/data/cityMap.json');
const cities = JSON.parse(readFileSync(source, 'utf8')) as City[];

const key = (name: string) => (fold(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const byName = new Map<string, Map<string, number>>();
for (const c of cities) {
  if (!(c.pop >= MIN_POPULATION) || !/^[A-Z]{2}$/.test(c.iso2)) continue;
  for (const name of new Set([key(c.city), key(c.city_ascii)])) {
    if (name.length < 3) continue;
    const countries = byName.get(name) ?? new Map<string, number>();
    countries.set(c.iso2, (countries.get(c.iso2) ?? 0) + c.pop);
    byName.set(name, countries);
  }
}
const table: Record<string, string> = {};
for (const [name, countries] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
  const ranked = [...countries].sort((a, b) => b[1] - a[1]);
  const rest = ranked.slice(1).reduce((sum, [, pop]) => sum + pop, 0);
  if (ranked[0]![1] >= DOMINANCE * rest) table[name] = ranked[0]![0];
}
// Each country's cities joined by "|", as lib/rules/fit/cities.ts reads them.
const byCountry: Record<string, string[]> = {};
for (const [name, code] of Object.entries(table)) (byCountry[code] ??= []).push(name);
const file = Object.fromEntries(
  Object.keys(byCountry)
    .sort()
    .map((code) => [code, byCountry[code]!.join('|')]),
);
const target = fileURLToPath(new URL('../lib/rules/fit/cities.json', import.meta.url));
writeFileSync(target, JSON.stringify(file) + '\n');
console.log(`wrote ${Object.keys(table).length} cities to ${target}`);
