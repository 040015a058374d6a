/**
 * Regression tests from the model-based tests of the map (issue 7), each a shrunk sequence.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { mapData } from './fixtures.js';
import { oneEvent } from '../support/helpers.js';

describe('civic-institute-map: model-based regressions', () => {
  // [data = empty]: civic-ready waited for the district map, which data with no institutes never loads.
  it('fires civic-ready for data with no institutes (the empty state needs no map)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('civic-institute-map') as CivicInstituteMap;
    box.append(el);
    const data = mapData({ institutes: [] });
    const ready = oneEvent(el, 'civic-ready');
    el.data = data;
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 3000));
    const ev = await Promise.race([ready, timeout]);
    expect(ev, 'civic-ready within 3 s').not.to.equal('timeout');
    expect((ev as CustomEvent).detail.data).to.equal(data);
    expect(el.state).to.equal('empty');
  });

  // [remove, data = valid, hide (container display: none), insert]: nothing updated the element on
  // insertion while hidden, so the district map needed by data set while it was out never loaded.
  it('loads its district map and fires civic-ready when data set while removed is inserted hidden', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('civic-institute-map') as CivicInstituteMap;
    box.append(el);
    await el.updateComplete;
    el.remove();
    const data = mapData();
    el.data = data;
    await el.updateComplete;
    box.style.setProperty('display', 'none');
    const ready = oneEvent(el, 'civic-ready');
    box.append(el);
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 3000));
    const ev = await Promise.race([ready, timeout]);
    expect(ev, 'civic-ready within 3 s').not.to.equal('timeout');
    expect((ev as CustomEvent).detail.data).to.equal(data);
    expect(el.state).to.equal('ready');
  });
});
