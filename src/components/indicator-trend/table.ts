/**
 * IndicatorTrendData → the data table (every figure of the data: plotted, derived, converted,
 * duplicated or not placeable, each with the reason) and the keyboard-navigable chart items with
 * their tooltip lines. Pure functions.
 */
import type { Observation, Source, Unit } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import { formatPeriod, formatValue, observationPeriod } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { sourceLabel } from '../../core/sources.js';
import type { IndicatorTrendData } from './types.js';
import { boundWord, changeText, markWords, pointValue, signed } from './format.js';
import { type ChangeBar, type TrendModel, type TrendPoint } from './model.js';
import type { TextContext } from '../../core/builders.js';
import { seriesLayout } from './options.js';

const sep = (locale: Locale) => (locale === 'en' ? '; ' : '；');

function sourceCell(s: Source, locale: Locale): string {
  return `${sourceLabel(s, locale)}${s.quote ? (locale === 'en' ? `: “${s.quote}”` : `：“${s.quote}”`) : ''}`;
}

function seriesName(data: IndicatorTrendData, si: number, revised: boolean, locale: Locale): string {
  const name = text(data.series[si].name, locale);
  return revised ? `${name}${locale === 'en' ? ' (revised)' : '（修订值）'}` : name;
}

function periodCell(o: Pick<Observation, 'period' | 'periodLabel' | 'periodInferred'>, locale: Locale): string {
  const inferred = o.periodInferred ? (locale === 'en' ? ' (inferred)' : '（推断）') : '';
  return `${observationPeriod(o, locale)}${inferred}`;
}

function converted(p: TrendPoint, unit: Unit, locale: Locale): string {
  if (!p.convertedFrom || p.derived || p.obs.value === null) return '';
  const original = formatValue(p.obs.value, p.convertedFrom, p.obs.bound, locale);
  return locale === 'en'
    ? `converted from ${original} to ${unit === '亿元' ? '亿元 (100 million yuan)' : unit}`
    : `由原文${original}换算`;
}

function yoyCell(yoy: number | undefined, comparable: boolean, locale: Locale): string {
  if (yoy === undefined) return '';
  const comp = comparable ? (locale === 'en' ? ' (real)' : '（可比价）') : '';
  return `${signed(yoy, '%', locale)}${comp}`;
}

function pointMarks(p: TrendPoint, data: IndicatorTrendData, locale: Locale): string[] {
  const en = locale === 'en';
  const marks = markWords(p, locale);
  if (p.derived) {
    const method = text(p.derived.method, locale);
    marks.push(
      en
        ? `from ${formatPeriod(p.derived.from.period, locale)}: ${method}`
        : `由${formatPeriod(p.derived.from.period, locale)}推算：${method}`,
    );
  }
  const conv = converted(p, data.unit, locale);
  if (conv) marks.push(conv);
  return marks;
}

interface Row {
  x: number;
  order: number;
  cells: string[];
}

