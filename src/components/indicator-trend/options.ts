/**
 * The trend's view (its model under the legend) → the ECharts option. Pure: (view, ctx) in, option out.
 *
 * Series layout (stable, the keyboard items refer to it):
 *   0 … n−1        one `points` series per line: every plotted level point, with its marker
 *                  (the items of the keyboard and the pointer); no line of its own;
 *   n … 3n−1       per line a `solid` and a `dashed` series: the segments between consecutive
 *                  periods, dashed where an end is an estimate, a lower bound or derived;
 *   3n …           one `bar` series per series with changes (year-on-year or a change series),
 *                  on the change axis (right);
 *   last           `target:i`, one line series per reference line (its label at one end), and
 *                  `zero`, the zero line when levels go below zero.
 * Markers: ● exact, ◆ approximate, ○ estimate (hollow), ▲ lower bound, ■ revised, ◇ derived (hollow).
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { use } from '../../core/echarts.js';
import type { RenderContext } from '../../core/builders.js';
import { mix } from '../../core/color.js';
import { formatNumber } from '../../core/format.js';
import { text } from '../../core/locale.js';
import type { Locale } from '../../core/locale.js';
import { type Ticks, alignedTicks, axisRange, lineHeight, niceTicks, tickValues, widest } from './axes.js';
import { axisNumber, levelAxisScale, signed } from './format.js';
import { trendMessages } from './messages.js';
import { type TrendLine, type TrendModel, type TrendPoint, consecutive, uncertain } from './model.js';

// What the option draws is registered where the option is built (for the elements and the static renderer alike).
// GridSimpleComponent: the grid without ECharts' axis pointer (the element draws its own tooltip and focus), 5 kB less.
use([LineChart, BarChart, GridSimpleComponent]);

/** Lines with more points than this draw no symbols (a marker per point would be noise and slow). */
export const SYMBOL_LIMIT = 400;

export interface MarkerStyle {
  symbol: string;
  hollow: boolean;
}

const MARKERS = {
  derived: { symbol: 'diamond', hollow: true },
  lowerBound: { symbol: 'triangle', hollow: false },
  revisedEstimate: { symbol: 'rect', hollow: true },
  estimate: { symbol: 'circle', hollow: true },
  revised: { symbol: 'rect', hollow: false },
  approx: { symbol: 'diamond', hollow: false },
  exact: { symbol: 'circle', hollow: false },
} as const satisfies Record<string, MarkerStyle>;

/** The marker of a point: its shape and fill say how exact it is (shared, read-only). */
export function markerOf(p: Pick<TrendPoint, 'bound' | 'revised' | 'derived'>): Readonly<MarkerStyle> {
  if (p.derived) return MARKERS.derived;
  if (p.bound === 'lowerBound') return MARKERS.lowerBound;
  if (p.bound === 'estimate') return p.revised ? MARKERS.revisedEstimate : MARKERS.estimate;
  if (p.revised) return MARKERS.revised;
  if (p.bound === 'approx') return MARKERS.approx;
  return MARKERS.exact;
}

/** What the key under the chart explains: the markers and line styles these points draw. */
export interface MarkerKinds {
  exact: boolean;
  approx: boolean;
  estimate: boolean;
  lowerBound: boolean;
  revised: boolean;
  derived: boolean;
  dashed: boolean;
}

/** The markers and line styles among `points`, in one pass (a long series has 10,000). */
export function markerKinds(points: readonly TrendPoint[]): MarkerKinds {
  const k: MarkerKinds = { exact: false, approx: false, estimate: false, lowerBound: false, revised: false, derived: false, dashed: false };
  for (const p of points) {
    if (p.bound === 'exact' && !p.revised && !p.derived) k.exact = true;
    if (markerOf(p) === MARKERS.approx) k.approx = true;
    if (p.bound === 'estimate') k.estimate = true;
    if (p.bound === 'lowerBound') k.lowerBound = true;
    if (p.revised) k.revised = true;
    if (p.derived) k.derived = true;
  }
  k.dashed = k.estimate || k.lowerBound || k.derived;
  return k;
}

