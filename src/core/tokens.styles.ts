import { css } from 'lit';

/** Dark defaults, shared by theme="dark" and theme="auto" under a dark OS scheme. */
const dark = css`
  --_text: var(--civic-color-text, #e4e7eb);
  --_muted: var(--civic-color-text-muted, #a9b4bf);
  --_surface: var(--civic-color-surface, #16202b);
  --_border: var(--civic-color-border, #3e4c59);
  --_accent: var(--civic-color-accent, #5aa9ff);
  --_positive: var(--civic-color-positive, #4cc27a);
  --_negative: var(--civic-color-negative, #ff7b72);
  --_track: var(--civic-color-track, #2b3a49);
  --_series-1: var(--civic-color-series-1, #5aa9ff);
  --_series-2: var(--civic-color-series-2, #f0a35e);
  --_series-3: var(--civic-color-series-3, #5fcf8f);
  --_series-4: var(--civic-color-series-4, #c38fe0);
  --_series-5: var(--civic-color-series-5, #ff8a80);
  --_series-6: var(--civic-color-series-6, #a7b4c2);
`;

/**
 * Design tokens shared by every element. Public `--civic-*` properties (documented on each element
 * with @cssproperty) fall back to per-theme defaults and are copied into private `--_*` variables,
 * which the element's own CSS and `readPalette()` use.
 */
export const tokens = css`
  :host {
    --_text: var(--civic-color-text, #1f2933);
    --_muted: var(--civic-color-text-muted, #52606d);
    --_surface: var(--civic-color-surface, #ffffff);
    --_border: var(--civic-color-border, #cbd2d9);
    --_accent: var(--civic-color-accent, #0b6bcb);
    --_positive: var(--civic-color-positive, #1a7f37);
    --_negative: var(--civic-color-negative, #c62828);
    --_track: var(--civic-color-track, #e4e7eb);
    --_series-1: var(--civic-color-series-1, #0b6bcb);
    --_series-2: var(--civic-color-series-2, #d9822b);
    --_series-3: var(--civic-color-series-3, #2f8f5b);
    --_series-4: var(--civic-color-series-4, #8e44ad);
    --_series-5: var(--civic-color-series-5, #c0392b);
    --_series-6: var(--civic-color-series-6, #5d6d7e);
    --_font-family: var(
      --civic-font-family,
      system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
      'Noto Sans CJK SC', 'Noto Sans SC', sans-serif
    );
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

  /* High contrast: black on white, one strong accent, thick borders; meaning also by pattern. */
  :host([theme='high-contrast']) {
    --_text: #000000;
    --_muted: #000000;
    --_surface: #ffffff;
    --_border: #000000;
    --_accent: #0000d6;
    --_positive: #005a00;
    --_negative: #a00000;
    --_track: #ffffff;
    --_series-1: #0000d6;
    --_series-2: #a00000;
    --_series-3: #005a00;
    --_series-4: #6a00a0;
    --_series-5: #000000;
    --_series-6: #7a4a00;
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
