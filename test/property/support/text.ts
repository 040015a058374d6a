/**
 * What a reader must never see: the checks run over every text builder's output, every string of
 * an ECharts option (formatters called with representative values) and a rendered figure.
 */
import { render, type TemplateResult } from 'lit';
import type { ChartItem, TableModel } from '../../../src/core/a11y.js';
import type { ElementBuilders, RenderContext, TextContext } from '../../../src/core/builders.js';
import type { Locale } from '../../../src/core/locale.js';
import { sourceLine } from '../../../src/core/sources.js';
import type { Palette } from '../../../src/core/theme.js';

/**
 * JavaScript leaking into text. `∞` is how Intl.NumberFormat writes Infinity; 'null' is flagged
 * anywhere since generated data text never contains it (see arbitraries/common.ts).
 */
export const FORBIDDEN = ['NaN', 'undefined', 'Infinity', '[object Object]', 'null', '∞'];

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A fixed palette (a theme's resolved colours); `highContrast` varies with the case. */
export function palette(highContrast = false): Palette {
  return {
    text: '#1f2933',
    muted: '#52606d',
    surface: '#ffffff',
    border: '#cbd2d9',
    accent: '#0b6bcb',
    positive: '#1a7f37',
    negative: '#c62828',
    track: '#e4e7eb',
    series: ['#0b6bcb', '#c62828', '#1a7f37', '#8e44ad', '#d35400', '#16a085'],
    fontFamily: 'sans-serif',
    fontSize: 14,
    highContrast,
  };
}

/** Findings of one case, each naming where the bad text is. */
export class Findings {
  readonly list: string[] = [];

  text(where: string, v: unknown): void {
    if (typeof v !== 'string') {
      this.list.push(`${where}: not a string (${typeof v})`);
      return;
    }
    for (const token of FORBIDDEN) {
      if (v.includes(token)) this.list.push(`${where}: "${token}" in ${JSON.stringify(v.length > 300 ? `${v.slice(0, 300)}…` : v)}`);
    }
  }

  /** Text a reader needs (title, summary, caption): also must not be blank. */
  nonEmpty(where: string, v: unknown): void {
    this.text(where, v);
    if (typeof v === 'string' && v.trim() === '') this.list.push(`${where}: empty`);
  }

  number(where: string, v: number): void {
    if (!Number.isFinite(v)) this.list.push(`${where}: the number ${v}`);
  }

  /** Throws every finding (the property then shrinks the case). */
  assertNone(): void {
    if (this.list.length) {
      const more = this.list.length > 12 ? `\n… and ${this.list.length - 12} more` : '';
      throw new Error(`Reader-facing text or numbers are broken:\n${this.list.slice(0, 12).join('\n')}${more}`);
    }
  }
}

export function checkTable(f: Findings, where: string, t: TableModel): void {
  f.nonEmpty(`${where}.caption`, t.caption);
  t.columns.forEach((c, i) => f.nonEmpty(`${where}.columns[${i}]`, c));
  t.rows.forEach((row, r) => {
    if (row.length !== t.columns.length) f.list.push(`${where}.rows[${r}]: ${row.length} cells for ${t.columns.length} columns`);
    row.forEach((cell, c) => f.text(`${where}.rows[${r}][${c}]`, cell));
  });
  (t.notes ?? []).forEach((n, i) => f.text(`${where}.notes[${i}]`, n));
}

export function checkItems(f: Findings, where: string, items: ChartItem[]): void {
  items.forEach((item, i) => {
    f.nonEmpty(`${where}[${i}].label`, item.label);
    item.lines.forEach((l, j) => f.text(`${where}[${i}].lines[${j}]`, l));
    f.number(`${where}[${i}].seriesIndex`, item.seriesIndex);
    f.number(`${where}[${i}].dataIndex`, item.dataIndex);
  });
}

/** Every text builder of an element, for one model, view and locale. */
export function checkTextBuilders<M, V>(f: Findings, b: ElementBuilders<M, V>, model: M, view: V, ctx: TextContext): void {
  const w = ctx.locale;
  f.nonEmpty(`${w} title`, b.title(model, ctx));
  f.text(`${w} subtitle`, b.subtitle(model, ctx));
  f.nonEmpty(`${w} summary`, b.summary(model, ctx));
  checkTable(f, `${w} table`, b.table(model, ctx));
  b.notes(model, ctx).forEach((n, i) => f.text(`${w} notes[${i}]`, n));
  const line = sourceLine(b.sources(model), ctx.locale);
  line.parts.forEach((p, i) => f.nonEmpty(`${w} sourceLine[${i}]`, p.label));
  checkItems(f, `${w} items`, b.items(view, ctx));
}

// ---- ECharts options --------------------------------------------------------------------------

type Key = string | number;
const show = (path: Key[]) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Numbers a value axis may be asked to label: round ticks of every size and sign, and the data's. */
const TICKS = [0, 1, -1, 0.5, 0.25, 2, 5, 10, 12.5, 20, 50, 100, 250, 1000, 2500, 1e4, 1e5, 1e6, 1e8, 1e9, 1e12, -10, -100, 1e-3];

/**
 * The numbers of the series data: x (first of a pair) and y (the value, or the last of a pair);
 * `yAxis` keeps the series drawn on that value axis only.
 */
function dataNumbers(option: Record<string, unknown>, yAxis?: number): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const series = Array.isArray(option.series) ? option.series : [];
  for (const s of series) {
    if (!isObj(s) || (yAxis !== undefined && (s.yAxisIndex ?? 0) !== yAxis)) continue;
    for (const d of (Array.isArray(s.data) ? s.data : []) as unknown[]) {
      const v = isObj(d) && !Array.isArray(d) ? d.value : d;
      if (Array.isArray(v)) {
        if (finite(v[0])) xs.push(v[0]);
        if (finite(v[v.length - 1])) ys.push(v[v.length - 1]);
      } else if (finite(v)) ys.push(v);
    }
  }
  return { xs: xs.slice(0, 60), ys: ys.slice(0, 60) };
}

