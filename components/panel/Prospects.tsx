import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import type { PageReading } from '../../lib/model/reading';
import { prospectInput } from '../../lib/prospects/on-page';
import { commenterWhy } from '../../lib/prospects/view';
import { ProspectItem } from './ProspectItem';
import type { Prospect } from '../../lib/rules/prospects/rank-commenters';
import type { Send } from '../../lib/panel/controller';
import { Notice } from './Notice';
import { countedText } from '../../lib/i18n/plural';

const SHOWN = 10;

/**
 * Method A on a post or video page: the most engaged commenters (spam writers, bot-like names, the
 * post's creator and the brand left out), each a link to the profile, added to the to-vet list
 * one by one or all shown at once.
 */
export function Prospects({
  reading,
  prospects,
  send,
}: {
  reading: PageReading;
  prospects: Prospect[];
  send: Send;
}) {
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  if (prospects.length === 0) return null;
  const shown = prospects.slice(0, SHOWN);

  const add = async (list: Prospect[]) => {
    const fresh = list.filter((p) => !added.has(p.handle));
    if (fresh.length === 0) return;
    const at = new Date().toISOString();
    const response = await send({
      type: 'prospects/add',
      entries: fresh.map((p) => prospectInput(reading, p, at)),
    });
    if (response.ok) {
      setAdded(new Set([...added, ...fresh.map((p) => p.handle)]));
      setNotice(null);
    } else setNotice(t('addToVetFailed', response.error.message));
  };

  return (
    <section className="prospects" aria-label={t('prospectsLabel')}>
      <h2>{t('prospectsHeading')}</h2>
      <ol data-testid="scout-prospects">
        {shown.map((p) => (
          <ProspectItem
            key={p.handle}
            platform={reading.platform}
            handle={p.handle}
            added={added.has(p.handle)}
            onAdd={() => void add([p])}
          >
            <bdi>{commenterWhy(p).slice(0, 2).join(' · ')}</bdi>
          </ProspectItem>
        ))}
      </ol>
      <button
        type="button"
        className="prospects-add-all"
        data-testid="scout-prospects-add-all"
        disabled={shown.every((p) => added.has(p.handle))}
        onClick={() => void add(shown)}
      >
        {countedText(shown.length, 'addAllToVetOne', 'addAllToVetMany')}
      </button>
      <Notice text={notice} />
    </section>
  );
}
