import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { formatCount as count } from '../../lib/panel/format';
import type { DiscoveryReading } from '../../lib/model/discovery';
import type { ProspectInput } from '../../lib/model/prospects';
import type { Send } from '../../lib/panel/controller';
import { placeOf, tallyAuthors } from '../../lib/rules/prospects/tally-authors';
import { ProspectItem } from './ProspectItem';
import { Notice } from './Notice';
import { plural } from '../../lib/i18n/plural';

const SHOWN = 15;

function inputsOf(reading: DiscoveryReading): ProspectInput[] {
  const place = placeOf(reading).slice(0, 60);
  return reading.posts.map((post) => ({
    platform: reading.platform,
    handle: post.author,
    sighting: {
      at: reading.readAt,
      page: reading.page,
      place,
      postId: post.id,
      postedAt: null,
      quote: null,
    },
  }));
}

/**
 * Method B on a hashtag, search or explore page: the posts' authors, most posts first. Every author
 * seen is tallied in the store (each post once), so the dashboard's Discover view can say who keeps
 * coming back across tags and visits; one click adds an author to the to-vet list.
 */
export function Discovered({ reading, send }: { reading: DiscoveryReading; send: Send }) {
  const creators = useMemo(
    () => tallyAuthors([{ ...reading, at: reading.readAt, posts: reading.posts }]),
    [reading],
  );
  const recorded = useRef(new Set<string>());
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const fresh = inputsOf(reading).filter(
      (i) => !recorded.current.has(`${i.handle}:${i.sighting.postId}`),
    );
    if (fresh.length === 0) return;
    for (const i of fresh) recorded.current.add(`${i.handle}:${i.sighting.postId}`);
    void send({ type: 'prospects/record', entries: fresh.slice(0, 500) });
  }, [reading, send]);

  const add = async (handle: string) => {
    const entries = inputsOf(reading).filter((i) => i.handle === handle);
    const response = await send({ type: 'prospects/add', entries });
    if (response.ok) setAdded(new Set([...added, handle]));
    else setNotice(t('addToVetFailed', response.error.message));
  };

  if (reading.status !== 'ok')
    return (
      <p className="status" data-testid="scout-status" data-status="unreadable" role="status">
        {reading.statusReason ?? t('pageUnreadable')}
      </p>
    );
  return (
    <section className="prospects" aria-label={t('creatorsOnPageLabel')}>
      <h2>
        {plural(
          reading.posts.length,
          'creatorsInPostsOne',
          'creatorsInPostsMany',
          count(creators.length),
          count(reading.posts.length),
        )}
        {reading.tagPosts !== null
          ? ` · ${plural(reading.tagPosts, 'tagPostsCountOne', 'tagPostsCountMany', placeOf(reading), count(reading.tagPosts))}`
          : ''}
      </h2>
      <ol data-testid="scout-prospects">
        {creators.slice(0, SHOWN).map((c) => (
          <ProspectItem
            key={c.handle}
            platform={reading.platform}
            handle={c.handle}
            added={added.has(c.handle)}
            onAdd={() => void add(c.handle)}
          >
            {t('postsHere', count(c.posts))}
          </ProspectItem>
        ))}
      </ol>
      <p className="prospect-why">{t('discoverTallies')}</p>
      <Notice text={notice} />
    </section>
  );
}
