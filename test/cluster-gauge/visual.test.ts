import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { paintedShare, untilChart, untilState } from '../support/helpers.js';

describe('civic-cluster-gauge: what a person sees', () => {
  it('paints the gauge in every theme and both locales (screenshot in test-results/)', async function () {
    this.timeout(20000);
    await setViewport({ width: 1400, height: 1500 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(4, 300px);gap:12px;padding:12px;background:#f5f7fa;width:max-content">
      <civic-cluster-gauge record="new_materials" theme="light"></civic-cluster-gauge>
      <civic-cluster-gauge record="new_materials" theme="dark" locale="en"></civic-cluster-gauge>
      <civic-cluster-gauge record="smart_appliances" theme="high-contrast"></civic-cluster-gauge>
      <civic-cluster-gauge record="automotive" theme="light" locale="en"></civic-cluster-gauge>
      <civic-cluster-gauge record="green_petrochem" theme="dark"></civic-cluster-gauge>
      <civic-cluster-gauge record="biomedicine"></civic-cluster-gauge>
      <civic-cluster-gauge data='{"name":"x","tier":"千亿级"}' locale="en"></civic-cluster-gauge>
      <div style="width:280px"><civic-cluster-gauge record="new_materials" locale="en"></civic-cluster-gauge></div>
    </div>`);
    const gauges = [...grid.querySelectorAll<CivicClusterGauge>('civic-cluster-gauge')];
    const drawn = gauges.filter((g) => !['biomedicine'].includes(g.record ?? '') && g.record);
    for (const g of drawn) await untilChart(g);
    await untilState(gauges[5], 'empty');
    await new Promise((r) => setTimeout(r, 900)); // animations finish
    for (const g of drawn) expect(paintedShare(g), g.record).to.be.greaterThan(0.05);
    const file = await executeServerCommand('screenshot', { name: 'cluster-gauge', selector: '#shots' });
    expect(file).to.match(/cluster-gauge\.png$/);
    await setViewport({ width: 800, height: 600 });
  });
});
