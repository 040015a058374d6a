/** Registers every civic-charts element. */
import './components/cluster-gauge/define.js';
import './components/indicator-trend/define.js';
import './components/target-progress/define.js';
import './components/institute-map/define.js';

export * from './index.js';
