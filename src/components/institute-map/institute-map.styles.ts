import { css } from 'lit';

export const instituteMapStyles = css`
  :host {
    --_chart-height: var(--civic-chart-height, 420px);
  }
  .figure {
    position: relative;
  }
  .map-status {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
    pointer-events: none;
  }
  /* The scale legend, right under the map. */
  .scale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 8px;
    margin: 6px 0 0;
    font-size: 0.8em;
    color: var(--_text);
  }
  .scale-pieces {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scale-pieces li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    width: 14px;
    height: 10px;
    flex: none;
  }
  .status-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 8px 0 0;
    padding: 0;
    border: 0;
  }
  .status-legend legend {
    padding: 0;
    margin: 0 0 4px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .status-toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 3px 8px;
    font: inherit;
    font-size: 0.85em;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    text-align: start;
  }
  .status-toggle[aria-pressed='false'] {
    color: var(--_muted);
    border-style: dashed;
    text-decoration: line-through;
  }
  .status-toggle[aria-pressed='false'] .glyph {
    opacity: 0.35;
  }
  .status-toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status-toggle .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .glyph {
    width: 12px;
    height: 12px;
    flex: none;
  }
  .glyph path {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .glyph.introduced path {
    fill: var(--_series-1);
  }
  .glyph.substantiveConstruction path {
    fill: var(--_series-2);
  }
  .glyph.toBeIntroduced path {
    fill: var(--_series-3);
  }
  .glyph.plannedLab path {
    fill: var(--_series-4);
  }
  .glyph.mentioned path {
    fill: var(--_series-6);
  }
  :host([theme='high-contrast']) .glyph path {
    stroke: #000000;
    stroke-width: 1.5;
  }
  .unlocated-box {
    margin-top: 10px;
  }
  .unlocated-heading {
    margin: 0 0 4px;
    font-weight: 600;
    font-size: 0.95em;
  }
  .unlocated {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .unlocated li {
    margin: 2px 0;
    overflow-wrap: anywhere;
  }
  .unlocated .why {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    /* The swatches keep the shades the map is painted in (a canvas is never adjusted); the words carry the counts. */
    .swatch {
      forced-color-adjust: none;
    }
    .swatch rect {
      stroke: CanvasText;
    }
    .glyph path {
      fill: CanvasText !important;
      stroke: Canvas;
    }
    .status-toggle {
      border-color: ButtonText;
    }
  }
`;
