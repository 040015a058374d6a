/**
 * ClusterGaugeData → the data table (every value shown, with period, measure, precision and
 * source) and the keyboard-navigable chart items with their tooltip lines. Pure functions.
 */
import type { ClusterGaugeData, Observation, Source } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import { boundLabel, formatNumber, formatPeriod, formatQuantity, formatValue, observationPeriod } from '../../core/format.js';
import { type Locale, text, ui } from '../../core/locale.js';
import { sourceLabel } from '../../core/sources.js';
import { clusterName, gaugeModel, tierName } from './model.js';

function precision(o: Observation, locale: Locale): string {
  const marks = [
    boundLabel(o.bound, locale) || (locale === 'en' ? 'exact' : '确数'),
    o.revised ? ui('revised', locale) : '',
    o.periodInferred ? ui('inferredPeriod', locale) : '',
    o.source.confidence === 'low' ? ui('lowConfidence', locale) : '',
  ];
  return marks.filter(Boolean).join(locale === 'en' ? '; ' : '；');
}

function sourceCell(s: Source, locale: Locale): string {
  return `${sourceLabel(s, locale)}${s.quote ? (locale === 'en' ? `: “${s.quote}”` : `：“${s.quote}”`) : ''}`;
}

function observationRow(label: string, o: Observation, locale: Locale): string[] {
  return [
    label,
    observationPeriod(o, locale),
    o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale),
    o.measure ? text(o.measure, locale) : '',
    precision(o, locale),
    sourceCell(o.source, locale),
  ];
}

export function clusterGaugeTable(data: ClusterGaugeData, locale: Locale): TableModel {
  const en = locale === 'en';
  const m = gaugeModel(data);
  const name = clusterName(data, locale);
  const rows: string[][] = [];
  if (data.value) rows.push(observationRow(en ? 'Reported value' : '报告值', data.value, locale));
  else rows.push([en ? 'Reported value' : '报告值', '—', ui('noData', locale), '', '', '']);
  const year = data.target.year === null ? (en ? 'year not confirmed' : '年份未确认') : formatPeriod(String(data.target.year), locale);
  rows.push([
    en ? `Target (${tierName(data.tier, locale)})` : `目标（${data.tier}）`,
    year,
    formatQuantity(data.target.value, data.target.unit, locale),
    data.target.measure ? text(data.target.measure, locale) : '',
    en ? 'exact' : '确数',
    sourceCell(data.target.source, locale),
  ]);
  if (m.value && m.sharePct !== undefined) {
    rows.push([
      en ? 'Share of target reached' : '目标完成比例',
      observationPeriod(m.value, locale),
      `${m.value.bound === 'lowerBound' ? (en ? 'at least ' : '至少') : ''}${formatNumber(m.sharePct, locale, 1)}%`,
      '',
      `${ui('derived', locale)}${en ? ': value ÷ target' : '：报告值 ÷ 目标'}`,
      '',
    ]);
  }
  for (const t of m.tiers) {
    rows.push([
      en ? `Tier threshold: ${tierName(t.tier, locale)}` : `层级门槛：${t.tier}`,
      '',
      formatQuantity(t.value, t.unit, locale),
      data.target.measure ? text(data.target.measure, locale) : '',
      '',
      '',
    ]);
  }
  for (const o of data.otherObservations ?? []) {
    rows.push(observationRow(en ? 'Other reported figure' : '其他报告值', o, locale));
  }
  const notes: string[] = [];
  if (data.target.yearNote) notes.push(text(data.target.yearNote, locale));
  return {
    caption: en ? `${name}: value and tier target` : `${name}：数值与层级目标`,
    columns: en
      ? ['Item', 'Period', 'Value', 'Measure', 'Precision', 'Source']
      : ['项目', '时期', '数值', '口径', '精确度', '来源'],
    rows,
    notes,
  };
}

export function clusterGaugeItems(data: ClusterGaugeData, locale: Locale): ChartItem[] {
  const en = locale === 'en';
  const m = gaugeModel(data);
  const items: ChartItem[] = [];
  const name = clusterName(data, locale);
  if (m.value) {
    const o = m.value;
    const lines = [
      name,
      `${observationPeriod(o, locale)}${o.periodInferred ? (en ? ' (inferred)' : '（推断）') : ''}${o.measure ? ` · ${text(o.measure, locale)}` : ''}`,
      formatValue(o.value, o.unit, o.bound, locale),
    ];
    if (m.sharePct !== undefined) {
      lines.push(
        en
          ? `${formatNumber(m.sharePct, locale, 0)}% of the ${tierName(data.tier, locale)} target (${ui('derived', locale)})`
          : `${data.tier}目标的${formatNumber(m.sharePct, locale, 0)}%（${ui('derived', locale)}）`,
      );
    }
    const precisionText = precision(o, locale);
    if (o.bound !== 'exact' || o.revised || o.periodInferred) lines.push(precisionText);
    lines.push(`${ui('source', locale)}${en ? ': ' : '：'}${sourceLabel(o.source, locale)}`);
    items.push({
      key: 'value',
      seriesIndex: 0,
      dataIndex: 0,
      label: name,
      lines,
      detail: { kind: 'value', id: data.id, name: text(data.name, locale), observation: o, sharePct: m.sharePct },
    });
  }
  m.tiers.forEach((t, i) => {
    const own = t.tier === data.tier;
    items.push({
      key: `tier:${t.tier}`,
      seriesIndex: 1,
      dataIndex: i,
      label: tierName(t.tier, locale),
      lines: [
        en ? `${tierName(t.tier, locale)} threshold` : `${t.tier}门槛`,
        formatQuantity(t.value, t.unit, locale),
        ...(own ? [en ? `This cluster's target` : '本集群的目标'] : []),
      ],
      detail: { kind: 'tier', tier: t.tier, value: t.value, unit: t.unit, isTarget: own },
    });
  });
  return items;
}
