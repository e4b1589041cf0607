import {
  ArrowDown,
  ArrowUp,
  ArrowUpDown,
  ChartColumn,
  Check,
  Circle,
  CircleAlert,
  CircleCheck,
  CircleHelp,
  CircleX,
  ClipboardList,
  Copy,
  ExternalLink,
  FileText,
  Kanban,
  ListChecks,
  Megaphone,
  Settings,
  Telescope,
  TriangleAlert,
  Users,
  X,
  type LucideIcon,
} from 'lucide-react';
import type { View } from '../../lib/dashboard/route';
import { t } from '../../lib/i18n/messages';
import type { VerdictLabel } from '../../lib/model/verdict';

/**
 * The icons the panel, popup and dashboard use, from Lucide (ISC licence), imported one by one so
 * the build keeps only these. An icon is decoration: the words beside it say the same, so it is
 * hidden from screen readers; where an icon alone carries a state, `Mark` says it in words too.
 */
export function Icon({ of: Glyph, className }: { of: LucideIcon; className?: string }) {
  return (
    <Glyph
      size="1em"
      strokeWidth={2.25}
      aria-hidden="true"
      focusable="false"
      className={className ? `cs-icon ${className}` : 'cs-icon'}
    />
  );
}

/** A checklist line's state: a tick or a cross, and "done" or "missing" for screen readers. */
export function Mark({ ok }: { ok: boolean }) {
  return (
    <span className="cs-mark" data-ok={String(ok)}>
      <Icon of={ok ? Check : X} />
      <span className="cs-visually-hidden">{t(ok ? 'markOk' : 'markMissing')} </span>
    </span>
  );
}

/** A set-up step: a ticked circle when done, an empty one while still to do, said in words too. */
export function StepIcon({ done }: { done: boolean }) {
  return (
    <span className="cs-step" data-done={String(done)}>
      <Icon of={done ? CircleCheck : Circle} />
      <span className="cs-visually-hidden">{t(done ? 'campStepDone' : 'campStepToDo')} </span>
    </span>
  );
}

export const WarnIcon = () => <Icon of={TriangleAlert} className="cs-icon-warn" />;
export const ExternalIcon = () => <Icon of={ExternalLink} />;
export const CopyIcon = () => <Icon of={Copy} />;
export const DoneIcon = () => <Icon of={Check} />;

/** The sort state of a table header: both ways until it is sorted, then the direction. */
export function SortIcon({ direction }: { direction: 'asc' | 'desc' | null }) {
  return (
    <Icon of={direction === 'asc' ? ArrowUp : direction === 'desc' ? ArrowDown : ArrowUpDown} />
  );
}

const VERDICT_ICONS: Record<VerdictLabel, LucideIcon> = {
  strong: CircleCheck,
  review: CircleAlert,
  skip: CircleX,
  'insufficient-data': CircleHelp,
};
export const VerdictIcon = ({ verdict }: { verdict: VerdictLabel | null }) => (
  <Icon of={verdict ? VERDICT_ICONS[verdict] : CircleHelp} />
);

export const VIEW_ICONS: Record<View, LucideIcon> = {
  creators: Users,
  pipeline: Kanban,
  'to-vet': ListChecks,
  discover: Telescope,
  campaigns: Megaphone,
  results: ChartColumn,
  templates: FileText,
  settings: Settings,
  problems: ClipboardList,
};
