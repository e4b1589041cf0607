import { UsageError } from './usage-error';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Parses `a b --flag value --switch` against the flags a command knows; anything else is a UsageError. */
export function parseArgs(
  argv: string[],
  known: { withValue?: string[]; switches?: string[] },
): ParsedArgs {
  const withValue = new Set(known.withValue ?? []);
  const switches = new Set(known.switches ?? []);
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (withValue.has(name)) {
        const value = argv[i + 1];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
        i++;
      } else if (switches.has(name)) {
        flags.set(name, true);
      } else {
        throw new UsageError(`unknown option ${arg}`);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}
