import type { Counts } from './ratios';

/**
 * Figures that contradict each other, said in words: conversions above clicks make a conversion
 * rate over 100%, which is not a rate (the sales came from elsewhere, e.g. the code used without
 * a click, or the two columns come from different sources).
 */
export function ratioProblems(counts: Pick<Counts, 'clicks' | 'conversions'>): string[] {
  const { clicks, conversions } = counts;
  if (clicks === null || conversions === null || conversions <= clicks) return [];
  return [
    `more conversions (${conversions.toLocaleString('en-US')}) than clicks (${clicks.toLocaleString('en-US')}): the conversion rate is not a real rate; check both figures`,
  ];
}
