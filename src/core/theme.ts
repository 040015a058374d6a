/**
 * Theming. Portals restyle with `--civic-*` custom properties; the element's styles copy them into
 * private `--_*` variables with per-theme defaults (see `tokens.styles.ts`). ECharts draws on a
 * canvas and cannot read CSS, so `readPalette()` reads the resolved variables from the host and
 * hands them to the options builders and to `chart.setTheme()`.
 */
import { normalizeColor } from './color.js';

export type ThemeName = 'light' | 'dark' | 'auto' | 'high-contrast';
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto', 'high-contrast'];

export interface Palette {
  text: string;
  muted: string;
  surface: string;
  border: string;
  accent: string;
  positive: string;
  negative: string;
  /** Track colour behind values (gauge bands, empty bars). */
  track: string;
  series: string[];
  fontFamily: string;
  fontSize: number;
  /** High contrast or forced colours: patterns and markers must carry meaning, not colour alone. */
  highContrast: boolean;
}

const SERIES_COUNT = 6;

/** Reads the resolved palette from an element's computed style. */
export function readPalette(host: Element): Palette {
  const cs = getComputedStyle(host);
  const raw = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const v = (name: string, fallback: string) => normalizeColor(raw(name, fallback), host);
  const series: string[] = [];
  for (let i = 1; i <= SERIES_COUNT; i++) series.push(v(`--_series-${i}`, '#0b6bcb'));
  const forced = matchMedia('(forced-colors: active)').matches;
  return {
    text: v('--_text', '#1f2933'),
    muted: v('--_muted', '#52606d'),
    surface: v('--_surface', '#ffffff'),
    border: v('--_border', '#cbd2d9'),
    accent: v('--_accent', '#0b6bcb'),
    positive: v('--_positive', '#1a7f37'),
    negative: v('--_negative', '#c62828'),
    track: v('--_track', '#e4e7eb'),
    series,
    fontFamily: raw('--_font-family', 'sans-serif'),
    fontSize: parseFloat(cs.fontSize) || 14,
    highContrast: forced || host.getAttribute('theme') === 'high-contrast',
  };
}

/** An ECharts theme object from a palette: the defaults every option builder relies on. */
export function echartsTheme(p: Palette): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: p.border } },
    axisTick: { lineStyle: { color: p.border } },
    axisLabel: { color: p.muted },
    splitLine: { lineStyle: { color: p.border, opacity: 0.6 } },
  };
  return {
    color: p.series,
    backgroundColor: 'transparent',
    textStyle: { color: p.text, fontFamily: p.fontFamily, fontSize: p.fontSize },
    title: { textStyle: { color: p.text }, subtextStyle: { color: p.muted } },
    legend: { textStyle: { color: p.text } },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    gauge: { title: { color: p.text }, detail: { color: p.text } },
  };
}

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Media queries whose change restyles a live chart (theme="auto", forced colours, motion). */
export const WATCHED_MEDIA = [
  '(prefers-color-scheme: dark)',
  '(forced-colors: active)',
  '(prefers-reduced-motion: reduce)',
  '(prefers-contrast: more)',
];
