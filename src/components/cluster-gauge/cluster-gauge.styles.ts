import { css } from 'lit';

export const clusterGaugeStyles = css`
  :host {
    --_chart-height: var(--civic-chart-height, 280px);
  }
  .empty-card {
    display: grid;
    gap: 2px;
  }
  .empty-card strong {
    color: var(--_text);
  }
`;
