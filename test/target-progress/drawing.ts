/** The progress element draws its own rows (native SVG, no ECharts): how the tests wait for them. */
import type { Drawing } from '../support/contract.js';
import { until, untilState } from '../support/helpers.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';

export const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.goal')];

/** Ready and at least one row drawn; the handle is the first row (the same node while it lives). */
export const rowsDrawing: Drawing<CivicTargetProgress> = {
  async drawn(el) {
    await untilState(el, 'ready');
    await until(() => !!el.shadowRoot!.querySelector('.goal'), 'the rows');
    await el.updateComplete;
    return rows(el)[0];
  },
  handle: (el) => rows(el)[0],
  painted: (el) => !!el.shadowRoot!.querySelector('svg.bar'),
  width: (el) => rows(el)[0]?.getBoundingClientRect().width ?? 0,
  released: (row) => !(row as Element).isConnected,
  echarts: false,
};