/** Series colour of an input series; revised lines are darker (mixed toward the text colour). */
export function lineColor(line: Pick<TrendLine, 'seriesIndex' | 'vintage'>, ctx: Pick<RenderContext, 'palette'>): string {
  const base = ctx.palette.series[line.seriesIndex % ctx.palette.series.length];
  return line.vintage === 'revised' ? mix(base, ctx.palette.text, 0.45) : base;
}

/**
 * Segment data of one line: consecutive pairs of the wanted kind, broken elsewhere by a point
 * with no value (NaN, between the two). Flat [x0, y0, x1, y1, …] in a Float64Array: ECharts
 * copies a typed array whole, where an array of 10,000 pairs is deep-cloned, style-checked and
 * read pair by pair (a 10,000-point trend's setOption, 30% less in a profile).
 */
export function segments(line: TrendLine, dashed: boolean): Float64Array {
  const pts = line.points;
  // At most every point and a break between each two: sliced to what was written.
  const out = new Float64Array(Math.max(0, 4 * pts.length - 2));
  let n = 0;
  let last: TrendPoint | undefined;
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i];
    const b = pts[i + 1];
    if (!consecutive(a, b)) continue;
    if ((uncertain(a) || uncertain(b)) !== dashed) continue;
    if (last !== a) {
      if (n) {
        out[n] = Math.round((out[n - 2] + a.place.x) / 2);
        out[n + 1] = NaN;
        n += 2;
      }
      out[n++] = a.place.x;
      out[n++] = a.value;
    }
    out[n++] = b.place.x;
    out[n++] = b.value;
    last = b;
  }
  return out.slice(0, n);
}

/**
 * A year at 1 January, else a month. Over a short range (quarterly data, a year or two) month
 * ticks carry their year, since "3月" alone cannot tell 2018 from 2019.
 */
function timeLabel(value: number, locale: Locale, withYear: boolean): string {
  const d = new Date(value);
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  const day = d.getUTCDate();
  if (m === 0 && day === 1) return String(y);
  const t = trendMessages(locale);
  // Days and weeks put ticks inside months: the day is written then.
  if (day !== 1) return t.dayTick(m, day);
  return withYear ? t.monthYearTick(m, y) : t.monthTick(m);
}

const THREE_YEARS = 3 * 365.25 * 24 * 3600 * 1000;
/** Headroom above a level axis's highest value, a share of its values' span. */
const HEADROOM = 0.08;
/** Between a label and its axis (ECharts' default `axisLabel.margin`). */
const LABEL_MARGIN = 8;
/** Between the outermost labels and the chart's edge. */
const EDGE = 6;

