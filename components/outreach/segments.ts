import type { PlaceholderGap } from '../../lib/outreach';

export type DraftSegment =
  { kind: 'text'; text: string } | { kind: 'gap'; text: string; gap: PlaceholderGap };

/**
 * The draft cut into plain text and placeholders, for the highlighted preview. Gaps are taken in
 * order; one that overlaps an earlier one or falls outside the text is ignored, so the segments
 * always join back into the text exactly.
 */
export function draftSegments(text: string, gaps: readonly PlaceholderGap[]): DraftSegment[] {
  const segments: DraftSegment[] = [];
  let at = 0;
  for (const gap of [...gaps].sort((a, b) => a.start - b.start)) {
    if (gap.start < at || gap.end > text.length || gap.end <= gap.start) continue;
    if (gap.start > at) segments.push({ kind: 'text', text: text.slice(at, gap.start) });
    segments.push({ kind: 'gap', text: text.slice(gap.start, gap.end), gap });
    at = gap.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
