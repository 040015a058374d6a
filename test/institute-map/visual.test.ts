import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { paintedShare, until, untilChart } from '../support/helpers.js';

describe('civic-institute-map: what a person sees', () => {
  it('paints the map in every theme, both locales and at 280 px (screenshot in test-results/)', async function () {
    this.timeout(30000);
    await setViewport({ width: 1700, height: 2600 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(3, 520px);gap:12px;padding:12px;background:#f5f7fa;width:max-content;align-items:start">
      <civic-institute-map id="m-light" record="institutes" theme="light"></civic-institute-map>
      <civic-institute-map record="institutes" theme="dark" locale="en"></civic-institute-map>
      <civic-institute-map id="m-hc" record="institutes" theme="high-contrast"></civic-institute-map>
      <div style="width:280px" id="m-narrow"><civic-institute-map record="institutes" locale="en"></civic-institute-map></div>
      <div style="width:280px"><civic-institute-map record="institutes" theme="dark"></civic-institute-map></div>
    </div>`);
    const maps = [...grid.querySelectorAll<CivicInstituteMap>('civic-institute-map')];
    for (const m of maps) await untilChart(m, 10000);
    await new Promise((r) => setTimeout(r, 900));
    for (const m of maps) await until(() => paintedShare(m) > 0.05, 'a painted map');
    const file = await executeServerCommand('screenshot', { name: 'institute-map', selector: '#shots' });
    expect(file).to.match(/institute-map\.png$/);
    for (const id of ['m-light', 'm-hc', 'm-narrow']) await executeServerCommand('screenshot', { name: `institute-map-${id}`, selector: `#${id}` });
    await setViewport({ width: 800, height: 600 });
  });
});
