import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { oneEvent, part, partLines, partText, until, untilAnimated, untilChart } from '../support/helpers.js';
import { accessibilityContract } from '../support/contract.js';

describe('civic-cluster-gauge: keyboard, pointer and accessibility', () => {
  accessibilityContract<CivicClusterGauge>({
    tag: 'civic-cluster-gauge',
    attrs: { record: 'new_materials' },
    // A cluster without a reported value: its name, tier and target, and "no data".
    empty: { record: 'biomedicine' },
    more: [{ what: 'in English', attrs: { record: 'automotive', locale: 'en' } }],
  });

  it('moves between data items with the arrow keys, showing each tooltip, and selects with Enter', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    await untilChart(el);
    part(el, 'chart')!.focus();
    expect(part(el, 'tooltip')!.hidden).to.equal(true);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(false);
    expect(partText(el, 'tooltip')).to.contain('2174.6亿元').and.contain('五千亿级目标的43%');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip')).to.deep.equal(['千亿级门槛', '1000亿元']);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip')).to.deep.equal(['五千亿级门槛', '5000亿元', '本集群的目标']);

    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(partText(el, 'tooltip')).to.contain('2174.6亿元');

    const selected = oneEvent(el, 'civic-select');
    await sendKeys({ press: 'Enter' });
    const ev = await selected;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.key).to.equal('value');
    expect(ev.detail.item.id).to.equal('new_materials');
    expect(ev.detail.item.observation.value).to.equal(2174.6);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
  });

  it('highlights the active item in the chart', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    const chart = await untilChart(el);
    const actions: unknown[] = [];
    chart.on('highlight', (p: unknown) => {
      actions.push(p);
    });
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(actions).to.have.length(2);
    expect(actions[1]).to.include({ seriesIndex: 1, dataIndex: 0 });
  });

  it('shows the tooltip on hover and fires civic-select when a data item is clicked', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    // The pointer swings to its value first.
    await untilAnimated(await untilChart(el));
    // A point on the value's pointer: centre (50%, 56%), radius 88% of half the smaller side.
    const box = part(el, 'chart')!.getBoundingClientRect();
    const r = (Math.min(box.width, box.height) / 2) * 0.88;
    const angle = ((210 - (2174.6 / 10000) * 240) * Math.PI) / 180;
    const x = Math.round(box.left + box.width / 2 + Math.cos(angle) * r * 0.4);
    const y = Math.round(box.top + box.height * 0.56 - Math.sin(angle) * r * 0.4);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => !part(el, 'tooltip')!.hidden, 'the hover tooltip');
    expect(partText(el, 'tooltip')).to.contain('2174.6亿元');
    const selected = oneEvent(el, 'civic-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const ev = await selected;
    expect(ev.detail.item).to.deep.include({ kind: 'value', id: 'new_materials' });
    await resetMouse();
  });
});
