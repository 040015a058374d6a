import { CivicIndicatorTrend } from './indicator-trend.js';

export { CivicIndicatorTrend };

if (!customElements.get('civic-indicator-trend')) customElements.define('civic-indicator-trend', CivicIndicatorTrend);

declare global {
  interface HTMLElementTagNameMap {
    'civic-indicator-trend': CivicIndicatorTrend;
  }
}
