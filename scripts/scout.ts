// Outside the extension its words come from the English file.
import '../lib/i18n/english';
import { NotUsableError, UsageError } from './cli/usage-error';

/** `npm run scout -- <command> …`: the command line of docs/design.md. Each command lives in scripts/cli/. */
const commands: Record<string, () => Promise<{ run: (argv: string[]) => Promise<void> }>> = {
  vet: () => import('./cli/vet'),
  comments: () => import('./cli/comments'),
  count: () => import('./cli/count'),
  report: () => import('./cli/report'),
  prospects: () => import('./cli/prospects'),
  caption: () => import('./cli/caption'),
  audience: () => import('./cli/audience'),
};

const usage = `usage: npm run scout -- <command> [options]
commands:
  vet <saved-page.html|json> --url <page URL> [--brief <brief.json>] [--json]
  comments <file|->
  count <text|-> [--lang <bcp47>]
  report <results.csv> [--json]
  prospects <saved page or response>... --url <page URL> [--exclude <handle,…>] [--json]
  caption <file|-> [--brief <brief.json>] [--code <code>] [--link <url>] [--platform instagram|tiktok] [--json]
  audience <saved follower-list response>... --url <profile URL> [--brief <brief.json>] [--json]`;

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load)
    throw new UsageError(`unknown command "${name}" (try: ${Object.keys(commands).join(', ')})`);
  await (await load()).run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`scout: ${error.message}`);
      process.exitCode = 2;
    } else if (error instanceof NotUsableError) {
      console.error(`scout: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(`scout: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    }
  },
);
