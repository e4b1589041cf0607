import { parseCount } from '../../lib/sites/parse-count';
import { parseArgs } from './args';
import { UsageError } from './usage-error';

/**
 * `npm run scout -- count <text> [--lang <bcp47>]`: one displayed count ("1,2 Mio.", "104 mila")
 * as `{"value": number | null, "exact": boolean}`, read by the parser the readers use. With `-`
 * it reads one text per line from standard input and prints one JSON object per line.
 */

/** One JSON line per input line (a final empty line, from the trailing newline, is not a text). */
export function countLines(input: string, lang?: string): string[] {
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => JSON.stringify(parseCount(line, lang)));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, { withValue: ['lang'] });
  const lang = flags.get('lang');
  const language = typeof lang === 'string' ? lang : undefined;
  if (language !== undefined) {
    try {
      Intl.getCanonicalLocales(language);
    } catch {
      throw new UsageError(`--lang "${language}" is not a BCP 47 language tag`);
    }
  }
  if (positional.length === 0) throw new UsageError('usage: count <text|-> [--lang <bcp47>]');
  if (positional.length === 1 && positional[0] === '-') {
    for (const line of countLines(await readStdin(), language)) console.log(line);
    return;
  }
  // Unquoted "1,2 Mio." arrives as two arguments: they are one text.
  console.log(JSON.stringify(parseCount(positional.join(' '), language)));
}
