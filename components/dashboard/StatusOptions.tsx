import { statusLabel } from '../../lib/i18n/labels';
import { PipelineStatus } from '../../lib/model/creator';

/** The pipeline's statuses as a select's options, in their order, in the browser's language. */
export function StatusOptions() {
  return (
    <>
      {PipelineStatus.options.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </>
  );
}
