/**
 * A child `<table>` as the trend's data (see core/table-source.ts):
 *
 *   <civic-indicator-trend>
 *     <table data-unit="亿元" data-source-publisher="宁波市统计局" data-source-url="https://…">
 *       <caption>宁波市地区生产总值</caption>
 *       <thead><tr><th>年份</th><th>GDP</th></tr></thead>
 *       <tbody><tr><th>2019</th><td>11,985.1</td></tr> …</tbody>
 *     </table>
 *   </civic-indicator-trend>
 *
 * The caption is the name; the first column the periods (as in the data: 2019, 2019-Q1, 2019-05,
 * 2019-01-31, or free text); one column per series, headed by its name; `data-unit` on the table
 * (or on a column's <th>) the unit; numbers as written in either locale (1,234.5, 12.3%, 超过300,
 * 约2.4); an empty cell a gap. Optional: `data-signed` on the table, `data-kind="change"` on a
 * column's <th> for a change series (bars). A malformed table is the error state naming the cell.
 */
import type { Observation } from '../../data/types.js';
import type { Issue, ValidationResult } from '../../core/schema.js';
import { cellPath, cellText, parseNumberCell, readTable, tableSource } from '../../core/table-source.js';
import type { IndicatorTrendData, IndicatorTrendSeries } from './types.js';

export function trendFromTable(table: HTMLTableElement): ValidationResult<IndicatorTrendData> {
  const t = readTable(table);
  const issues: Issue[] = [];
  if (!t.caption) issues.push({ path: 'table.caption', message: 'is required (the name of the indicator)' });
  if (t.headers.length < 2) issues.push({ path: 'table.headers', message: 'must head the periods column and at least one series column' });
  if (!t.rows.length) issues.push({ path: 'table.rows', message: 'must hold at least one row' });
  const source = tableSource(t, issues);
  if (issues.length) return { ok: false, issues };

  const tableUnit = table.dataset.unit?.trim();
  const series: IndicatorTrendSeries[] = t.headers.slice(1).map((th, i) => {
    const name = cellText(th);
    if (!name) issues.push({ path: `table.headers[${i + 1}]`, message: 'must name its series' });
    const s: IndicatorTrendSeries = { id: `col-${i + 1}`, name: name || `${i + 1}`, observations: [] };
    if (th.dataset.kind === 'change') s.kind = 'change';
    const unit = th.dataset.unit?.trim();
    if (unit) s.unit = unit;
    return s;
  });
  // Cells may carry the unit ("12.3%"): it must agree with the column's or the table's.
  let seenUnit: string | undefined;
  t.rows.forEach((cells, r) => {
    const period = cellText(cells[0]);
    if (!period) return void issues.push({ path: cellPath(r, 0), message: 'must give the period (2019, 2019-Q1, 2019-05, …)' });
    series.forEach((s, c) => {
      const cell = cells[c + 1];
      const parsed = parseNumberCell(cellText(cell));
      if (parsed === undefined) return; // an empty cell: no figure for that period (a gap)
      const where = `(${period}, ${s.name as string})`;
      if ('error' in parsed) return void issues.push({ path: cellPath(r, c + 1), message: `${where} ${parsed.error}` });
      const expected = (s.unit as string | undefined) ?? tableUnit;
      if (parsed.unit && expected && parsed.unit !== expected) {
        return void issues.push({ path: cellPath(r, c + 1), message: `${where} is in ${parsed.unit}, not the column's unit ${expected}` });
      }
      seenUnit ??= parsed.unit;
      const o: Observation = { period, value: parsed.value, bound: parsed.bound, unit: (parsed.unit ?? expected)!, source: source! };
      s.observations.push(o);
    });
  });
  const unit = tableUnit ?? seenUnit;
  if (!unit) issues.push({ path: 'table[data-unit]', message: 'is required (the unit of the values), unless the cells write it (12.3%)' });
  if (issues.length) return { ok: false, issues };
  for (const s of series) for (const o of s.observations) o.unit ??= unit!;
  const data: IndicatorTrendData = { name: t.caption, unit: unit!, series };
  if (table.hasAttribute('data-signed')) data.signed = true;
  const measure = table.dataset.measure?.trim();
  if (measure) data.measure = measure;
  const scope = table.dataset.scope?.trim();
  if (scope) data.scope = scope;
  return { ok: true, value: data };
}
