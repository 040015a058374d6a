// Importing the define module registers <civic-cluster-gauge> whenever the wrapper is used.
import { CivicClusterGauge } from '../components/cluster-gauge/define.js';
import { civicComponent } from './component.js';

/** `<civic-cluster-gauge>` as a React component. */
export const ClusterGauge = /* @__PURE__ */ civicComponent('civic-cluster-gauge', CivicClusterGauge, 'ClusterGauge');
