import type { PlaceholderGap } from '../../lib/outreach';
import { draftSegments } from './segments';

/**
 * The draft with its placeholders marked. A textarea cannot colour part of its text, so this copy
 * shows where the gaps are; every piece is a React text node (never HTML).
 */
export function DraftPreview({
  text,
  gaps,
  label,
}: {
  text: string;
  gaps: readonly PlaceholderGap[];
  label: string;
}) {
  return (
    // Scrollable, so it must be reachable by keyboard.
    <div className="draft-preview cs-focusable" role="region" aria-label={label} tabIndex={0}>
      {draftSegments(text, gaps).map((segment, i) =>
        segment.kind === 'text' ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <mark key={i} data-kind={segment.gap.kind}>
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}
