// Importing the define module registers <civic-indicator-trend> whenever the wrapper is used.
import { CivicIndicatorTrend } from '../components/indicator-trend/define.js';
import { civicComponent } from './component.js';

/** `<civic-indicator-trend>` as a React component (also `onCivicLegendToggle`). */
export const IndicatorTrend = /* @__PURE__ */ civicComponent('civic-indicator-trend', CivicIndicatorTrend, 'IndicatorTrend', {
  onCivicLegendToggle: 'civic-legend-toggle',
});
