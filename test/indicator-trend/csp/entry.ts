// <civic-indicator-trend> under the strict CSP: the common scenario (test/support/csp-driver.ts) with
// two keyboard steps and the legend.
import '../../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../../src/components/indicator-trend/indicator-trend.js';
import { keydown, runCspScenario } from '../../support/csp-driver.js';

runCspScenario<CivicIndicatorTrend>({
  selector: 'civic-indicator-trend',
  drawn: (el) => !!el.chart,
  async interact(el, chart) {
    for (const key of ['ArrowRight', 'ArrowRight', 'Escape']) {
      keydown(chart, key);
      await el.updateComplete;
    }
    const legend = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend"] button');
    if (legend) {
      legend.click();
      await el.updateComplete;
      legend.click();
      await el.updateComplete;
    }
  },
  result: (els) => ({
    states: els.map((el) => el.state),
    charts: els.map((el) => !!el.chart),
    canvases: els.map((el) => el.shadowRoot!.querySelectorAll('canvas').length),
    legends: els.map((el) => el.shadowRoot!.querySelectorAll('[part~="legend"] button').length),
  }),
});
