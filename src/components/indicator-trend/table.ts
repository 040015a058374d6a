/**
 * IndicatorTrendData → the data table (every figure of the data: plotted, derived, converted,
 * duplicated or not placeable, each with the reason) and the keyboard-navigable chart items with
 * their tooltip lines. Pure functions.
 */
import type { Observation, Unit } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import { formatValue } from '../../core/format.js';
import { formatPeriod, observationPeriod } from '../../core/periods.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { sourceCell, sourceLabel } from '../../core/sources.js';
import type { IndicatorTrendData } from './types.js';
import { boundWord, changeText, markWords, pointValue, signed } from './format.js';
import { trendMessages } from './messages.js';
import { type ChangeBar, type TrendLine, type TrendModel, type TrendPoint } from './model.js';
import type { TextContext } from '../../core/builders.js';
import { seriesLayout } from './options.js';

const sep = (locale: Locale) => msg(locale).sep;

function seriesName(data: IndicatorTrendData, si: number, revised: boolean, locale: Locale): string {
  const name = text(data.series[si].name, locale);
  return revised ? trendMessages(locale).revisedSeries(name) : name;
}

function periodCell(o: Pick<Observation, 'period' | 'periodLabel' | 'periodInferred'>, locale: Locale): string {
  const inferred = o.periodInferred ? msg(locale).inferredShort : '';
  return `${observationPeriod(o, locale)}${inferred}`;
}

function converted(p: TrendPoint, unit: Unit, locale: Locale): string {
  if (!p.convertedFrom || p.derived || p.obs.value === null) return '';
  return trendMessages(locale).converted(formatValue(p.obs.value, p.convertedFrom, p.obs.bound, locale), unit);
}

function yoyCell(yoy: number | undefined, comparable: boolean, locale: Locale): string {
  if (yoy === undefined) return '';
  return trendMessages(locale).yoyCell(signed(yoy, '%', locale), comparable);
}

function pointMarks(p: TrendPoint, locale: Locale): string[] {
  const marks = markWords(p, locale);
  if (p.derived) marks.push(trendMessages(locale).derivedFrom(formatPeriod(p.derived.from.period, locale), text(p.derived.method, locale)));
  const conv = converted(p, p.unit, locale);
  if (conv) marks.push(conv);
  return marks;
}

interface Row {
  x: number;
  order: number;
  /**
   * Formatted when read: a 10,000-point series formats only the rows a reader opens. A plotted
   * point's row holds the point itself (no closure per point: a long series' table was a fifth
   * of its update).
   */
  point?: TrendPoint;
  cells?: () => string[];
}

