import { useMemo, useState } from 'react';
import {
  DELIVERABLE_WORDS as W,
  deliverablesView,
  type DeliverableLine,
  type DeliverablesView,
} from '../../lib/dashboard/deliverables-view';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import { countTickLabels, formatCount, formatDateTime, formatDay } from '../../lib/panel/format';
import { TimeLineChart } from '../charts/TimeLineChart';
import { t } from '../../lib/i18n/messages';
import { listText } from '../../lib/i18n/labels';
import { DeliverableFormatsView } from './DeliverableFormatsView';
import { errorText, sendMessage } from './store';
import './deliverables.css';
import { Button } from '../common/Button';
import { plural } from '../../lib/i18n/plural';

const countText = (v: number) => formatCount(v);

/** The campaign's deliverables: each post with its counts over the visits, added or removed by hand. */
export function CampaignDeliverables(props: {
  campaign: Campaign;
  creators: readonly CreatorRecord[];
  freshPostHours: number;
  currency: string;
  reload: () => Promise<void>;
}) {
  const { campaign, reload } = props;
  const view = useMemo(
    () => deliverablesView(campaign, props.creators, props.freshPostHours),
    [campaign, props.creators, props.freshPostHours],
  );
  return (
    <>
      <DeliverablesList view={view} campaignId={campaign.id} reload={reload} />
      <DeliverableFormatsView
        formats={view.formats}
        currency={props.currency}
        freshPostHours={props.freshPostHours}
      />
    </>
  );
}

function DeliverablesList(props: {
  view: DeliverablesView;
  campaignId: string;
  reload: () => Promise<void>;
}) {
  const { view, campaignId, reload } = props;
  const [message, setMessage] = useState<string | null>(null);

  const remove = async (line: DeliverableLine) => {
    const res = await sendMessage({
      type: 'creator/deliverable-remove',
      key: { platform: line.platform, handle: line.handle },
      campaignId,
      postId: line.postId,
    });
    setMessage(
      res.ok
        ? `Removed @${line.handle}’s post from the deliverables; a later visit will not add it again.`
        : errorText(res.error),
    );
    if (res.ok) await reload();
  };

  return (
    <section
      aria-labelledby="campaign-deliverables-title"
      data-testid="scout-deliverables"
      className="deliverables"
    >
      <h4 id="campaign-deliverables-title">
        {W.title} ({view.lines.length})
      </h4>
      <p className="sub">{W.intro}</p>
      {message ? (
        <p role="status" data-testid="scout-deliverables-message">
          {message}
        </p>
      ) : null}
      {view.members.length === 0 ? (
        <p className="empty">{W.noMembers}</p>
      ) : view.lines.length === 0 ? (
        <p className="empty" data-testid="scout-deliverables-empty">
          {W.empty}
        </p>
      ) : (
        <ul className="deliverable-list">
          {view.lines.map((line) => (
            <DeliverableItem
              key={`${line.platform}/${line.handle}/${line.postId}`}
              line={line}
              onRemove={() => void remove(line)}
            />
          ))}
        </ul>
      )}
      {view.lines.length > 0 && view.waiting.length > 0 ? (
        <p className="sub" data-testid="scout-deliverables-waiting">
          {t('delWaiting', listText(view.waiting))}
        </p>
      ) : null}
      {view.members.length > 0 ? (
        <AddDeliverable
          campaignId={campaignId}
          members={view.members}
          onDone={async (text) => {
            setMessage(text);
            await reload();
          }}
          onError={setMessage}
        />
      ) : null}
    </section>
  );
}

