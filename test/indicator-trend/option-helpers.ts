/** Reading what the chart draws: the option ECharts holds, by series id. */
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';

export type Pair = [number, number | '-'];
export interface PointDatum {
  value: [number, number];
  symbol: string;
  itemStyle: { color: string; borderColor: string };
}
export interface SeriesOption {
  id: string;
  type: string;
  name: string;
  data: unknown[];
  showSymbol?: boolean;
  silent?: boolean;
  sampling?: string;
  lineStyle?: { type?: unknown; color?: string };
}

export function option(el: CivicIndicatorTrend) {
  return el.chart!.getOption() as {
    series: SeriesOption[];
    animation: boolean;
    xAxis: { type: string; min: number; max: number }[];
    yAxis: { show: boolean; name: string }[];
  };
}

export function series(el: CivicIndicatorTrend, id: string): SeriesOption | undefined {
  return option(el).series.find((s) => s.id === id);
}

export function pointsOf(el: CivicIndicatorTrend): PointDatum[][] {
  return option(el)
    .series.filter((s) => s.id.startsWith('points:'))
    .map((s) => s.data as PointDatum[]);
}

/** A segment series' data (flat [x, y, …] in a Float64Array) as pairs, a break (NaN) as '-'. */
export function pairs(s: Pick<SeriesOption, 'data'>): Pair[] {
  const flat = s.data as unknown as Float64Array;
  if (!(flat instanceof Float64Array)) throw new Error('segment data is not a Float64Array');
  const out: Pair[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i], Number.isNaN(flat[i + 1]) ? '-' : flat[i + 1]]);
  return out;
}

/** Drawn segments (pairs of joined points) of all solid or dashed series. */
export function drawnSegments(el: CivicIndicatorTrend, kind: 'solid' | 'dashed'): [number, number][][] {
  const out: [number, number][][] = [];
  for (const s of option(el).series.filter((x) => x.id.startsWith(`${kind}:`))) {
    const d = pairs(s);
    for (let i = 1; i < d.length; i++) {
      if (d[i - 1][1] !== '-' && d[i][1] !== '-') out.push([d[i - 1] as [number, number], d[i] as [number, number]]);
    }
  }
  return out;
}

/** The extent of the level axis as ECharts computed it. */
export function levelExtent(el: CivicIndicatorTrend): [number, number] {
  const model = (el.chart as unknown as { getModel(): { getComponent(t: string, i: number): { axis: { scale: { getExtent(): [number, number] } } } } }).getModel();
  return model.getComponent('yAxis', 0).axis.scale.getExtent();
}

export const year = (y: number) => new Date(Date.UTC(y, 0, 1)).getTime();
export const yearOf = (x: number) => new Date(x).getUTCFullYear();
