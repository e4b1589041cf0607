import { t } from '../../lib/i18n/messages';
import type { CampaignGlance, CampaignPhase, SetupPart } from '../../lib/dashboard/campaign-glance';
import { campaignsHash, type CampaignGroup } from '../../lib/dashboard/route';
import { formatDay } from '../../lib/panel/format';
import { formatCount, formatMoney } from '../../lib/results/format';
import type { Campaign } from '../../lib/model/campaign';
import type { ChipTone } from '../common/Chip';
import { countedText } from '../../lib/i18n/plural';

/**
 * The parts of a campaign's header: its dates and phase, its key figures, its set-up steps; and the
 * ways to a group or a part of the page.
 */

/** Shows a group of the campaign page; the address keeps it, so a reload opens the same group. */
export const showGroup = (group: CampaignGroup | null) => {
  if (window.location.hash !== campaignsHash(group)) window.location.replace(campaignsHash(group));
};

/** Each set-up part's place on the page: the checklist takes the marketer there. */
export const partId = (part: SetupPart) => `campaign-part-${part}`;

/** Brings a set-up part into view with its first field focused. */
export function goToPart(part: SetupPart) {
  const el = document.getElementById(partId(part));
  el?.scrollIntoView({ block: 'start' });
  el?.querySelector<HTMLElement>('input,select,textarea')?.focus({ preventScroll: true });
}

export const STEP_LABEL: Record<SetupPart, () => string> = {
  dates: () => t('campStepDates'),
  plan: () => t('planLegend'),
  brief: () => t('briefLegend'),
  offer: () => t('offerLegend'),
  templates: () => t('campTemplates'),
};

/** A campaign day ("2026-03-01") in the browser's locale, read at local noon so no time zone moves it. */
const dayText = (day: string) => formatDay(`${day}T12:00:00`);

export const PHASE: Record<CampaignPhase, { text: () => string; tone: ChipTone }> = {
  upcoming: { text: () => t('campPhaseUpcoming'), tone: 'neutral' },
  running: { text: () => t('campPhaseRunning'), tone: 'good' },
  ended: { text: () => t('campPhaseEnded'), tone: 'neutral' },
};

export function datesText(campaign: Campaign): string {
  const { startsOn, endsOn } = campaign;
  if (startsOn && endsOn) return t('campDatesRange', dayText(startsOn), dayText(endsOn));
  if (startsOn) return t('campDatesFrom', dayText(startsOn));
  if (endsOn) return t('campDatesUntil', dayText(endsOn));
  return t('campNoDates');
}

/** The key figures of the campaign, at the top whatever group is open. */
export function Figures({ glance, currency }: { glance: CampaignGlance; currency: string }) {
  const money = (n: number | null) =>
    n === null ? formatMoney(n) : `${currency} ${formatMoney(n)}`;
  const figures: { id: string; label: string; value: string; sub?: string }[] = [
    {
      id: 'creators',
      label: t('columnCreators'),
      value: formatCount(glance.creators),
      sub: countedText(glance.signed, 'campFigSignedOne', 'campFigSignedMany'),
    },
    { id: 'deliverables', label: t('delTitle'), value: formatCount(glance.deliverables) },
    { id: 'conversions', label: t('resConversions'), value: formatCount(glance.conversions) },
    { id: 'revenue', label: t('resRevenue'), value: money(glance.revenue) },
  ];
  if (glance.budget)
    figures.push({
      id: 'spent',
      label: t('budgetSpent'),
      value: money(glance.budget.spent),
      sub: t('campFigOfBudget', money(glance.budget.total)),
    });
  return (
    <dl className="campaign-figures" data-testid="scout-campaign-figures">
      {figures.map((f) => (
        <div key={f.id} data-testid={`scout-campaign-figure-${f.id}`}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.sub ? <span className="sub">{f.sub}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
