import { readFile } from 'node:fs/promises';
import type { ObservedResponse } from '../../lib/model/reading';
import { postCommentsOf } from '../../lib/rules/prospects/from-reading';
import { rankCommenters } from '../../lib/rules/prospects/rank-commenters';
import { tallyAuthors } from '../../lib/rules/prospects/tally-authors';
import { discoveryReaders, platformOf, readers } from '../../lib/sites/read-page';
import { parseHtmlDocument } from '../lib/parse-html';
import { parseArgs } from './args';
import { NotUsableError, UsageError } from './usage-error';

const USAGE =
  'usage: prospects <saved page or response>... --url <page URL> [--exclude <handle,…>] [--json]';

interface ContractCreator {
  handle: string;
  seen: number;
  score: number;
  evidence: string[];
}

/**
 * `scout prospects <files>... --url <URL> [--json]`: the files are one page (its saved HTML and/or the
 * responses it received). On a post or video page: its commenters ranked by engagement; on a hashtag,
 * search or explore page: its posts' authors with how many posts each has there.
 */
export async function run(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, {
    withValue: ['url', 'exclude'],
    switches: ['json'],
  });
  if (!positional.length) throw new UsageError(USAGE);
  const url = flags.get('url');
  if (typeof url !== 'string') throw new UsageError('prospects needs --url <the page URL>');
  const platform = platformOf(url);
  if (!platform) throw new UsageError(`--url ${url} is not an Instagram or TikTok page`);
  const exclude = String(flags.get('exclude') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);

  let document: Document | null = null;
  const responses: ObservedResponse[] = [];
  for (const file of positional) {
    const text = await readText(file);
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        responses.push({ url, rootField: null, body: JSON.parse(trimmed) });
        continue;
      } catch {
        throw new UsageError(`${file}: not valid JSON`);
      }
    }
    if (document) throw new UsageError(`${file}: give one saved page per command (plus responses)`);
    document = parseHtmlDocument(text);
  }

  const discovery = discoveryReaders[platform]({ document, url, responses });
  let result: { platform: string; page: string; tag: string | null; creators: ContractCreator[] };
  if (discovery) {
    if (discovery.status !== 'ok') throw new NotUsableError(discovery.statusReason ?? 'unreadable');
    const creators = tallyAuthors(
      [{ ...discovery, at: discovery.readAt, posts: discovery.posts }],
      { exclude },
    ).map((c) => ({ handle: c.handle, seen: c.posts, score: c.score, evidence: c.evidence }));
    result = { platform, page: discovery.page, tag: discovery.tag, creators };
  } else {
    const reading = readers[platform]({ document, url, responses });
    const post = postCommentsOf(reading);
    if (!post)
      throw new UsageError(`--url ${url} is not a post, video, hashtag, search or explore page`);
    if (reading.status !== 'ok')
      throw new NotUsableError(
        `${reading.status}${reading.statusReason ? ` (${reading.statusReason})` : ''}`,
      );
    const { prospects } = rankCommenters([post], { exclude });
    result = {
      platform,
      page: reading.page,
      tag: null,
      creators: prospects.map((p) => ({
        handle: p.handle,
        seen: p.comments,
        score: p.score,
        evidence: p.evidence,
      })),
    };
  }

  if (flags.get('json')) console.log(JSON.stringify(result, null, 2));
  else console.log(formatHuman(result));
}

function formatHuman(r: { page: string; tag: string | null; creators: ContractCreator[] }): string {
  const head = `${r.creators.length} account${r.creators.length === 1 ? '' : 's'} on this ${r.page} page${r.tag ? ` (${r.tag})` : ''}`;
  const rows = r.creators.map(
    (c, i) =>
      `${String(i + 1).padStart(3)}. @${c.handle}  score ${c.score}  — ${c.evidence.join('; ')}`,
  );
  return [head, ...rows].join('\n');
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}`,
    );
  }
}
