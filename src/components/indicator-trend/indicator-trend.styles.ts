import { css } from 'lit';

export const indicatorTrendStyles = css`
  :host {
    --_chart-height: var(--civic-chart-height, 300px);
  }
  /* A long table (10,000 rows) costs no layout or style work while it is visually hidden;
     it stays in the accessibility tree (content-visibility: auto, unlike hidden). */
  .table-wrap.visually-hidden {
    content-visibility: auto;
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
    .legend svg * {
      stroke: CanvasText;
      fill: CanvasText;
    }
  }
`;
