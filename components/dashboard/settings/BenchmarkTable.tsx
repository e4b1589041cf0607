import { basisLabel, tableLabel, tableSourceLabel } from '../../../lib/i18n/labels';
import { t } from '../../../lib/i18n/messages';
import type { BenchmarkRow, BenchmarkTable as Table } from '../../../lib/model/settings';
import { plainSource } from '../../../lib/panel/evidence-words';
import { NumberField } from './NumberField';

/** One engagement benchmark table: the low and high bands of each follower range. */
export function BenchmarkTable(props: { table: Table; onChange: (table: Table) => void }) {
  const { table } = props;
  const setRow = (r: number, patch: Partial<BenchmarkRow>) =>
    props.onChange({
      ...table,
      rows: table.rows.map((row, k) => (k === r ? { ...row, ...patch } : row)),
    });
  return (
    <fieldset>
      <legend>
        {t(
          'benchmarkTableLegend',
          tableLabel(table.id, table.name),
          basisLabel(table.basis),
          plainSource(tableSourceLabel(table.id, table.source)),
        )}
      </legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('columnFollowersFrom')}</th>
            <th scope="col">{t('columnTo')}</th>
            <th scope="col">{t('columnLowBelow')}</th>
            <th scope="col">{t('columnHighAbove')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <td>
                <NumberField
                  hiddenLabel
                  label={t('benchmarkRowFrom', tableLabel(table.id, table.name), r + 1)}
                  value={row.min}
                  onChange={(v) => setRow(r, { min: v ?? 0 })}
                />
              </td>
              <td>
                <NumberField
                  hiddenLabel
                  label={t('benchmarkRowTo', tableLabel(table.id, table.name), r + 1)}
                  value={row.max}
                  onChange={(v) => setRow(r, { max: v })}
                />
              </td>
              <td>
                <NumberField
                  hiddenLabel
                  label={t('benchmarkRowLow', tableLabel(table.id, table.name), r + 1)}
                  percent
                  value={row.low}
                  onChange={(v) => setRow(r, { low: v ?? 0 })}
                />
              </td>
              <td>
                <NumberField
                  hiddenLabel
                  label={t('benchmarkRowHigh', tableLabel(table.id, table.name), r + 1)}
                  percent
                  value={row.high}
                  onChange={(v) => setRow(r, { high: v })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