export function indicatorTrendOption(m: TrendModel, ctx: RenderContext): Record<string, unknown> {
  const { data } = m;
  const { palette: p, locale } = ctx;
  const t = trendMessages(locale);
  const narrow = ctx.width > 0 && ctx.width < 400;
  const total = m.points.length;
  const big = total > SYMBOL_LIMIT;
  const symbolSize = narrow ? 7 : 9;

  // The level axes: the first unit on the left, a second quantity on the right (its own scale).
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  for (const q of m.points) {
    const axis = m.lines[q.lineIndex].axis;
    if (q.value < lo[axis]) lo[axis] = q.value;
    if (q.value > hi[axis]) hi[axis] = q.value;
  }
  /** A level below zero on the first axis (read before the targets join its range): the zero line is drawn. */
  const levelsBelowZero = lo[0] < 0;
  const drawnTargets = m.points.length ? m.targets.filter((x) => x.value !== undefined) : [];
  for (const x of drawnTargets) {
    lo[0] = Math.min(lo[0], x.value as number);
    hi[0] = Math.max(hi[0], x.value as number);
  }
  const maxAbs = (axis: 0 | 1) => (lo[axis] <= hi[axis] ? Math.max(Math.abs(lo[axis]), Math.abs(hi[axis])) : 0);
  const scale = levelAxisScale(m.levelUnits[0], maxAbs(0), locale);
  const second = m.levelUnits[1];
  const scale2 = second ? levelAxisScale(second, maxAbs(1), locale) : undefined;
  /** yAxis indices: 0 the first level axis, 1 the change axis, 2 a second level axis. */
  const levelAxisIndex = (line: TrendLine) => (line.axis === 1 ? 2 : 0);

  const pointsSeries = m.lines.map((line) => {
    const color = lineColor(line, ctx);
    const manyPoints = line.points.length > SYMBOL_LIMIT;
    return {
      id: `points:${line.index}`,
      name: text(data.series[line.seriesIndex].name, locale),
      type: 'line',
      z: 4,
      yAxisIndex: levelAxisIndex(line),
      showSymbol: !manyPoints,
      showAllSymbol: true,
      symbolSize,
      lineStyle: { opacity: 0, width: 0 },
      connectNulls: false,
      animation: !ctx.reducedMotion && !big,
      emphasis: { scale: 1.6, focus: 'none', lineStyle: { opacity: 0, width: 0 } },
      itemStyle: { color },
      // A long line draws no markers: its points series holds only the keyboard's point, put
      // there by the element when it is highlighted (10,000 invisible points would cost ECharts
      // more than the rest of the chart), and takes no pointer events.
      silent: manyPoints,
      data: (manyPoints ? [] : line.points).map((q) => {
        const mk = markerOf(q);
        return {
          value: [q.place.x, q.value],
          symbol: mk.symbol,
          symbolSize: mk.symbol === 'triangle' ? symbolSize + 2 : symbolSize,
          itemStyle: mk.hollow
            ? { color: p.surface, borderColor: color, borderWidth: 2 }
            : { color, borderColor: p.surface, borderWidth: 1 },
        };
      }),
    };
  });

  const segmentSeries = m.lines.flatMap((line) => {
    const color = lineColor(line, ctx);
    const width = line.vintage === 'revised' ? 1.5 : 2;
    const common = {
      type: 'line',
      z: 3,
      yAxisIndex: levelAxisIndex(line),
      silent: true,
      showSymbol: false,
      connectNulls: false,
      sampling: 'lttb',
      // A typed array's columns (segments()): time, level.
      dimensions: ['x', 'y'],
      animation: !ctx.reducedMotion && !big,
      emphasis: { disabled: true },
    };
    return [
      { ...common, id: `solid:${line.index}`, lineStyle: { color, width, type: 'solid' }, data: segments(line, false) },
      { ...common, id: `dashed:${line.index}`, lineStyle: { color, width, type: [5, 4] }, data: segments(line, true) },
    ];
  });

  const barSeriesIndex = new Map<number, number>();
  const barSeries: Record<string, unknown>[] = [];
  const showBarLabels = !narrow && m.bars.length <= 12;
  for (const b of m.bars) {
    if (barSeriesIndex.has(b.seriesIndex)) continue;
    barSeriesIndex.set(b.seriesIndex, barSeries.length);
    const base = p.series[b.seriesIndex % p.series.length];
    const fill = p.highContrast ? p.surface : mix(p.surface, base, 0.4);
    barSeries.push({
      id: `change:${b.seriesIndex}`,
      name: t.changeSeries(text(data.series[b.seriesIndex].name, locale)),
      type: 'bar',
      z: 2,
      yAxisIndex: 1,
      barMaxWidth: narrow ? 10 : 16,
      barMinHeight: 2,
      animation: !ctx.reducedMotion && !big,
      itemStyle: {
        color: fill,
        borderColor: p.highContrast ? p.text : mix(p.surface, base, 0.8),
        borderWidth: 1,
        ...(p.highContrast
          ? { decal: { symbol: 'rect', symbolSize: 1, color: p.text, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4 } }
          : {}),
      },
      emphasis: { itemStyle: { color: mix(p.surface, base, 0.7) } },
      label: {
        show: showBarLabels,
        position: 'top',
        color: p.muted,
        fontSize: 10,
        formatter: (x: { value: [number, number] }) => signed(x.value[1], m.changeUnit ?? '%', locale),
      },
      data: [] as { value: [number, number] }[],
    });
  }
  for (const b of m.bars) {
    (barSeries[barSeriesIndex.get(b.seriesIndex)!].data as { value: [number, number]; unit: string }[]).push({
      value: [b.place.x, b.value],
      unit: b.unit,
    });
  }

  // Reference lines are plain line series across the time axis (ECharts' markLine would add 6 kB
  // gzip to every bundle): one per target, its label at the end (even) or the start (odd), and
  // the zero line when levels go below zero. Their values keep the level axis around them.
  const span = Number.isFinite(m.xMin) && Number.isFinite(m.xMax) ? [m.xMin, m.xMax] : undefined;
  const refLine = (id: string, value: number, lineStyle: object, label?: { text: string; atStart: boolean }) => ({
    id,
    name: label?.text ?? '',
    type: 'line',
    z: 1,
    silent: true,
    animation: false,
    symbol: 'circle',
    symbolSize: 0,
    showSymbol: !!label,
    lineStyle,
    data: span
      ? span.map((x, end) => ({
          value: [x, value],
          label: label && {
            show: label.atStart === (end === 0),
            position: 'top',
            align: label.atStart ? 'left' : 'right',
            color: p.highContrast ? p.text : p.negative,
            fontSize: narrow ? 10 : 11,
            width: Math.max(80, (ctx.width || 400) * 0.55),
            overflow: 'truncate',
            // A function, not a string: ECharts would read "{b}" in a label as a template.
            formatter: () => label.text,
          },
        }))
      : [],
  });
  const targetsSeries = [
    ...drawnTargets.map((line, i) =>
      refLine(
        `target:${i}`,
        line.value as number,
        { color: p.highContrast ? p.text : p.negative, width: 1.5, type: i % 2 ? 'dotted' : 'dashed' },
        { text: text(line.target.label, locale), atStart: i % 2 === 1 },
      ),
    ),
    // Levels below zero: the zero line is drawn (the x axis stays at the bottom, readable).
    ...(levelsBelowZero
      ? [refLine('zero', 0, { color: p.text, width: 1, type: 'solid', opacity: 0.7 })]
      : []),
  ];

  const hasLevels = m.points.length > 0;
  const hasBars = m.bars.length > 0;
  const hasSecond = !!(second && scale2 && m.lines.some((l) => l.axis === 1));
  const changeName = m.changeUnit === 'pp' ? t.changeAxisPp : m.bars.every((b) => b.kind === 'yoy') ? t.changeAxisYoy : t.changeAxis;

  const labelSize = narrow ? 10 : 11;
  const withYear = m.xMax - m.xMin < THREE_YEARS;
  const axisLabel = (formatter: (v: number) => string) => ({ color: p.muted, fontSize: labelSize, margin: LABEL_MARGIN, formatter });
  const axisName = (align: 'left' | 'right') => ({ color: p.muted, align, fontSize: 11 });
  const levelLabel = (v: number) => axisNumber(v / scale.divisor, locale);
  const changeLabel = (v: number) => formatNumber(v, locale, Math.abs(v) < 1 ? 2 : 1);
  const level2Label = (v: number) => axisNumber(v / (scale2?.divisor ?? 1), locale);

  // The value axes' ticks (axes.ts): the level axis's own, the change axis and a second level
  // axis aligned to it (the same grid lines). Their labels are known, so the grid's margins are.
  const level = niceTicks(axisRange(lo[0], hi[0], HEADROOM));
  let barLo = Infinity;
  let barHi = -Infinity;
  for (const b of m.bars) {
    if (b.value < barLo) barLo = b.value;
    if (b.value > barHi) barHi = b.value;
  }
  const aligned = (range: [number, number]) => (hasLevels ? level && alignedTicks(range, level) : niceTicks(range));
  const change = hasBars ? aligned(axisRange(barLo, barHi, 0)) : undefined;
  const level2 = hasSecond ? aligned(axisRange(lo[1], hi[1], HEADROOM)) : undefined;
  // Magnitudes floating point cannot split into ticks: ECharts chooses them and lays the grid out
  // around their labels itself (its outer bounds), as it would for any chart.
  const own = (!hasLevels || level) && (!hasBars || change) && (!hasSecond || level2);

  const font = `${labelSize}px ${p.fontFamily}`;
  const levelWidth = hasLevels && level ? widest(tickValues(level).map(levelLabel), font) : 0;
  const changeWidth = change ? widest(tickValues(change).map(changeLabel), font) : 0;
  const level2Width = level2 ? widest(tickValues(level2).map(level2Label), font) : 0;
  // The second level axis stands beyond the change axis's labels.
  const level2Offset = hasBars ? (own ? changeWidth + LABEL_MARGIN + 10 : 48) : 0;
  // A time label is centred on its tick, and the first or last tick can be at the grid's edge.
  const timeHalf = Math.ceil(widest(timeLabelsLike(m, locale, withYear), font) / 2) + 2;
  const grid = own
    ? {
        left: Math.max(EDGE + (hasLevels ? levelWidth + LABEL_MARGIN : 0), timeHalf),
        right: Math.max(hasSecond ? EDGE + level2Offset + level2Width + LABEL_MARGIN : hasBars ? EDGE + changeWidth + LABEL_MARGIN : 14, timeHalf),
        top: 30,
        bottom: 4 + LABEL_MARGIN + Math.ceil(lineHeight(font)),
        // Margins measured above: no estimate pass of ECharts' (outer bounds) in every layout.
        outerBoundsMode: 'none',
      }
    : { left: EDGE, right: hasBars || second ? EDGE : 14, top: 30, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' };
  /** An axis's range and ticks: ours, else ECharts' (headroom on a level axis, aligned to the first). */
  const ticks = (t: Ticks | undefined, fallback: object) => (own && t ? t : fallback);

  return {
    animation: !ctx.reducedMotion && !big,
    aria: { enabled: false },
    useUTC: true,
    grid,
    xAxis: {
      type: 'time',
      min: Number.isFinite(m.xMin) ? m.xMin : undefined,
      max: Number.isFinite(m.xMax) ? m.xMax : undefined,
      axisLabel: { ...axisLabel((v: number) => timeLabel(v, locale, withYear)), hideOverlap: true },
      splitNumber: narrow ? 3 : 6,
      splitLine: { show: true, lineStyle: { color: p.border, opacity: 0.5 } },
      axisLine: { onZero: false, lineStyle: { color: p.border } },
    },
    yAxis: [
      {
        type: 'value',
        show: hasLevels,
        position: 'left',
        ...ticks(level, { boundaryGap: [0, `${HEADROOM * 100}%`] }),
        name: hasLevels ? scale.name : '',
        nameTextStyle: axisName('left'),
        axisLabel: axisLabel(levelLabel),
        splitLine: { lineStyle: { color: p.border, opacity: 0.6 } },
      },
      {
        type: 'value',
        show: hasBars,
        position: 'right',
        ...ticks(change, { alignTicks: hasLevels && hasBars }),
        name: hasBars ? changeName : '',
        nameTextStyle: axisName('right'),
        axisLabel: axisLabel(changeLabel),
        splitLine: { show: !hasLevels, lineStyle: { color: p.border, opacity: 0.6 } },
      },
      // A second quantity's axis, on the right (beyond the change axis when both are there).
      ...(second && scale2
        ? [
            {
              type: 'value',
              show: hasSecond,
              position: 'right',
              offset: level2Offset,
              ...ticks(level2, { alignTicks: hasLevels, boundaryGap: [0, `${HEADROOM * 100}%`] }),
              name: scale2.name,
              nameTextStyle: axisName('right'),
              axisLabel: axisLabel(level2Label),
              splitLine: { show: false },
            },
          ]
        : []),
    ],
    series: [...pointsSeries, ...segmentSeries, ...barSeries, ...targetsSeries],
  };
}

/**
 * Labels as wide as the time axis's can be: the year, and every month's label as the axis writes
 * it (with its year over a short range; a day's over a year or less).
 */
function timeLabelsLike(m: TrendModel, locale: Locale, withYear: boolean): string[] {
  if (!Number.isFinite(m.xMin) || !Number.isFinite(m.xMax)) return [];
  const t = trendMessages(locale);
  const year = new Date(m.xMax).getUTCFullYear();
  const out = [String(year)];
  const days = m.xMax - m.xMin <= 400 * 24 * 3600 * 1000;
  for (let month = 0; month < 12; month++) {
    out.push(withYear ? t.monthYearTick(month, year) : t.monthTick(month));
    if (days) out.push(t.dayTick(month, 28));
  }
  return out;
}

/** Series indices of the layout above, for the items. */
export function seriesLayout(m: TrendModel): { bars: Map<number, number>; targets: number } {
  const n = m.lines.length;
  const bars = new Map<number, number>();
  for (const b of m.bars) if (!bars.has(b.seriesIndex)) bars.set(b.seriesIndex, 3 * n + bars.size);
  return { bars, targets: 3 * n + bars.size };
}
