// <civic-target-progress> under the strict CSP: the common scenario (test/support/csp-driver.ts) with
// rows drawn near the viewport and keyboard and pointer tooltips (placed through CSSOM).
import '../../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../../src/components/target-progress/target-progress.js';
import { keydown, runCspScenario } from '../../support/csp-driver.js';

const rows = (el: CivicTargetProgress) => el.shadowRoot!.querySelectorAll('.goal').length;

runCspScenario<CivicTargetProgress>({
  selector: 'civic-target-progress',
  beforeSettle: async (el) => {
    await el.updateComplete; // the first update starts loading the record
  },
  drawn: (el) => rows(el) > 0,
  async interact(el, chart) {
    keydown(chart, 'ArrowDown');
    await el.updateComplete;
    keydown(chart, 'Escape');
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector<HTMLElement>('.goal');
    if (!row) throw new Error(`#${el.id} (${el.state}) has no rows`);
    const box = row.getBoundingClientRect();
    row.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: box.left + 20, clientY: box.top + 10 }));
    await el.updateComplete;
    row.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
  },
  result: (els) => ({
    states: els.map((el) => el.state),
    rows: els.map(rows),
    alerted: (window as unknown as { __alerted?: boolean }).__alerted ?? false,
  }),
});
