import type { ReactNode } from 'react';
import { VerdictIcon } from './icons';
import { t } from '../../lib/i18n/messages';
import type { PipelineStatus } from '../../lib/model/creator';
import type { EngagementBasis, VerdictLabel } from '../../lib/model/verdict';
import { statusLabel, verdictShortLabel } from '../../lib/i18n/labels';
import { formatEngagement } from './format';
import './common.css';

export type ChipTone = 'neutral' | 'good' | 'bad' | 'warn' | 'info';

export function Chip({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: ChipTone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className="cs-chip" data-tone={tone} title={title}>
      {children}
    </span>
  );
}

const VERDICT_TONES: Record<VerdictLabel, ChipTone> = {
  strong: 'good',
  review: 'warn',
  skip: 'bad',
  'insufficient-data': 'neutral',
};

/** The rules' verdict; "Not scored" when the creator has no scored visit. */
export function VerdictChip({ verdict }: { verdict: VerdictLabel | null }) {
  return (
    <Chip tone={verdict ? VERDICT_TONES[verdict] : 'neutral'} title={t('verdictTitle')}>
      <VerdictIcon verdict={verdict} />
      {verdictShortLabel(verdict)}
    </Chip>
  );
}

/** The tier from the user's tier table (a label such as "Micro (10K–100K)"). */
export function TierChip({ label }: { label: string | null }) {
  return (
    <Chip tone="info" title={t('tierTitle')}>
      {label ?? t('noTier')}
    </Chip>
  );
}

const STATUS_TONES: Partial<Record<PipelineStatus, ChipTone>> = {
  signed: 'good',
  live: 'good',
  ambassador: 'good',
  declined: 'bad',
  paused: 'warn',
};

export function StatusChip({ status }: { status: PipelineStatus }) {
  return <Chip tone={STATUS_TONES[status] ?? 'neutral'}>{statusLabel(status)}</Chip>;
}

/** "ER 4.2% of views": the rate always with its basis. */
export function EngagementChip({
  rate,
  basis,
}: {
  rate: number | null;
  basis: EngagementBasis | null;
}) {
  const text = formatEngagement(rate, basis);
  return (
    <Chip title={t('erTitle')}>
      {t('erChip', text.rate)}
      {text.basis ? ` ${text.basis}` : ''}
    </Chip>
  );
}
