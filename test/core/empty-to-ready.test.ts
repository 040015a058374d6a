/**
 * The blank-chart defect (issue 7): after data that shows the `empty` state, good data again gave
 * `state="ready"` over a blank box, because the chart stayed bound to the container of the first
 * render. Each chart element, through empty → ready and error → empty → ready, must draw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/civic-charts.js';
import type { CivicChartElement } from '../../src/core/chart-element.js';
import { gaugeData } from '../cluster-gauge/fixtures.js';
import { trendData } from '../indicator-trend/fixtures.js';
import { mapData } from '../institute-map/fixtures.js';
import { captureWarnings, paintedShare, until, untilState } from '../support/helpers.js';

type Chart = CivicChartElement<any, any, any>;

/** The chart is drawn into a container of this element, and the canvas shows something. */
async function expectDrawn(el: Chart, what: string): Promise<void> {
  // (A canvas appears with the first thing to paint: a map has none until its districts arrive.)
  await until(() => !!el.chart && !!el.shadowRoot!.querySelector('canvas') && paintedShare(el) > 0.005, `${what}: a painted chart`);
  const dom = el.chart!.getDom();
  expect(dom.isConnected, `${what}: the chart's container is on the page`).to.equal(true);
  expect(el.shadowRoot!.contains(dom), `${what}: the container is the element's`).to.equal(true);
}

const cases: [string, () => object, () => object][] = [
  ['civic-cluster-gauge', () => gaugeData(), () => gaugeData({ value: null })],
  ['civic-indicator-trend', () => trendData(), () => trendData({ series: [{ id: 'x', name: 'x', observations: [] }] })],
  ['civic-institute-map', () => mapData(), () => mapData({ institutes: [] })],
];

describe('never a blank chart: empty and error states in between', () => {
  for (const [tag, good, empty] of cases) {
    it(`${tag}: ready → empty → ready draws the chart again`, async () => {
      const el = await fixture<Chart>(html`<div style="width: 600px"></div>`).then((div) => {
        const e = document.createElement(tag) as Chart;
        div.append(e);
        return e;
      });
      el.data = good();
      await untilState(el, 'ready');
      await expectDrawn(el, 'first');
      el.data = empty();
      await untilState(el, 'empty');
      el.data = good();
      await untilState(el, 'ready');
      await expectDrawn(el, 'after empty');
    });

    it(`${tag}: empty first, then ready draws the chart`, async () => {
      const el = document.createElement(tag) as Chart;
      await fixture(html`<div style="width: 600px">${el}</div>`);
      el.data = empty();
      await untilState(el, 'empty');
      el.data = good();
      await untilState(el, 'ready');
      await expectDrawn(el, 'after empty');
    });

    it(`${tag}: error (no data yet) → ready draws the chart`, async () => {
      const el = document.createElement(tag) as Chart;
      await fixture(html`<div style="width: 600px">${el}</div>`);
      await captureWarnings(async () => {
        el.data = { nonsense: true } as never;
        await untilState(el, 'error');
      });
      el.data = empty();
      await untilState(el, 'empty');
      el.data = good();
      await untilState(el, 'ready');
      await expectDrawn(el, 'after error and empty');
    });
  }
});
