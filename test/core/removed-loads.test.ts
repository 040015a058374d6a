/**
 * Regression tests from the model-based tests (issue 7): a removed element has no load in
 * flight. Shrunk sequences: [src = late, remove the element] left a request in flight (the one
 * aborted on removal was started again at once, while the element was out of the page);
 * [remove the element, src = ok] and [remove the element, record = known] loaded while out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/civic-charts.js';
import type { CivicElement } from '../../src/core/civic-element.js';
import { gaugeData } from '../cluster-gauge/fixtures.js';
import { trendData } from '../indicator-trend/fixtures.js';
import { mapData } from '../institute-map/fixtures.js';
import { progressData } from '../target-progress/fixtures.js';
import { holdFetch, nextFrame, until, untilState } from '../support/helpers.js';

type AnyEl = CivicElement<any, any, any> & { chart?: unknown };

const cases: [tag: string, data: () => object, record: string][] = [
  ['civic-cluster-gauge', () => gaugeData(), 'new_materials'],
  ['civic-indicator-trend', () => trendData(), 'tech_transactions'],
  ['civic-institute-map', () => mapData(), 'institutes'],
  ['civic-target-progress', () => progressData(), 'new_hitech_year'],
];

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('a removed element has no load in flight', () => {
  for (const [tag, data, record] of cases) {
    /** The element in a 600px box, drawn (so it has been near the viewport). */
    async function drawn(): Promise<{ el: AnyEl; box: HTMLElement }> {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement(tag) as AnyEl;
      el.data = data();
      box.append(el);
      await untilState(el, 'ready');
      await until(() => !!el.chart || !!el.shadowRoot!.querySelector('.goal'), 'the drawing');
      return { el, box };
    }

    it(`${tag}: src in flight, then removed: aborted, and not started again until re-inserted`, async () => {
      const held = holdFetch('/__removed__/', () => data());
      try {
        const { el, box } = await drawn();
        el.data = undefined;
        el.src = '/__removed__/data.json?ms=100000';
        await untilState(el, 'loading');
        expect(held.requested).to.have.length(1);
        el.remove();
        await el.updateComplete;
        await frames(3);
        expect(held.aborted, 'aborted on removal').to.have.length(1);
        expect(held.requested, 'no request while removed').to.have.length(1);
        expect(el.state).to.equal('loading');
        box.append(el);
        await el.updateComplete;
        await until(() => held.requested.length === 2, 'the request made again on re-insertion');
        expect(el.state).to.equal('loading');
      } finally {
        held.restore();
      }
    });

    it(`${tag}: src set while removed is fetched only once re-inserted`, async () => {
      const held = holdFetch('/__removed__/', () => data());
      try {
        const { el, box } = await drawn();
        el.remove();
        el.data = undefined;
        el.src = '/__removed__/data.json?ms=0';
        await el.updateComplete;
        await frames(3);
        expect(held.requested, 'no request while removed').to.have.length(0);
        expect(el.state).to.equal('loading');
        box.append(el);
        await untilState(el, 'ready');
        expect(held.requested).to.have.length(1);
      } finally {
        held.restore();
      }
    });

    it(`${tag}: record set while removed is loaded only once re-inserted`, async () => {
      // The record's chunk loaded once already: a load while removed would be done within frames.
      const warm = document.createElement(tag) as AnyEl;
      warm.setAttribute('record', record);
      await fixture(warm);
      await untilState(warm, 'ready');
      warm.remove();
      const { el, box } = await drawn();
      const shown = el.data;
      el.remove();
      el.data = undefined;
      el.record = record;
      await el.updateComplete;
      await frames(3);
      expect(el.state).to.equal('loading');
      expect(el.data, 'the data shown before').to.equal(shown);
      box.append(el);
      await untilState(el, 'ready');
      expect(el.data).not.to.equal(shown);
    });
  }
});
