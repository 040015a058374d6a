import { css } from 'lit';

export const indicatorTrendStyles = css`
  :host {
    --_chart-height: var(--civic-chart-height, 300px);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    margin: 6px 0 0;
    padding: 0;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 2px 8px;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 4px;
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
    text-align: start;
  }
  .legend button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .legend button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .legend svg {
    flex: none;
  }
  /* Swatches take the series colours from the tokens: the legend needs no palette read. */
  .legend .series-1 { --_swatch: var(--_series-1); }
  .legend .series-2 { --_swatch: var(--_series-2); }
  .legend .series-3 { --_swatch: var(--_series-3); }
  .legend .series-4 { --_swatch: var(--_series-4); }
  .legend .series-5 { --_swatch: var(--_series-5); }
  .legend .series-6 { --_swatch: var(--_series-6); }
  .legend line.swatch {
    stroke: var(--_swatch);
  }
  .legend circle.swatch {
    fill: var(--_swatch);
  }
  .legend rect.swatch {
    fill: var(--_swatch);
    fill-opacity: 0.45;
    stroke: var(--_swatch);
  }
  .key {
    margin: 6px 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .empty-card {
    display: grid;
    gap: 2px;
  }
  .empty-card strong {
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .legend button {
      border-color: ButtonText;
    }
    .legend svg .swatch {
      stroke: CanvasText;
      fill: CanvasText;
    }
  }
`;
