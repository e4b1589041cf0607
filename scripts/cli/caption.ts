import { Platform } from '../../lib/model/reading';
import { checkCaption, type CaptionCheck } from '../../lib/rules/caption/check-caption';
import { PLATFORMS } from '../../lib/model/platforms';
import { manualChecks } from '../../lib/rules/caption/wording';
import { parseArgs } from './args';
import { readStdinInput, readTextInput } from './input';
import { UsageError } from './usage-error';
import { readBrief } from './vet';

const USAGE =
  'usage: caption <file|-> [--brief <brief.json>] [--code <discount code>] [--link <tracked link>] [--platform instagram|tiktok] [--json]';

/** `scout caption`: the approval checklist of one caption (docs/design.md). */
export async function run(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, {
    withValue: ['brief', 'code', 'link', 'platform'],
    switches: ['json'],
  });
  const [path, ...extra] = positional;
  if (!path || extra.length) throw new UsageError(USAGE);
  const platformFlag = flags.get('platform');
  let platform: Platform | null = null;
  if (typeof platformFlag === 'string') {
    const parsed = Platform.safeParse(platformFlag.toLowerCase());
    if (!parsed.success)
      throw new UsageError(`--platform ${platformFlag} is not one of: instagram, tiktok`);
    platform = parsed.data;
  }
  const code = flags.get('code');
  const link = flags.get('link');
  if (code === '' || link === '')
    throw new UsageError(`--${code === '' ? 'code' : 'link'} is empty`);
  const brief = await readBrief(flags.get('brief'));
  const caption = (path === '-' ? await readStdinInput() : await readTextInput(path)).replace(
    /^\uFEFF/,
    '',
  );
  const check = checkCaption({
    caption: caption.replace(/\r?\n$/, ''),
    platform,
    brief,
    code: typeof code === 'string' ? code : null,
    link: typeof link === 'string' ? link : null,
  });
  if (flags.get('json')) console.log(JSON.stringify(check, null, 2));
  else console.log(formatCheck(check, platform));
}

function mark(ok: boolean | null): string {
  return ok === null ? '–' : ok ? '✓' : '✗';
}

export function formatCheck(check: CaptionCheck, platform: Platform | null): string {
  const d = check.disclosure;
  const where = !d.found
    ? 'none found'
    : `${d.tag} at character ${d.position! + 1}` +
      (d.beforeCutoff === null
        ? ' (give --platform to check the "more" cut-off)'
        : d.beforeCutoff
          ? ` (before the "more" cut-off at ${PLATFORMS[platform!].captionCutoff})`
          : ` (hidden behind "more": the cut-off is at ${PLATFORMS[platform!].captionCutoff})`);
  const lines = [
    `${mark(d.found && d.beforeCutoff !== false)} disclosure: ${where}`,
    `${mark(check.code)} discount code${check.code === null ? ': not given' : ''}`,
    `${mark(check.link)} tracked link${check.link === null ? ': not given' : ''}`,
    `${mark(check.brand)} brand named${check.brand === null ? ': no brand in the brief' : ''}`,
    `${mark(!check.competitors.length)} competitors: ${check.competitors.join(', ') || 'none mentioned'}`,
    `${mark(!check.excludedTopics.length)} excluded topics: ${check.excludedTopics.join(', ') || 'none mentioned'}`,
    '',
    check.problems.length ? 'To fix:' : 'Nothing to fix in the text.',
    ...check.problems.map((p) => `  - ${p}`),
    '',
    'Check by hand (text cannot show these):',
    ...manualChecks().map((m) => `  [ ] ${m}`),
  ];
  return lines.join('\n');
}
