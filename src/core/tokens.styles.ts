import { css, unsafeCSS } from 'lit';
import { FONT_FAMILY, THEME_COLORS, type ThemeColors } from './palettes.js';

const NAMES: [keyof Omit<ThemeColors, 'series'>, string][] = [
  ['text', 'text'],
  ['muted', 'text-muted'],
  ['surface', 'surface'],
  ['border', 'border'],
  ['accent', 'accent'],
  ['positive', 'positive'],
  ['negative', 'negative'],
  ['track', 'track'],
];

/** A theme's private `--_*` variables: each public `--civic-*` property, else the theme's colour (palettes.ts). */
function themeTokens(c: ThemeColors, overridable: boolean) {
  const v = (pub: string, value: string) => (overridable ? `var(--civic-color-${pub}, ${value})` : value);
  const lines = [
    ...NAMES.map(([key, pub]) => `--_${key}: ${v(pub, c[key])};`),
    ...c.series.map((value, i) => `--_series-${i + 1}: ${v(`series-${i + 1}`, value)};`),
  ];
  return unsafeCSS(lines.join(''));
}

const dark = themeTokens(THEME_COLORS.dark, true);

/**
 * Design tokens shared by every element. Public `--civic-*` properties (documented on each element
 * with @cssproperty) fall back to per-theme defaults (palettes.ts) and are copied into private
 * `--_*` variables, which the element's own CSS and `readPalette()` use.
 */
export const tokens = css`
  :host {
    ${themeTokens(THEME_COLORS.light, true)}
    --_font-family: var(--civic-font-family, ${unsafeCSS(FONT_FAMILY)});
    --_font-size: var(--civic-font-size, 14px);
    --_chart-height: var(--civic-chart-height, 300px);
    --_radius: var(--civic-radius, 6px);
    --_focus: var(--civic-color-focus, var(--_accent));
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  /* High contrast: fixed black on white (palettes.ts), whatever the page sets; meaning also by pattern. */
  :host([theme='high-contrast']) {
    ${themeTokens(THEME_COLORS['high-contrast'], false)}
    --_focus: #000000;
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_positive: CanvasText;
      --_negative: CanvasText;
      --_track: Canvas;
      --_series-1: Highlight;
      --_series-2: CanvasText;
      --_series-3: LinkText;
      --_series-4: GrayText;
      --_series-5: CanvasText;
      --_series-6: Highlight;
      --_focus: Highlight;
    }
  }
`;
