/**
 * A bundled record is loaded, converted and modelled once for every element that shows it
 * (shared-records.ts, model-cache.ts), while each page still gets data of its own to change.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import '../../src/components/cluster-gauge/define.js';
import { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { isSharedRecord, sharedRecord } from '../../src/core/shared-records.js';
import { partText, until, untilChart } from '../support/helpers.js';

describe('shared records', () => {
  it('loads a record once per kind and id, frozen all the way down; a failed load is tried again', async () => {
    const kind = {};
    let loads = 0;
    const load = async () => ({ n: ++loads, inner: { list: [{ x: 1 }] } });
    const a = await sharedRecord(kind, 'r', load);
    const b = await sharedRecord(kind, 'r', load);
    expect(b).to.equal(a);
    expect(loads).to.equal(1);
    expect(isSharedRecord(a)).to.equal(true);
    expect(Object.isFrozen(a!.inner.list[0])).to.equal(true);
    expect(() => {
      (a!.inner.list[0] as { x: number }).x = 2;
    }).to.throw(TypeError);
    // Another kind with the same id is another record.
    expect(await sharedRecord({}, 'r', load)).to.not.equal(a);

    let tries = 0;
    const flaky = async () => {
      if (++tries === 1) throw new Error('offline');
      return { ok: true };
    };
    let failed = false;
    await sharedRecord(kind, 'f', flaky).catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await sharedRecord(kind, 'f', flaky)).to.deep.equal({ ok: true });
  });

  it('gives two maps of one record the same texts and each page its own copy to change', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 640px; --civic-chart-height: 160px">
      <civic-institute-map record="institutes" locale="en"></civic-institute-map>
      <civic-institute-map record="institutes" locale="en"></civic-institute-map>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll<CivicInstituteMap>('civic-institute-map')] as [CivicInstituteMap, CivicInstituteMap];
    // Drawn: the district map is there for both (the summary orders districts by it).
    await untilChart(a);
    await untilChart(b);
    const summary = partText(a, 'summary');
    expect(partText(b, 'summary')).to.equal(summary);

    // Each reads a copy of its own: not frozen, not the other's.
    const mine = a.data!;
    expect(mine).to.not.equal(b.data);
    expect(Object.isFrozen(mine)).to.equal(false);
    mine.institutes = mine.institutes.slice(0, 3);
    a.data = mine;
    await until(() => partText(a, 'summary') !== summary, 'the edited map redrawn');
    expect(partText(a, 'summary')).to.contain('3');
    expect(partText(b, 'summary')).to.equal(summary);
    expect(b.data!.institutes.length).to.be.greaterThan(3);
  });

  it('hands civic-ready listeners the same copy as el.data', async () => {
    const el = document.createElement('civic-cluster-gauge') as CivicClusterGauge;
    el.setAttribute('record', 'automotive');
    const got = new Promise<unknown>((resolve) => el.addEventListener('civic-ready', (e) => resolve((e as CustomEvent).detail.data)));
    await fixture(html`<div style="width: 600px">${el}</div>`);
    const data = await got;
    expect(data).to.equal(el.data);
    expect(Object.isFrozen(data)).to.equal(false);
  });

  it('converts a bundled record on the element\'s turn, not when the element is upgraded', async () => {
    // Converting forty records at upgrade was part of the page's longest task (issue 10).
    let conversions = 0;
    class CountingGauge extends CivicClusterGauge {
      protected override loadRecord(id: string) {
        conversions++;
        return super.loadRecord(id);
      }
    }
    customElements.define('test-counting-gauge', CountingGauge);
    const wrap = await fixture<HTMLElement>(html`<div style="width: 640px"><div style="height: 6000px"></div></div>`);
    const el = document.createElement('test-counting-gauge') as CountingGauge;
    el.setAttribute('record', 'new_materials');
    el.setAttribute('locale', 'en');
    wrap.append(el);
    await el.updateComplete;
    expect(conversions, 'converted in the upgrade').to.equal(0);
    expect(el.state).to.equal('loading');
    await until(() => el.state === 'ready', 'the far gauge ready on its idle turn');
    expect(conversions).to.equal(1);
    expect(partText(el, 'summary')).to.not.equal('');
  });
});