export function indicatorTrendTable(m: TrendModel, { locale }: TextContext): TableModel {
  const en = locale === 'en';
  const { data } = m;
  const rows: Row[] = [];
  let order = 0;
  const push = (x: number, cells: string[]) => rows.push({ x, order: order++, cells });
  const exactWord = en ? 'exact' : '确数';

  data.series.forEach((s, si) => {
    const start = rows.length;
    for (const line of m.lines.filter((l) => l.seriesIndex === si)) {
      for (const p of line.points) {
        const marks = pointMarks(p, data, locale);
        const note = !p.derived && p.obs.note ? text(p.obs.note, locale) : '';
        push(p.place.x, [
          seriesName(data, si, p.revised, locale),
          p.derived ? formatPeriod(p.period, locale) : periodCell(p.obs, locale),
          pointValue(p, data.unit, locale),
          p.derived ? '' : yoyCell(p.yoyPct, !!s.yoyAtComparablePrices, locale),
          [marks.length ? marks.join(sep(locale)) : exactWord, note].filter(Boolean).join(sep(locale)),
          p.derived
            ? `${msg(locale).derived}${en ? ' from ' : '，依据'}${sourceLabel(p.obs.source, locale)}`
            : sourceCell(p.obs.source, locale),
        ]);
        for (const o of p.alsoReported) {
          push(p.place.x + 1, [
            seriesName(data, si, p.revised, locale),
            periodCell(o, locale),
            o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale),
            yoyCell(o.yoyPct, !!s.yoyAtComparablePrices, locale),
            [
              boundWord(o.bound, locale),
              en ? 'also reported: the chart shows the row above' : '同期另一来源：图中显示上一行的值',
              o.note ? text(o.note, locale) : '',
            ]
              .filter(Boolean)
              .join(sep(locale)),
            sourceCell(o.source, locale),
          ]);
        }
      }
    }
    for (const b of m.bars.filter((x) => x.seriesIndex === si)) {
      const changeOnly = b.kind === 'yoy' && b.obs.value === null;
      if (b.kind === 'yoy' && !changeOnly) continue; // shown in the level row's YoY column
      push(b.place.x, [
        seriesName(data, si, false, locale),
        periodCell(b.obs, locale),
        changeOnly ? '—' : signed(b.value, b.unit, locale),
        changeOnly ? yoyCell(b.value, b.comparable, locale) : '',
        [
          boundWord(b.obs.bound, locale),
          changeOnly ? (en ? 'only the change was reported, no level' : '只报告了增速，未报告水平值') : '',
          b.obs.note ? text(b.obs.note, locale) : '',
        ]
          .filter(Boolean)
          .join(sep(locale)),
        sourceCell(b.obs.source, locale),
      ]);
    }
    for (const u of m.unplotted.filter((x) => x.seriesIndex === si && x.reason !== 'duplicate')) {
      const o = u.obs;
      const why =
        u.reason === 'period'
          ? en ? 'not plotted: the period cannot be placed on the time axis' : '未绘制：时期无法标在时间轴上'
          : u.reason === 'unit'
            ? en ? `not plotted: ${o.unit} cannot be converted to ${data.unit}` : `未绘制：单位${o.unit}无法换算为${data.unit}`
            : en ? 'no value reported' : '未报告数值';
      push(Infinity, [
        seriesName(data, si, !!o.revised, locale),
        periodCell(o, locale),
        o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale),
        yoyCell(o.yoyPct, !!s.yoyAtComparablePrices, locale),
        [boundWord(o.bound, locale), why, o.note ? text(o.note, locale) : ''].filter(Boolean).join(sep(locale)),
        sourceCell(o.source, locale),
      ]);
    }
    // Within a series: in period order; duplicates right after the row they back.
    const mine = rows.splice(start).sort((a, b) => a.x - b.x || a.order - b.order);
    rows.push(...mine);
  });

  for (const t of m.targets) {
    const tg = t.target;
    push(Infinity, [
      text(tg.label, locale),
      tg.year === null ? (en ? 'year not stated' : '年份未注明') : formatPeriod(String(tg.year), locale),
      formatValue(tg.value, tg.unit, tg.bound, locale),
      '',
      [
        t.value !== undefined && m.points.length
          ? en ? 'reference line' : '参考线'
          : en ? `not drawn: ${tg.unit} cannot be shown on the ${data.unit} axis` : `未绘制：单位${tg.unit}与坐标轴${data.unit}不同`,
        tg.note ? text(tg.note, locale) : '',
      ]
        .filter(Boolean)
        .join(sep(locale)),
      sourceCell(tg.source, locale),
    ]);
  }

  const name = text(data.title ?? data.name, locale);
  return {
    caption: en ? `${name}: every figure, by series and period` : `${name}：全部数据（按系列和时期）`,
    columns: en
      ? ['Series', 'Period', 'Value', 'Year on year', 'Precision and notes', 'Source']
      : ['系列', '时期', '数值', '同比', '精确度与说明', '来源'],
    rows: rows.map((r) => r.cells),
    notes: [
      en
        ? 'Markers: ● exact, ◆ approximate, ○ estimate, ▲ lower bound, ■ revised, ◇ derived. Dashed segments touch an estimate, a lower bound or a derived value; a missing period breaks the line.'
        : '标记：● 确数，◆ 约数，○ 预计值，▲ 下限，■ 修订值，◇ 推算值。虚线段的一端为预计值、下限或推算值；缺少的时期使折线断开。',
    ],
  };
}

function alsoLine(p: TrendPoint, locale: Locale): string[] {
  if (!p.alsoReported.length) return [];
  const vals = p.alsoReported.map(
    (o) => `${o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale)} (${sourceLabel(o.source, locale)})`,
  );
  return [locale === 'en' ? `Also reported: ${vals.join('; ')}` : `另有来源：${vals.join('；')}`];
}

