import Papa from 'papaparse';
import { classifyComment, classifyComments } from '../../lib/rules/comments/classify';
import { parseArgs } from './args';
import { readStdinInput, readTextInput } from './input';
import { UsageError } from './usage-error';

/**
 * `npm run scout -- comments <file|->`: one comment per line, or a CSV with a `text` column (or
 * `content`/`comment`/`body`); optional `author` and `post_id` columns turn on copy-paste detection
 * across posts, `created_at` and `posted_at` (ISO times of the comment and of its post) the speed
 * check. Prints one JSON object per comment: { "text", "label", "reasons", "confidence" }.
 */

async function readInput(path: string): Promise<string> {
  return path === '-' ? readStdinInput() : readTextInput(path);
}

interface Row {
  text: string;
  author?: string;
  postId?: string;
  createdAt?: string;
  postedAt?: string;
}

/** `text` is the contract; the others are the names common exports use (YouTube's is CONTENT). */
const TEXT_COLUMNS = ['text', 'content', 'comment', 'comment_text', 'body'];

function csvRows(input: string): Row[] | null {
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const header = Papa.parse<string[]>(firstLine).data[0]?.map((h) => h.trim().toLowerCase());
  const column = TEXT_COLUMNS.find((c) => header?.includes(c));
  if (!column) return null;
  const parsed = Papa.parse<Record<string, string>>(input, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  return parsed.data.map((r) => ({
    text: r[column] ?? '',
    author: r.author || undefined,
    postId: r.post_id || r.postid || r.post || undefined,
    createdAt: r.created_at || undefined,
    postedAt: r.posted_at || undefined,
  }));
}

export async function run(argv: string[]): Promise<void> {
  const { positional } = parseArgs(argv, {});
  const [path, extra] = positional;
  if (!path)
    throw new UsageError(
      'usage: comments <file|-> (one comment per line, or a CSV with a "text" column)',
    );
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const input = (await readInput(path)).replace(/^\uFEFF/, '');
  const rows: Row[] =
    csvRows(input) ??
    input
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((text) => ({ text }));
  const batch = rows.some((r) => r.postId !== undefined || r.author !== undefined);
  const labels = batch ? classifyComments(rows) : rows.map((r) => classifyComment(r.text));
  const out = rows.map((r, i) =>
    JSON.stringify({
      text: r.text,
      label: labels[i]!.label,
      reasons: labels[i]!.reasons,
      confidence: Math.round(labels[i]!.confidence * 100) / 100,
    }),
  );
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}
