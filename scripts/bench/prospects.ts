import { MAX_SIGHTINGS, Prospect } from '../../lib/model/prospects';
import { withSighting } from '../../lib/store/prospects';
import type { BenchSuite } from './types';

/** The largest to-vet entry the schema allows: longest handle, place, post id and quote, full sightings. */
export const prospectsSuite: BenchSuite = async () => {
  let entry: Prospect | undefined;
  for (let i = 0; i < MAX_SIGHTINGS + 2; i++)
    entry = withSighting(
      entry,
      {
        platform: 'instagram',
        handle: 'h'.repeat(64),
        sighting: {
          at: '2026-05-12T10:00:00.000Z',
          page: 'hashtag',
          place: `#${'ファ'.repeat(29)}`,
          postId: String(i).padStart(40, '7'),
          postedAt: '2026-05-12T10:00:00.000Z',
          quote: '😀'.repeat(30),
        },
      },
      'to-vet',
      '2026-05-12T10:00:00.000Z',
    );
  const stored = Prospect.parse({
    ...entry,
    status: 'vetted',
    vettedAt: '2026-05-13T10:00:00.000Z',
    verdict: 'insufficient-data',
  });
  const bytes = new TextEncoder().encode(JSON.stringify(stored)).length;
  return [
    {
      area: 'store',
      figure: 'largest to-vet entry (JSON)',
      measured: `${bytes} B`,
      target: '≤ 1024 B',
      pass: bytes <= 1024,
    },
  ];
};
