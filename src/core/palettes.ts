/**
 * The themes' colours, one table: the CSS tokens of every element are made from it
 * (tokens.styles.ts), and so is the palette of a static render in Node, where there is no CSS to
 * read (the `civic-charts render` command). A page's `--civic-*` properties still override the
 * tokens in the browser.
 */
import type { Palette } from './theme.js';

export type StaticTheme = 'light' | 'dark' | 'high-contrast';

/** The colours of a theme: the palette's colours (theme.ts), with exactly six series. */
export interface ThemeColors extends Omit<Palette, 'series' | 'fontFamily' | 'fontSize' | 'highContrast'> {
  series: [string, string, string, string, string, string];
}

export const THEME_COLORS: Record<StaticTheme, ThemeColors> = {
  light: {
    text: '#1f2933',
    muted: '#52606d',
    surface: '#ffffff',
    border: '#cbd2d9',
    accent: '#0b6bcb',
    positive: '#1a7f37',
    negative: '#c62828',
    track: '#e4e7eb',
    series: ['#0b6bcb', '#d27e2a', '#2f8f5b', '#8e44ad', '#c0392b', '#5d6d7e'],
  },
  dark: {
    text: '#e4e7eb',
    muted: '#a9b4bf',
    surface: '#16202b',
    border: '#3e4c59',
    accent: '#5aa9ff',
    positive: '#4cc27a',
    negative: '#ff7b72',
    track: '#2b3a49',
    series: ['#5aa9ff', '#f0a35e', '#5fcf8f', '#c38fe0', '#ff8a80', '#a7b4c2'],
  },
  // Black on white, one strong accent; meaning also by pattern and text.
  'high-contrast': {
    text: '#000000',
    muted: '#000000',
    surface: '#ffffff',
    border: '#000000',
    accent: '#0000d6',
    positive: '#005a00',
    negative: '#a00000',
    track: '#ffffff',
    series: ['#0000d6', '#a00000', '#005a00', '#6a00a0', '#000000', '#7a4a00'],
  },
};

/** The font stack of the tokens (and of static renders). */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** The palette of a theme with no page CSS (a static render). */
export function staticPalette(theme: StaticTheme): Palette {
  const c = THEME_COLORS[theme];
  return { ...c, series: [...c.series], fontFamily: FONT_FAMILY, fontSize: 14, highContrast: theme === 'high-contrast' };
}
