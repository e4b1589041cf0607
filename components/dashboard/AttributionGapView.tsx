import type { AttributionLine } from '../../lib/dashboard/results-view';
import { t } from '../../lib/i18n/messages';
import type { AttributionBasis } from '../../lib/model/results';
import { formatDay } from '../../lib/panel/format';
import {
  AGREE_WITHIN,
  MIN_CONVERSIONS,
  type AttributionGap,
  type BasisSide,
  type Difference,
} from '../../lib/results/attribution-gap';
import { formatCount, formatMoney, formatMultiple, formatPercent } from '../../lib/results/format';
import { basisWord } from './basis-word';
import { creatorHref } from './CreatorTable';
import { countedText, plural } from '../../lib/i18n/plural';

const higherOf = (d: Difference): AttributionBasis => (d.gap > 0 ? 'code' : 'link');

function gapCell(d: Difference | null, format: (n: number) => string): string {
  if (!d) return '—';
  if (d.gap === 0) return t('attributionNoGap');
  const basis = basisWord(higherOf(d));
  const amount = format(Math.abs(d.gap));
  return d.share === null
    ? t('attributionGapCellNone', amount, basis)
    : t('attributionGapCell', amount, basis, formatPercent(d.share, 0));
}

/** What the gap says, in a sentence: which basis counts more and what that usually means. */
export function gapSentence(gap: AttributionGap, currency: string): string {
  if (gap.direction === 'not-comparable') return t('attributionNotComparable');
  if (gap.direction === 'too-few') return t('attributionTooFew', MIN_CONVERSIONS);
  if (gap.direction === 'agree') return t('attributionAgree', formatPercent(AGREE_WITHIN, 0));
  const d = gap.measure === 'conversions' ? gap.conversions! : gap.revenue!;
  const size =
    gap.measure === 'conversions'
      ? formatCount(Math.abs(d.gap))
      : `${formatMoney(Math.abs(d.gap))} ${currency}`;
  const amount =
    d.share === null
      ? gap.measure === 'conversions'
        ? plural(
            Math.abs(d.gap),
            'attributionMoreConversionsNoneOne',
            'attributionMoreConversionsNoneMany',
            size,
          )
        : t('attributionMoreRevenueNone', size)
      : gap.measure === 'conversions'
        ? plural(
            Math.abs(d.gap),
            'attributionMoreConversionsOne',
            'attributionMoreConversionsMany',
            size,
            formatPercent(d.share, 0),
          )
        : t('attributionMoreRevenue', size, formatPercent(d.share, 0));
  return gap.direction === 'code-higher'
    ? t('attributionCodeHigher', amount)
    : t('attributionLinkHigher', amount);
}

const source = (s: BasisSide) => (s.from ? t('attributionFrom', s.from, formatDay(s.at)) : '—');

/** One measure: by code, by link, and the gap between them (its number in data-value, if any). */
function GapRow(props: {
  testId: string;
  label: string;
  code: number | null;
  link: number | null;
  format: (n: number | null) => string;
  gap: string;
  gapValue?: number | '';
}) {
  return (
    <tr data-testid={props.testId}>
      <th scope="row">{props.label}</th>
      <td className="num" data-value={props.code ?? ''}>
        {props.format(props.code)}
      </td>
      <td className="num" data-value={props.link ?? ''}>
        {props.format(props.link)}
      </td>
      <td className="num" data-value={props.gapValue}>
        {props.gap}
      </td>
    </tr>
  );
}

function GapTable(props: { gap: AttributionGap; currency: string; caption: string }) {
  const { gap, currency } = props;
  const roasGap =
    gap.code.roas !== null && gap.link.roas !== null
      ? formatMultiple(Math.abs(gap.code.roas - gap.link.roas))
      : '—';
  return (
    <table className="attribution">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('attributionMeasure')}</th>
          <th scope="col" className="num">
            {t('attributionByCode')}
          </th>
          <th scope="col" className="num">
            {t('attributionByLink')}
          </th>
          <th scope="col" className="num">
            {t('attributionGap')}
          </th>
        </tr>
      </thead>
      <tbody>
        <GapRow
          testId="scout-attribution-conversions"
          label={t('attributionConversions')}
          code={gap.code.conversions}
          link={gap.link.conversions}
          format={formatCount}
          gap={gapCell(gap.conversions, formatCount)}
          gapValue={gap.conversions?.gap ?? ''}
        />
        <GapRow
          testId="scout-attribution-revenue"
          label={t('attributionRevenue', currency)}
          code={gap.code.revenue}
          link={gap.link.revenue}
          format={formatMoney}
          gap={gapCell(gap.revenue, formatMoney)}
          gapValue={gap.revenue?.gap ?? ''}
        />
        <GapRow
          testId="scout-attribution-roas"
          label={t('attributionRoas')}
          code={gap.code.roas}
          link={gap.link.roas}
          format={formatMultiple}
          gap={roasGap}
        />
      </tbody>
    </table>
  );
}

function Sources({ gap }: { gap: AttributionGap }) {
  if (!gap.code.from && !gap.link.from) return null;
  return <p className="sub">{t('attributionSources', source(gap.code), source(gap.link))}</p>;
}

/** Each creator's code-based and link-based results side by side, with the gap and what it means. */
export function AttributionGapView(props: {
  lines: readonly AttributionLine[];
  totals: AttributionGap | null;
  currency: string;
}) {
  if (props.lines.length === 0) return null;
  return (
    <section
      aria-labelledby="attribution-title"
      className="attribution-gap"
      data-testid="scout-attribution"
    >
      <h3 id="attribution-title">{t('attributionTitle')}</h3>
      <p className="hint">{t('attributionIntro')}</p>
      {props.lines.map((line) => (
        <div
          key={line.key}
          className="attribution-creator"
          data-testid="scout-attribution-creator"
          data-handle={line.handle}
          data-direction={line.gap.direction}
        >
          <GapTable gap={line.gap} currency={props.currency} caption={`@${line.handle}`} />
          <Sources gap={line.gap} />
          <p data-testid="scout-attribution-sentence">
            <a href={creatorHref(line)}>@{line.handle}</a>: {gapSentence(line.gap, props.currency)}
          </p>
        </div>
      ))}
      {props.totals ? (
        <div
          className="attribution-creator"
          data-testid="scout-attribution-totals"
          data-direction={props.totals.direction}
        >
          <GapTable
            gap={props.totals}
            currency={props.currency}
            caption={countedText(props.lines.length, 'attributionAllOne', 'attributionAllMany')}
          />
          <p>{gapSentence(props.totals, props.currency)}</p>
        </div>
      ) : null}
    </section>
  );
}
