import { platformName } from '../../lib/model/platforms';
import { Brief } from '../../lib/model/brief';
import type { PageReading, Platform } from '../../lib/model/reading';
import type { Verdict } from '../../lib/model/verdict';
import { detectFrancLanguage } from '../../lib/rules/fit/language';
import { scoreReading } from '../../lib/rules/score';
import { platformOf, readers } from '../../lib/sites/read-page';
import { parseHtmlDocument } from '../lib/parse-html';
import { parseArgs } from './args';
import { formatVerdict } from './format-verdict';
import { checkHtmlDepth, parseBoundedJson, readTextInput } from './input';
import { NotUsableError, UsageError } from './usage-error';

/** `scout vet <saved-page.html|json> --url <page URL> [--brief <brief.json>] [--json]` */
export async function run(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, {
    withValue: ['url', 'brief'],
    switches: ['json'],
  });
  const [file, ...extra] = positional;
  if (!file || extra.length)
    throw new UsageError(
      'usage: vet <saved-page.html|json> --url <page URL> [--brief <brief.json>] [--json]',
    );
  const url = flags.get('url');
  if (typeof url !== 'string')
    throw new UsageError('vet needs --url <the page URL the file was saved from>');
  const platform = platformOf(url);
  if (!platform) throw new UsageError(`--url ${url} is not an Instagram or TikTok page`);

  const text = await readText(file);
  const shown = pagePlatform(text);
  if (shown && shown !== platform)
    throw new UsageError(
      `${file} is a saved ${platformName(shown)} page but --url is a ${platformName(platform)} URL`,
    );
  const brief = await readBrief(flags.get('brief'));
  const reading = readSaved(text, url, platform);
  const verdict = scoreReading(reading, { brief, detectLanguage: detectFrancLanguage });

  if (flags.get('json')) console.log(JSON.stringify(toContractJson(reading, verdict), null, 2));
  else console.log(formatVerdict(reading, verdict));
  if (reading.status !== 'ok') {
    throw new NotUsableError(
      `${file}: ${reading.status}${reading.statusReason ? ` (${reading.statusReason})` : ''}`,
    );
  }
}

const readText = readTextInput;

export async function readBrief(path: string | true | undefined): Promise<Brief | null> {
  if (path === undefined) return null;
  if (path === true) throw new UsageError('--brief needs a file');
  let raw: unknown;
  try {
    raw = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = Brief.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const where = i.path.length ? i.path.join('.') : 'brief';
      const keys = 'keys' in i && Array.isArray(i.keys) ? ` ${i.keys.join(', ')}` : '';
      return `${where}: ${i.message}${keys}`;
    });
    throw new UsageError(`${path}: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** The platform a saved page names as its own address (canonical link or og:url), if any. */
function pagePlatform(text: string): Platform | null {
  const head = text.slice(0, 2_000_000);
  const own =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(head)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i.exec(head)?.[1] ??
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i.exec(head)?.[1];
  return own ? platformOf(own) : null;
}

/** A saved page is HTML; a saved response the page's web app fetched is JSON. */
function readSaved(text: string, url: string, platform: Platform): PageReading {
  const read = readers[platform];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let body: unknown;
    try {
      body = parseBoundedJson(trimmed);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      body = undefined;
    }
    if (body !== undefined)
      return read({ document: null, url, responses: [{ url, rootField: null, body }] });
  }
  if (!/<[a-z!][^>]*>/i.test(text.slice(0, 100_000)))
    throw new UsageError('not a saved page (HTML) or a saved response (JSON)');
  checkHtmlDepth(text);
  return read({ document: parseHtmlDocument(text), url });
}

/** The JSON of design.md's command-line contract. */
export function toContractJson(reading: PageReading, verdict: Verdict) {
  const p = reading.profile;
  return {
    platform: reading.platform,
    page: reading.page,
    handle: reading.handle,
    status: reading.status,
    ...(reading.statusReason ? { statusReason: reading.statusReason } : {}),
    profile: {
      followers: p?.followers.value ?? null,
      following: p?.following.value ?? null,
      posts: p?.posts.value ?? null,
      likes: p?.likes.value ?? null,
    },
    posts: reading.posts.map((post) => ({
      id: post.id,
      likes: post.likes.value,
      comments: post.comments.value,
      views: post.views.value,
      shares: post.shares.value,
    })),
    comments: verdict.comments.map((c) => ({ author: c.author, text: c.text, label: c.label })),
    scores: verdict.scores,
    flags: verdict.flags.map((f) => ({ id: f.id, severity: f.severity, message: f.message })),
    verdict: verdict.verdict,
    reasons: verdict.reasons.map((r) => r.text),
    missing: reading.missing,
  };
}
