import type { PageReading } from '../../lib/model/reading';

export function Panel({ reading }: { reading: PageReading | null }) {
  return (
    <section aria-label="Creator Scout">
      <p data-testid="scout-status">{reading ? reading.status : 'Reading this page…'}</p>
    </section>
  );
}