function DeliverableItem({ line, onRemove }: { line: DeliverableLine; onRemove: () => void }) {
  const series = useMemo(
    () => [{ name: line.engagementName, points: line.points }],
    [line.engagementName, line.points],
  );
  const latest = line.latest;
  const name = t('delPostOf', line.handle, line.format.toLowerCase());
  return (
    <li
      className="deliverable"
      data-testid="scout-deliverable"
      data-post-id={line.postId}
      data-handle={line.handle}
    >
      <div className="deliverable-head">
        <strong>@{line.handle}</strong>
        <span>{line.format}</span>
        <span>{line.takenAt ? t('delPublished', formatDay(line.takenAt)) : t('delNoDate')}</span>
        {line.href ? (
          <a href={line.href} target="_blank" rel="noopener noreferrer nofollow">
            {t('delOpen')}
          </a>
        ) : null}
        <button
          type="button"
          className="danger"
          onClick={onRemove}
          aria-label={t('delRemoveOf', name)}
        >
          {W.remove}
        </button>
      </div>
      <p className="sub">{line.how}</p>
      {latest ? (
        <dl className="deliverable-counts" data-testid="scout-deliverable-latest">
          <div>
            <dt>{t('countLikes')}</dt>
            <dd>{formatCount(latest.likes)}</dd>
          </div>
          <div>
            <dt>{t('countComments')}</dt>
            <dd>{formatCount(latest.comments)}</dd>
          </div>
          <div>
            <dt>{t('countViews')}</dt>
            <dd>{formatCount(latest.views)}</dd>
          </div>
          <div>
            <dt>{t('countShares')}</dt>
            <dd>{formatCount(latest.shares)}</dd>
          </div>
          <div>
            <dt>{t('delLastRead')}</dt>
            <dd>{formatDateTime(latest.at)}</dd>
          </div>
        </dl>
      ) : (
        <p className="sub">{W.chartEmpty}</p>
      )}
      {line.points.length > 1 ? (
        <figure className="deliverable-chart">
          <figcaption>
            {plural(
              line.visits.length,
              'delOverOne',
              'delOverMany',
              line.engagementName,
              line.visits.length,
            )}
          </figcaption>
          <TimeLineChart
            label={t('delChartLabel', line.engagementName, name)}
            series={series}
            format={countText}
            ticks={countTickLabels}
            integer
            testId="scout-deliverable-chart"
            empty={W.chartEmpty}
            height={160}
          />
        </figure>
      ) : line.visits.length > 0 ? (
        <p className="sub">{W.oneVisit}</p>
      ) : null}
      {line.visits.length > 0 ? (
        <details>
          <summary>{t('delEachVisit')}</summary>
          <table data-testid="scout-deliverable-visits">
            <thead>
              <tr>
                <th scope="col">{t('delVisit')}</th>
                <th scope="col">{t('countLikes')}</th>
                <th scope="col">{t('countComments')}</th>
                <th scope="col">{t('countViews')}</th>
                <th scope="col">{t('countShares')}</th>
              </tr>
            </thead>
            <tbody>
              {[...line.visits].reverse().map((v) => (
                <tr key={v.at}>
                  <td>{formatDateTime(v.at)}</td>
                  <td className="num">{formatCount(v.likes)}</td>
                  <td className="num">{formatCount(v.comments)}</td>
                  <td className="num">{formatCount(v.views)}</td>
                  <td className="num">{formatCount(v.shares)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </li>
  );
}

function AddDeliverable(props: {
  campaignId: string;
  members: DeliverablesView['members'];
  onDone: (message: string) => Promise<void>;
  onError: (message: string) => void;
}) {
  const { members } = props;
  const [who, setWho] = useState(0);
  const [url, setUrl] = useState('');
  const member = members[Math.min(who, members.length - 1)]!;
  const add = async () => {
    const res = await sendMessage({
      type: 'creator/deliverable-add',
      key: { platform: member.platform, handle: member.handle },
      campaignId: props.campaignId,
      url,
    });
    if (!res.ok) return props.onError(errorText(res.error));
    setUrl('');
    await props.onDone(t('delAdded', member.handle));
  };
  return (
    <form
      className="deliverable-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <fieldset>
        <legend>{W.addLegend}</legend>
        <label>
          {W.addCreator}{' '}
          <select
            value={who}
            onChange={(e) => setWho(Number(e.currentTarget.value))}
            data-testid="scout-deliverable-creator"
          >
            {members.map((m, i) => (
              <option key={`${m.platform}/${m.handle}`} value={i}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {W.addUrl}{' '}
          <input
            type="url"
            value={url}
            size={40}
            placeholder={W.addPlaceholder}
            onChange={(e) => setUrl(e.currentTarget.value)}
            data-testid="scout-deliverable-url"
          />
        </label>
        <Button
          variant="primary"
          type="submit"
          disabled={url.trim() === ''}
          data-testid="scout-deliverable-add"
        >
          {W.addButton}
        </Button>
      </fieldset>
    </form>
  );
}
