/**
 * The trend's value axes and the room their labels take. Pure: ticks are chosen here, given to
 * ECharts as each axis's `min`, `max` and `interval`, so the labels it will draw are known and the
 * grid's margins are measured from them, not estimated by ECharts.
 *
 * Why: with `grid.outerBoundsMode`, ECharts builds every axis twice per layout, once to estimate
 * its labels' size and once for real; that estimate was a quarter of a trend's layout, the longest
 * step of chart work while a reader scrolls a page of charts (issue 10).
 */
import { format } from 'echarts/core';

/** A value axis: from `min` to `max`, a tick every `interval` (`min` and `max` are ticks). */
export interface Ticks {
  min: number;
  max: number;
  interval: number;
}

const round = (x: number, p: number) => +x.toFixed(Math.min(20, p));

/** Decimal places of a nice interval (0.25 → 2, 300 → 0), for ticks without float noise (0.30000000000000004). */
function places(x: number): number {
  for (let p = 0; p < 20; p++) if (Math.abs(round(x, p) - x) <= Math.abs(x) * 1e-9) return p;
  return 20;
}

/** ECharts' nice number: 1, 2, 3 or 5 times a power of ten, the nearest to `x` (util/number.ts `nice`, rounded). */
export function nice(x: number): number {
  const exp = Math.floor(Math.log10(x));
  const f = x / 10 ** exp;
  const nf = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
  return round(nf * 10 ** exp, Math.max(0, -exp));
}

/** The next nice interval up: 1 → 2 → 3 → 5 → 10. */
function larger(interval: number): number {
  const exp = Math.floor(Math.log10(interval) + 1e-9);
  const f = Math.round(interval / 10 ** exp);
  const nf = f < 2 ? 2 : f < 3 ? 3 : f < 5 ? 5 : 10;
  return round(nf * 10 ** exp, Math.max(0, -exp));
}

/**
 * The range an axis shows, from the lowest and highest of its values (Infinity and -Infinity for
 * none): zero included (an axis of levels or changes starts at zero, ECharts' default `scale:
 * false`), `headroom` of the values' span added above the highest (so that a line of equal values
 * is not drawn on the frame).
 */
export function axisRange(lo: number, hi: number, headroom: number): [number, number] {
  if (!(lo <= hi)) return [0, 1];
  // Equal values: the headroom is a share of the value itself (as ECharts' boundaryGap).
  const span = hi - lo || Math.abs(lo);
  return [Math.min(lo, 0), Math.max(hi + span * headroom, 0)];
}

/** A range of one value opened to one unit, or to twice the value (ticks need a span). */
function open([lo, hi]: [number, number]): [number, number] {
  return hi > lo ? [lo, hi] : [lo, lo + (lo === 0 ? 1 : Math.abs(lo))];
}

/** At most this many intervals on an axis: more means a range floating point cannot split. */
const MAX_INTERVALS = 40;

/**
 * The ticks if they can be written: finite, a positive interval, at most MAX_INTERVALS of them.
 * Magnitudes near the largest double (which the validator accepts) overflow; undefined then.
 */
function usable(t: Ticks): Ticks | undefined {
  const n = (t.max - t.min) / t.interval;
  return Number.isFinite(t.min) && Number.isFinite(t.max) && t.interval > 0 && Number.isFinite(n) && n <= MAX_INTERVALS ? t : undefined;
}

/** Ticks covering [lo, hi] in about `split` nice intervals (ECharts' own choice for a value axis); undefined when they cannot be written. */
export function niceTicks([lo, hi]: [number, number], split = 5): Ticks | undefined {
  [lo, hi] = open([lo, hi]);
  const interval = nice((hi - lo) / split);
  const p = places(interval);
  return usable({ min: round(Math.floor(lo / interval) * interval, p), max: round(Math.ceil(hi / interval) * interval, p), interval });
}

/**
 * Ticks covering [lo, hi] in as many intervals as `base` has, so that the two axes share their
 * grid lines (ECharts' `alignTicks`, chosen here so that the labels are known); undefined when
 * they cannot be written.
 */
export function alignedTicks([lo, hi]: [number, number], base: Ticks): Ticks | undefined {
  const count = Math.max(1, Math.round((base.max - base.min) / base.interval));
  [lo, hi] = open([lo, hi]);
  let interval = nice((hi - lo) / count);
  for (let i = 0; i < MAX_INTERVALS && Number.isFinite(interval); i++) {
    const p = places(interval);
    const min = round(Math.floor(lo / interval) * interval, p);
    if (min + count * interval >= hi - interval * 1e-9) return usable({ min, max: round(min + count * interval, p), interval });
    interval = larger(interval);
  }
  return undefined;
}

/** The values of the ticks, lowest first. */
export function tickValues(t: Ticks): number[] {
  const p = places(t.interval);
  const out: number[] = [];
  const n = Math.round((t.max - t.min) / t.interval);
  for (let i = 0; i <= n; i++) out.push(round(t.min + i * t.interval, p));
  return out;
}

/** Measured widths by font and text: a page of trends labels its axes with the same few numbers. */
const measured = new Map<string, number>();

/** Width in px of a label as ECharts measures it (`font` as ECharts writes it: "11px sans-serif"). */
export function textWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  let w = measured.get(key);
  if (w === undefined) {
    // ECharts' own measure (canvas in a browser, its estimate in server-side rendering).
    w = format.getTextRect(text, font).width;
    if (measured.size >= 2000) measured.clear();
    measured.set(key, w);
  }
  return w;
}

const lineHeights = new Map<string, number>();

/** Height in px of one line of text in `font`, as ECharts lays out a label. */
export function lineHeight(font: string): number {
  let h = lineHeights.get(font);
  if (h === undefined) {
    h = format.getTextRect('0', font).height;
    lineHeights.set(font, h);
  }
  return h;
}

/** The widest of `labels` in `font`. */
export function widest(labels: Iterable<string>, font: string): number {
  let w = 0;
  for (const l of labels) w = Math.max(w, textWidth(l, font));
  return Math.ceil(w);
}
