import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { browser } from 'wxt/browser';
import { displayText } from '../../lib/panel/text';
import {
  filterShortlist,
  NO_FILTER,
  summarize,
  templatesFor,
  type CreatorSummary,
  type ShortlistFilter,
} from '../../lib/popup';
import { Button } from '../common/Button';
import { ApprovalsDue } from './ApprovalsDue';
import { CampaignPicker } from './CampaignPicker';
import { CheckInsDue } from './CheckInsDue';
import { CreatorDetail } from './CreatorDetail';
import { EmptyState, NoMatch } from './EmptyState';
import { ShortlistFilters } from './ShortlistFilters';
import { ShortlistItem } from './ShortlistItem';
import { usePopupStore } from './use-popup-store';
import { ToVet } from '../prospects/ToVet';
import './popup.css';
import { countedText } from '../../lib/i18n/plural';

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

function openCreatorPage(platform: string, handle: string) {
  const path = `#/creator/${encodeURIComponent(platform)}/${encodeURIComponent(handle)}`;
  void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${path}` });
}

/** The toolbar popup: the active campaign's shortlist, and the outreach draft of one creator. */
export function Popup() {
  const store = usePopupStore();
  const { state } = store;
  const [filter, setFilter] = useState<ShortlistFilter>(NO_FILTER);
  const [openId, setOpenId] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);

  const data = state.kind === 'ready' ? state.data : null;
  const campaign = data?.campaigns.find((c) => c.id === data.activeCampaignId) ?? null;
  const summaries = useMemo<CreatorSummary[]>(
    () =>
      data
        ? data.creators.flatMap((record) => {
            const s = summarize(record, data.activeCampaignId, data.settings.rules.tiers);
            return s ? [s] : [];
          })
        : [],
    [data],
  );
  const shown = useMemo(() => filterShortlist(summaries, filter), [summaries, filter]);
  const templates = useMemo(
    () => (data ? templatesFor(data.templates, campaign) : []),
    [data, campaign],
  );
  const open = openId ? data?.creators.find((c) => `${c.platform}:${c.handle}` === openId) : null;

  // Back from a creator: focus returns to that creator's Draft button.
  useEffect(() => {
    if (openId !== null || returnTo.current === null) return;
    const id = returnTo.current;
    returnTo.current = null;
    document.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)?.focus();
  }, [openId]);

  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('extName')}</h1>
        <Button onClick={openDashboard} aria-label={t('popupOpenDashboard')}>
          {t('popupDashboard')}
        </Button>
      </header>

      {state.kind === 'loading' ? <p role="status">{t('popupLoading')}</p> : null}
      {state.kind === 'error' ? (
        <div role="alert" className="error">
          <p>{t('popupLoadError', state.message)}</p>
          <Button onClick={() => void store.reload()}>{t('tryAgain')}</Button>
        </div>
      ) : null}

      {data && open ? (
        <CreatorDetail
          record={open}
          campaign={campaign}
          settings={data.settings}
          templates={templates}
          store={store}
          onBack={() => {
            returnTo.current = openId;
            setOpenId(null);
          }}
        />
      ) : null}

      {data && !open ? (
        <>
          <ApprovalsDue
            creators={data.awaitingApproval}
            campaigns={data.campaigns}
            now={new Date().toISOString()}
            onOpen={openCreatorPage}
          />
          <CheckInsDue
            creators={data.ambassadors}
            now={new Date().toISOString()}
            days={data.settings.rules.thresholds.checkInDays}
            onOpen={openCreatorPage}
          />
          <CampaignPicker
            campaigns={data.campaigns}
            activeId={data.activeCampaignId}
            onChange={store.setActiveCampaign}
          />
          {summaries.length === 0 ? (
            <EmptyState campaignName={campaign ? displayText(campaign.name, 60) : null} />
          ) : (
            <>
              <ShortlistFilters
                filter={filter}
                tiers={data.settings.rules.tiers}
                onChange={setFilter}
              />
              <p className="count" role="status">
                {shown.length !== summaries.length
                  ? t('popupCountShown', shown.length, summaries.length)
                  : countedText(summaries.length, 'creatorsOne', 'creatorsMany')}
              </p>
              {shown.length === 0 ? (
                <NoMatch onClear={() => setFilter(NO_FILTER)} />
              ) : (
                <ul className="list" aria-label={t('popupListLabel')}>
                  {shown.map((s) => {
                    const record = data.creators.find(
                      (c) => c.platform === s.platform && c.handle === s.handle,
                    )!;
                    return (
                      <ShortlistItem
                        key={s.id}
                        summary={s}
                        onStatus={(status) =>
                          store.setStatus(record, data.activeCampaignId, status)
                        }
                        onOpen={() => setOpenId(s.id)}
                      />
                    );
                  })}
                </ul>
              )}
            </>
          )}
          <ToVet compact />
        </>
      ) : null}
    </main>
  );
}
