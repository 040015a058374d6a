import { CivicClusterGauge } from './cluster-gauge.js';

export { CivicClusterGauge };

if (!customElements.get('civic-cluster-gauge')) customElements.define('civic-cluster-gauge', CivicClusterGauge);

declare global {
  interface HTMLElementTagNameMap {
    'civic-cluster-gauge': CivicClusterGauge;
  }
}
