// Every element on one strict-CSP page: first render, live theme switches, the tooltip and keyboard,
// the table, removal (dispose) and re-insertion (the scenario is test/support/csp-driver.ts).
import '../../src/civic-charts.js';
import type { CivicElement } from '../../src/index.js';
import { keydown, runCspScenario } from '../support/csp-driver.js';

/** Every civic-* element on the page; chart elements expose `chart`, the native one does not. */
type Civic = CivicElement<any, any, any> & { chart?: unknown };

const drawn = (el: Civic) => ('chart' in el ? !!el.chart : !!el.shadowRoot!.querySelector('svg'));

runCspScenario<Civic>({
  selector: '#root > *',
  drawn,
  async interact(el, chart) {
    keydown(chart, 'ArrowRight');
    await el.updateComplete;
    keydown(chart, 'Escape');
    await el.updateComplete;
  },
  result: (els) => ({
    states: els.map((g) => g.state),
    tags: els.map((g) => g.localName),
    charts: els.map(drawn),
    canvases: els.map((g) => g.shadowRoot!.querySelectorAll('canvas').length),
    alerted: (window as unknown as { __alerted?: boolean }).__alerted ?? false,
  }),
});