/** Tick values of a time axis: year starts, quarter and month starts around the axis range. */
function timeTicks(axis: Record<string, unknown>, data: number[]): number[] {
  const lo = typeof axis.min === 'number' ? axis.min : Math.min(...data);
  const hi = typeof axis.max === 'number' ? axis.max : Math.max(...data);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [Date.UTC(2020, 0, 1), Date.UTC(2020, 6, 1)];
  const y0 = new Date(lo).getUTCFullYear() - 1;
  const y1 = new Date(hi).getUTCFullYear() + 1;
  const out = [lo, hi];
  // At most about 12 years of ticks, evenly spread.
  const step = Math.max(1, Math.ceil((y1 - y0) / 12));
  for (let y = y0; y <= y1; y += step) out.push(Date.UTC(y, 0, 1), Date.UTC(y, 3, 1), Date.UTC(y, 6, 1), Date.UTC(y, 9, 15));
  return out;
}

/**
 * Every string of an ECharts option, every number in it (must be finite: data, extents and
 * layout alike) and the output of every formatter function, called as ECharts would: axis label
 * formatters with tick values, series label and detail formatters with each data item's params.
 */
export function checkOption(f: Findings, where: string, option: Record<string, unknown>): void {
  const fns: { path: Key[]; fn: (...a: unknown[]) => unknown }[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: Key[]): void => {
    if (typeof v === 'string') f.text(`${where} ${show(path)}`, v);
    else if (typeof v === 'number') f.number(`${where} ${show(path)}`, v);
    else if (typeof v === 'function') fns.push({ path, fn: v as (...a: unknown[]) => unknown });
    else if (isObj(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else for (const k of Object.keys(v)) walk(v[k], [...path, k]);
    }
  };
  walk(option, []);

  const data = dataNumbers(option);
  for (const { path, fn } of fns) {
    const p = show(path);
    const seriesIndex = path[0] === 'series' && typeof path[1] === 'number' ? path[1] : undefined;
    const series = seriesIndex !== undefined ? ((option.series as unknown[])[seriesIndex] as Record<string, unknown>) : undefined;
    let calls: unknown[][];
    if (path.includes('axisLabel')) {
      // A value axis labels the values of its own series (and round ticks).
      const own = path[0] === 'yAxis' ? dataNumbers(option, typeof path[1] === 'number' ? path[1] : 0).ys : data.ys;
      let ticks = [...TICKS, ...own];
      if (path[0] === 'xAxis') {
        const axis = (Array.isArray(option.xAxis) ? option.xAxis[path[1] as number] : option.xAxis) as Record<string, unknown>;
        if (axis.type === 'time') ticks = timeTicks(axis, data.xs);
      }
      if (series && typeof series.max === 'number' && typeof series.splitNumber === 'number') {
        const min = typeof series.min === 'number' ? series.min : 0;
        for (let k = 0; k <= series.splitNumber && k <= 40; k++) ticks.push(min + (k * (series.max - min)) / series.splitNumber);
      }
      calls = ticks.map((t, i) => [t, i]);
    } else if (series) {
      const items = (path.includes('markLine') && isObj(series.markLine) ? series.markLine.data : series.data) as unknown[];
      calls = (Array.isArray(items) ? items : []).slice(0, 60).map((d, dataIndex) => [
        {
          componentType: 'series',
          seriesIndex,
          seriesName: series.name,
          dataIndex,
          data: d,
          name: isObj(d) && typeof d.name === 'string' ? d.name : '',
          value: isObj(d) && !Array.isArray(d) ? d.value : d,
        },
      ]);
    } else {
      calls = TICKS.map((t) => [t]);
    }
    calls.forEach((args, i) => {
      let out: unknown;
      try {
        out = fn(...args);
      } catch (e) {
        f.list.push(`${where} ${p}(${JSON.stringify(args[0])}) threw ${String(e)}`);
        return;
      }
      f.text(`${where} ${p}#${i}(${typeof args[0] === 'number' ? args[0] : '…'})`, out);
    });
  }
}

/** The text and every attribute of a rendered template (an element's own figure). */
export function checkTemplate(f: Findings, where: string, tpl: TemplateResult): void {
  const div = document.createElement('div');
  render(tpl, div);
  f.text(`${where} text`, div.textContent ?? '');
  for (const el of div.querySelectorAll('*')) {
    for (const a of el.attributes) f.text(`${where} <${el.localName} ${a.name}>`, a.value);
  }
}

/** Contexts for one case: both locales, a width (0 = unknown, narrow, wide), motion and contrast. */
export interface CaseContext {
  width: number;
  reducedMotion: boolean;
  highContrast: boolean;
}

export function renderContexts(c: CaseContext): RenderContext[] {
  return LOCALES.map((locale) => ({ locale, palette: palette(c.highContrast), reducedMotion: c.reducedMotion, width: c.width }));
}
