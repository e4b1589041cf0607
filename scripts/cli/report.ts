import { UsageError } from './usage-error';

export async function run(_argv: string[]): Promise<void> {
  throw new UsageError('"report" is not built yet');
}
