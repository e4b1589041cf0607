import type { Brief } from '../model/brief';
import type { PageReading } from '../model/reading';
import type { Thresholds } from '../model/settings';
import type { Severity, Verdict, VerdictLabel } from '../model/verdict';
import { aboutView, type AboutView } from './about';
import { adviceFor, type Advice } from './advice';
import {
  emptyMetric,
  engagementMetric,
  evidenceLine,
  fitMetric,
  followersMetric,
  spamMetric,
  type MetricView,
} from './metrics';
import { verdictLabel } from '../i18n/labels';
import { t } from '../i18n/messages';
import { statusView, type StatusView } from './status';
import { displayText, OWN_SENTENCE } from './text';
import { saidText } from '../i18n/said';

export interface FlagView {
  id: string;
  severity: Severity;
  message: string;
  evidence: string[];
}

export interface VerdictView {
  label: VerdictLabel | null;
  text: string;
  /** The heaviest reasons, plain text. */
  reasons: string[];
}

/** Everything the panel shows for one reading, as plain data (no DOM, no React). */
export interface PanelView {
  status: StatusView;
  /** Null while nothing trustworthy was read. */
  about: AboutView | null;
  verdict: VerdictView;
  metrics: MetricView[];
  flags: FlagView[];
  advice: Advice[];
}

export interface ViewInput {
  reading: PageReading | null;
  verdict: Verdict | null;
  brief: Brief | null;
  thresholds: Thresholds;
}

const MAX_REASONS = 4;

function blankMetrics(note: string): MetricView[] {
  return [
    emptyMetric('scout-followers', t('columnFollowers'), note),
    emptyMetric('scout-engagement-rate', t('engagementRateHeading'), note),
    emptyMetric('scout-spam-ratio', t('spamComments'), note),
    emptyMetric('scout-audience-fit', t('audienceFit'), note),
  ];
}

export function panelView({ reading, verdict, brief, thresholds }: ViewInput): PanelView {
  // A reading the rules could not score (scoreReading fell back to "unreadable") is shown as such.
  const scored =
    reading && verdict && verdict.status !== reading.status
      ? { ...reading, status: verdict.status, statusReason: verdict.reasons[0]?.text }
      : reading;
  const status = statusView(scored, verdict);
  if (!reading || !verdict || !status.showNumbers || verdict.status !== 'ok') {
    const note =
      status.kind === 'reading'
        ? t('noteReading')
        : status.showNumbers
          ? t('noteScoring')
          : t('notReadableHere');
    return {
      status,
      about: null,
      verdict: {
        label: reading && reading.status !== 'ok' ? 'insufficient-data' : null,
        text: reading && reading.status !== 'ok' ? verdictLabel('insufficient-data') : '…',
        reasons: [],
      },
      metrics: blankMetrics(note),
      flags: [],
      advice: [],
    };
  }
  return {
    status,
    about: aboutView(reading),
    verdict: {
      label: verdict.verdict,
      text: verdictLabel(verdict.verdict),
      reasons: verdict.reasons
        .slice(0, MAX_REASONS)
        .map((r) => displayText(saidText(r.said, r.text), OWN_SENTENCE)),
    },
    metrics: [
      followersMetric(reading, verdict),
      engagementMetric(reading, verdict),
      spamMetric(verdict, thresholds),
      fitMetric(verdict, brief),
    ],
    flags: verdict.flags.map((f) => ({
      id: f.id,
      severity: f.severity,
      message: displayText(saidText(f.said, f.message), OWN_SENTENCE),
      evidence: f.evidence.slice(0, 12).map(evidenceLine),
    })),
    advice: adviceFor(reading, verdict, thresholds),
  };
}
