// <civic-institute-map> under the strict CSP: the common scenario (test/support/csp-driver.ts) with
// the lazily loaded district map and a geo-src map, settled one by one, and the status legend.
import '../../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../../src/components/institute-map/institute-map.js';
import { keydown, runCspScenario } from '../../support/csp-driver.js';

runCspScenario<CivicInstituteMap>({
  selector: 'civic-institute-map',
  beforeSettle: (el) => el.scrollIntoView(), // charts are created near the viewport
  drawn: (el) => !!(el.chart?.getOption() as { series?: unknown[] } | undefined)?.series,
  sequential: true,
  polls: 300,
  async interact(el, chart) {
    keydown(chart, 'ArrowRight');
    await el.updateComplete;
    keydown(chart, 'Escape');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend-item"]')?.click();
    await el.updateComplete;
  },
  scrollToTop: false,
  result: (els) => ({
    states: els.map((m) => m.state),
    charts: els.map((m) => !!m.chart),
    canvases: els.map((m) => m.shadowRoot!.querySelectorAll('canvas').length),
    markers: els.map((m) => {
      const option = m.chart?.getOption() as { series?: { id: string; data: unknown[] }[] } | undefined;
      return option?.series?.find((s) => s.id === 'institutes')?.data.length ?? -1;
    }),
    unlocated: els.map((m) => m.shadowRoot!.querySelectorAll('[part~="unlocated"] li').length),
  }),
});
