/**
 * The gauge's model → the data table (every value shown, with period, measure, precision and
 * source) and the keyboard-navigable chart items with their tooltip lines. Pure functions.
 */
import type { Observation } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import type { TextContext } from '../../core/builders.js';
import { formatNumber, formatQuantity, formatValue, precisionText } from '../../core/format.js';
import { formatPeriod, observationPeriod } from '../../core/periods.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { sourceCell, sourceLabel } from '../../core/sources.js';
import { gaugeMessages } from './messages.js';
import { type GaugeModel, clusterName, tierName } from './model.js';

function observationRow(label: string, o: Observation, locale: Locale): string[] {
  return [
    label,
    observationPeriod(o, locale),
    o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale),
    o.measure ? text(o.measure, locale) : '',
    precisionText(o, locale, true),
    sourceCell(o.source, locale),
  ];
}

export function clusterGaugeTable(m: GaugeModel, { locale }: TextContext): TableModel {
  const { data } = m;
  const t = gaugeMessages(locale);
  const c = msg(locale);
  const rows: string[][] = [];
  if (data.value) rows.push(observationRow(t.reportedValue, data.value, locale));
  else rows.push([t.reportedValue, '—', c.noData, '', '', '']);
  const measure = data.target.measure ? text(data.target.measure, locale) : '';
  rows.push([
    t.targetRow(tierName(data.tier, locale, m.tiers)),
    data.target.year === null ? c.yearNotConfirmed : formatPeriod(String(data.target.year), locale),
    formatQuantity(data.target.value, data.target.unit, locale),
    measure,
    c.boundWord.exact,
    sourceCell(data.target.source, locale),
  ]);
  if (m.value && m.sharePct !== undefined) {
    rows.push([
      t.shareRow,
      observationPeriod(m.value, locale),
      t.shareValue(formatNumber(m.sharePct, locale, 1), m.value.bound === 'lowerBound'),
      '',
      `${c.derived}${t.shareMethod}`,
      '',
    ]);
  }
  for (const tier of m.tiers) rows.push([t.thresholdRow(tierName(tier.tier, locale, m.tiers)), '', formatQuantity(tier.value, tier.unit, locale), measure, '', '']);
  for (const o of data.otherObservations ?? []) rows.push(observationRow(t.otherRow, o, locale));
  return {
    caption: t.caption(clusterName(data, locale)),
    columns: [...t.columns],
    rows,
    notes: data.target.yearNote ? [text(data.target.yearNote, locale)] : [],
  };
}

export function clusterGaugeItems(m: GaugeModel, { locale }: TextContext): ChartItem[] {
  const { data } = m;
  const t = gaugeMessages(locale);
  const c = msg(locale);
  const items: ChartItem[] = [];
  const name = clusterName(data, locale);
  if (m.value) {
    const o = m.value;
    const lines = [
      name,
      `${observationPeriod(o, locale)}${o.periodInferred ? c.inferredShort : ''}${o.measure ? ` · ${text(o.measure, locale)}` : ''}`,
      formatValue(o.value, o.unit, o.bound, locale),
    ];
    if (m.sharePct !== undefined) lines.push(t.tipShare(tierName(data.tier, locale, m.tiers), formatNumber(m.sharePct, locale, 0), c.derived));
    if (o.bound !== 'exact' || o.revised || o.periodInferred) lines.push(precisionText(o, locale, true));
    lines.push(`${c.source}${c.colon}${sourceLabel(o.source, locale)}`);
    items.push({
      key: 'value',
      seriesIndex: 0,
      dataIndex: 0,
      label: name,
      lines,
      detail: { kind: 'value', id: data.id, name: text(data.name, locale), observation: o, sharePct: m.sharePct },
    });
  }
  m.tiers.forEach((tier, i) => {
    const own = tier.tier === data.tier;
    items.push({
      key: `tier:${tier.tier}`,
      seriesIndex: 1,
      dataIndex: i,
      label: tierName(tier.tier, locale, m.tiers),
      lines: [t.thresholdTip(tierName(tier.tier, locale, m.tiers)), formatQuantity(tier.value, tier.unit, locale), ...(own ? [t.ownTarget] : [])],
      detail: { kind: 'tier', tier: tier.tier, value: tier.value, unit: tier.unit, isTarget: own },
    });
  });
  return items;
}
