import { useId, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import type { MetricView } from '../../lib/panel/metrics';

/** One number; the row is a button that expands to the evidence behind the number. */
export function Metric({ metric }: { metric: MetricView }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="metric">
      <button
        type="button"
        className="metric-head"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="metric-label">
          <span className="chevron" aria-hidden="true" />
          {metric.label}
        </span>
        <span
          className="metric-value"
          data-testid={metric.testId}
          data-value={metric.value === null ? '' : String(metric.value)}
          data-basis={metric.basis === null ? '' : String(metric.basis)}
          data-level={metric.level ?? undefined}
        >
          {metric.text}
        </span>
        <span className="metric-note">
          <bdi>{metric.note}</bdi>
        </span>
      </button>
      <ul className="evidence" id={id} hidden={!open}>
        {metric.evidence.length === 0 ? <li>{t('nothingYet')}</li> : null}
        {metric.evidence.map((line, i) => (
          <li key={i}>
            <bdi>{line}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
