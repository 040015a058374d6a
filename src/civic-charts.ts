/** Registers every civic-charts element. */
import './components/cluster-gauge/define.js';

export * from './index.js';
