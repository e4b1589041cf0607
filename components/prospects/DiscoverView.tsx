import { t } from '../../lib/i18n/messages';
import { useEffect, useMemo, useState } from 'react';
import type { Prospect } from '../../lib/model/prospects';
import {
  discoverRows,
  filterDiscover,
  placesOf,
  type DiscoverFilter,
} from '../../lib/prospects/discover';
import { PLATFORMS, platformName } from '../../lib/model/platforms';
import { Platform } from '../../lib/model/reading';
import { sendMessage } from '../../lib/store/client';
import { Button } from '../common/Button';

async function fetchProspects(): Promise<Prospect[] | string> {
  const response = await sendMessage({ type: 'prospects/list' });
  return response.ok ? response.data.prospects : response.error.message;
}

/**
 * The dashboard's Discover view: creators seen on hashtag, search and explore pages, tallied across
 * visits, filtered by tag and platform, added to the to-vet list in one click.
 */
export function DiscoverView() {
  const [loaded, setLoaded] = useState<Prospect[] | string | null>(null);
  const [filter, setFilter] = useState<DiscoverFilter>({ platform: 'all', place: 'all' });
  useEffect(() => {
    void fetchProspects().then(setLoaded);
  }, []);
  const rows = useMemo(() => (Array.isArray(loaded) ? discoverRows(loaded) : []), [loaded]);
  const shown = filterDiscover(rows, filter);

  if (loaded === null) return <p role="status">{t('loading')}</p>;
  if (typeof loaded === 'string')
    return (
      <p role="alert" className="error">
        {t('discoverReadFailed', loaded)}
      </p>
    );

  const add = async (id: string) => {
    const row = rows.find((r) => r.id === id);
    if (!row) return;
    await sendMessage({
      type: 'prospects/add',
      entries: [{ platform: row.platform, handle: row.handle, sighting: row.latest }],
    });
    setLoaded(await fetchProspects());
  };

  return (
    <section aria-label={t('discoverHeading')} className="discover">
      <h2>{t('discoverHeading')}</h2>
      <p className="muted">{t('discoverIntro')}</p>
      <div className="filters">
        <label>
          {t('filterPlatform')}{' '}
          <select
            value={filter.platform}
            onChange={(e) =>
              setFilter({ ...filter, platform: e.target.value as DiscoverFilter['platform'] })
            }
          >
            <option value="all">{t('bothPlatforms')}</option>
            {Platform.options.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('hashtagOrSearch')}{' '}
          <select
            value={filter.place}
            onChange={(e) => setFilter({ ...filter, place: e.target.value })}
          >
            <option value="all">{t('filterAll')}</option>
            {placesOf(rows).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p>{rows.length ? t('nothingDiscoveredFiltered') : t('nothingDiscovered')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('columnCreator')}</th>
              <th scope="col">{t('columnSeen')}</th>
              <th scope="col">{t('toVet')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={r.id}
                data-testid="scout-discover-item"
                data-handle={r.handle}
                data-platform={r.platform}
              >
                <td>
                  <a
                    href={PLATFORMS[r.platform].profileUrl(r.handle)}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                  >
                    <bdi>@{r.handle}</bdi>
                  </a>{' '}
                  <span className="muted">{platformName(r.platform)}</span>
                </td>
                <td>
                  <bdi>{r.evidence}</bdi>
                </td>
                <td>
                  {r.status === 'seen' ? (
                    <Button onClick={() => void add(r.id)}>{t('addToVet')}</Button>
                  ) : (
                    <span className="muted">
                      {r.status === 'vetted' ? t('vetted') : t('onTheList')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