export function indicatorTrendTable(m: TrendModel, { locale }: TextContext): TableModel {
  const t = trendMessages(locale);
  const c = msg(locale);
  const { data } = m;
  const rows: Row[] = [];
  let order = 0;
  const push = (x: number, cells: () => string[]) => rows.push({ x, order: order++, cells });
  const pointCells = (p: TrendPoint): string[] => {
    const marks = pointMarks(p, locale);
    const note = !p.derived && p.obs.note ? text(p.obs.note, locale) : '';
    return [
      seriesName(data, p.seriesIndex, p.revised, locale),
      p.derived ? formatPeriod(p.period, locale) : periodCell(p.obs, locale),
      pointValue(p, p.unit, locale),
      p.derived ? '' : yoyCell(p.yoyPct, !!data.series[p.seriesIndex]!.yoyAtComparablePrices, locale),
      [marks.length ? marks.join(sep(locale)) : c.boundWord.exact, note].filter(Boolean).join(sep(locale)),
      p.derived ? t.derivedSource(sourceLabel(p.obs.source, locale)) : sourceCell(p.obs.source, locale),
    ];
  };

  data.series.forEach((s, si) => {
    const start = rows.length;
    for (const line of m.lines) {
      if (line.seriesIndex !== si) continue;
      for (const p of line.points) {
        rows.push({ x: p.place.x, order: order++, point: p });
        if (p.alsoReported.length === 0) continue;
        for (const o of p.alsoReported) {
          push(p.place.x + 1, () => [
            seriesName(data, si, p.revised, locale),
            periodCell(o, locale),
            o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale),
            yoyCell(o.yoyPct, !!s.yoyAtComparablePrices, locale),
            [
              boundWord(o.bound, locale),
              t.alsoReportedRow,
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
      push(b.place.x, () => [
        seriesName(data, si, false, locale),
        periodCell(b.obs, locale),
        changeOnly ? '—' : signed(b.value, b.unit, locale),
        changeOnly ? yoyCell(b.value, b.comparable, locale) : '',
        [
          boundWord(b.obs.bound, locale),
          changeOnly ? t.changeOnlyRow : '',
          b.obs.note ? text(b.obs.note, locale) : '',
        ]
          .filter(Boolean)
          .join(sep(locale)),
        sourceCell(b.obs.source, locale),
      ]);
    }
    for (const u of m.unplotted.filter((x) => x.seriesIndex === si && x.reason !== 'duplicate')) {
      const o = u.obs;
      const why = u.reason === 'period' ? t.notPlottedPeriod : u.reason === 'unit' ? t.notPlottedUnit(o.unit, data.series[u.seriesIndex].unit ?? data.unit) : t.noValue;
      push(Infinity, () => [
        seriesName(data, si, !!o.revised, locale),
        periodCell(o, locale),
        o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale),
        yoyCell(o.yoyPct, !!s.yoyAtComparablePrices, locale),
        [boundWord(o.bound, locale), why, o.note ? text(o.note, locale) : ''].filter(Boolean).join(sep(locale)),
        sourceCell(o.source, locale),
      ]);
    }
    // Within a series: in period order; duplicates right after the row they back.
    // (Rows pushed in order, as a long series' are, are not sorted again.)
    let ordered = true;
    for (let i = start + 1; i < rows.length && ordered; i++) ordered = rows[i - 1]!.x <= rows[i]!.x;
    if (!ordered) {
      const mine = rows.splice(start).sort((a, b) => a.x - b.x || a.order - b.order);
      for (const r of mine) rows.push(r);
    }
  });

  for (const line of m.targets) {
    const tg = line.target;
    push(Infinity, () => [
      text(tg.label, locale),
      tg.year === null ? c.yearNotStated : formatPeriod(String(tg.year), locale),
      formatValue(tg.value, tg.unit, tg.bound, locale),
      '',
      [
        line.value !== undefined && m.points.length ? t.referenceLine : t.targetNotDrawn(tg.unit, m.levelUnits[0]),
        tg.note ? text(tg.note, locale) : '',
      ]
        .filter(Boolean)
        .join(sep(locale)),
      sourceCell(tg.source, locale),
    ]);
  }

  const name = text(data.title ?? data.name, locale);
  const cells: string[][] = [];
  const headRows = (n: number) => rows.slice(0, n).map((r, i) => (cells[i] ??= r.point ? pointCells(r.point) : r.cells!()));
  return {
    caption: t.caption(name),
    columns: [...t.columns],
    get rows() {
      return headRows(rows.length);
    },
    rowCount: rows.length,
    headRows,
    notes: [t.markersNote],
  };
}

function alsoLine(p: TrendPoint, locale: Locale): string[] {
  if (!p.alsoReported.length) return [];
  const vals = p.alsoReported.map(
    (o) => `${o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale)} (${sourceLabel(o.source, locale)})`,
  );
  return [trendMessages(locale).alsoReported(vals)];
}

/** A point's stable key (keyboard focus survives new data): series, vintage, measure, period. */
function pointKey(data: IndicatorTrendData, line: TrendLine, p: TrendPoint): string {
  return `${data.series[p.seriesIndex].id}|${line.vintage}|${line.measure}|${p.period}${p.derived ? '|derived' : ''}`;
}

function pointItem(data: IndicatorTrendData, line: TrendLine, p: TrendPoint, locale: Locale): ChartItem {
  const c = msg(locale);
  const s = data.series[p.seriesIndex];
  const name = seriesName(data, p.seriesIndex, p.revised, locale);
  const period = p.derived ? formatPeriod(p.period, locale) : periodCell(p.obs, locale);
  const lines = [name, period, pointValue(p, p.unit, locale)];
  if (p.yoyPct !== undefined && !p.derived) lines.push(trendMessages(locale).yoy(signed(p.yoyPct, '%', locale), !!s.yoyAtComparablePrices));
  const marks = pointMarks(p, locale);
  if (marks.length) lines.push(marks.join(sep(locale)));
  lines.push(...alsoLine(p, locale));
  lines.push(`${c.source}${c.colon}${sourceLabel(p.obs.source, locale)}`);
  return {
    key: pointKey(data, line, p),
    seriesIndex: p.lineIndex,
    dataIndex: -1,
    label: `${name} ${period}`,
    lines,
    detail: {
      kind: 'point',
      series: s.id,
      period: p.period,
      value: p.value,
      unit: p.unit,
      bound: p.bound,
      revised: p.revised,
      derived: !!p.derived,
      method: p.derived ? text(p.derived.method, locale) : undefined,
      observation: p.obs,
    },
  };
}

function barItem(data: IndicatorTrendData, b: ChangeBar, seriesIndex: number, dataIndex: number, locale: Locale): ChartItem {
  const c = msg(locale);
  const name = text(data.series[b.seriesIndex].name, locale);
  const period = periodCell(b.obs, locale);
  const lines = [name, period, changeText(b, locale)];
  if (b.kind === 'yoy' && b.obs.value === null) lines.push(trendMessages(locale).changeOnlyTip);
  const marks = markWords({ bound: b.obs.bound, revised: !!b.obs.revised, obs: b.obs }, locale);
  if (marks.length) lines.push(marks.join(sep(locale)));
  lines.push(`${c.source}${c.colon}${sourceLabel(b.obs.source, locale)}`);
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
      const item = pointItem(data, line, p, locale);
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
        const c = msg(locale);
        out.push({
          key: `target:${tg.id ?? i}`,
          seriesIndex: layout.targets,
          dataIndex: i,
          label: text(tg.label, locale),
          lines: [
            text(tg.label, locale),
            `${formatValue(tg.value, tg.unit, tg.bound, locale)}${tg.year !== null ? trendMessages(locale).targetBy(tg.year) : ''}`,
            ...(tg.note ? [text(tg.note, locale)] : []),
            `${c.source}${c.colon}${sourceLabel(tg.source, locale)}`,
          ],
          detail: { kind: 'target', id: tg.id, label: text(tg.label, locale), value: tg.value, unit: tg.unit, year: tg.year },
        });
      });
  }
  return out;
}