function pointItem(data: IndicatorTrendData, p: TrendPoint, locale: Locale): ChartItem {
  const en = locale === 'en';
  const s = data.series[p.seriesIndex];
  const name = seriesName(data, p.seriesIndex, p.revised, locale);
  const period = p.derived ? formatPeriod(p.period, locale) : periodCell(p.obs, locale);
  const lines = [name, period, pointValue(p, data.unit, locale)];
  if (p.yoyPct !== undefined && !p.derived) {
    const comp = s.yoyAtComparablePrices ? (en ? ' (real, at comparable prices)' : '（按可比价格）') : '';
    lines.push(en ? `${signed(p.yoyPct, '%', locale)} year on year${comp}` : `同比${signed(p.yoyPct, '%', locale)}${comp}`);
  }
  const marks = pointMarks(p, data, locale);
  if (marks.length) lines.push(marks.join(sep(locale)));
  lines.push(...alsoLine(p, locale));
  lines.push(`${msg(locale).source}${en ? ': ' : '：'}${sourceLabel(p.obs.source, locale)}`);
  return {
    key: p.key,
    seriesIndex: p.lineIndex,
    dataIndex: -1,
    label: `${name} ${period}`,
    lines,
    detail: {
      kind: 'point',
      series: s.id,
      period: p.period,
      value: p.value,
      unit: data.unit,
      bound: p.bound,
      revised: p.revised,
      derived: !!p.derived,
      method: p.derived ? text(p.derived.method, locale) : undefined,
      observation: p.obs,
    },
  };
}

function barItem(data: IndicatorTrendData, b: ChangeBar, seriesIndex: number, dataIndex: number, locale: Locale): ChartItem {
  const en = locale === 'en';
  const name = text(data.series[b.seriesIndex].name, locale);
  const period = periodCell(b.obs, locale);
  const lines = [name, period, changeText(b, locale)];
  if (b.kind === 'yoy' && b.obs.value === null) lines.push(en ? 'Only the change was reported, no level' : '只报告了增速，未报告水平值');
  const marks = markWords({ bound: b.obs.bound, revised: !!b.obs.revised, obs: b.obs }, locale);
  if (marks.length) lines.push(marks.join(sep(locale)));
  lines.push(`${msg(locale).source}${en ? ': ' : '：'}${sourceLabel(b.obs.source, locale)}`);
  return {
    key: b.key,
    seriesIndex,
    dataIndex,
    label: `${name} ${period}`,
    lines,
    detail: { kind: 'change', series: data.series[b.seriesIndex].id, period: b.period, value: b.value, unit: b.unit, comparable: b.comparable, observation: b.obs },
  };
}

/** Every plotted point and change bar in period order, then the reference lines. */
export function indicatorTrendItems(m: TrendModel, { locale }: TextContext): ChartItem[] {
  const { data } = m;
  const layout = seriesLayout(m);
  const items: { x: number; rank: number; item: ChartItem }[] = [];
  for (const line of m.lines) {
    line.points.forEach((p, i) => {
      const item = pointItem(data, p, locale);
      item.dataIndex = i;
      items.push({ x: p.place.x, rank: 0, item });
    });
  }
  const perSeries = new Map<number, number>();
  for (const b of m.bars) {
    const idx = perSeries.get(b.seriesIndex) ?? 0;
    perSeries.set(b.seriesIndex, idx + 1);
    items.push({ x: b.place.x, rank: 1, item: barItem(data, b, layout.bars.get(b.seriesIndex)!, idx, locale) });
  }
  items.sort((a, b) => a.x - b.x || a.rank - b.rank || a.item.seriesIndex - b.item.seriesIndex);
  const out = items.map((i) => i.item);
  if (m.points.length) {
    m.targets
      .filter((t) => t.value !== undefined)
      .forEach((t, i) => {
        const tg = t.target;
        const en = locale === 'en';
        out.push({
          key: `target:${tg.id ?? i}`,
          seriesIndex: layout.targets,
          dataIndex: i,
          label: text(tg.label, locale),
          lines: [
            text(tg.label, locale),
            `${formatValue(tg.value, tg.unit, tg.bound, locale)}${tg.year !== null ? (en ? ` by ${tg.year}` : `（${tg.year}年）`) : ''}`,
            ...(tg.note ? [text(tg.note, locale)] : []),
            `${msg(locale).source}${en ? ': ' : '：'}${sourceLabel(tg.source, locale)}`,
          ],
          detail: { kind: 'target', id: tg.id, label: text(tg.label, locale), value: tg.value, unit: tg.unit, year: tg.year },
        });
      });
  }
  return out;
}

