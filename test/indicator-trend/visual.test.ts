import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { paintedShare, until, untilChart } from '../support/helpers.js';
import { bigData } from './fixtures.js';

describe('civic-indicator-trend: what a person sees', () => {
  it('paints trends in every theme and both locales (screenshot in test-results/)', async function () {
    this.timeout(30000);
    await setViewport({ width: 1400, height: 2200 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(3, 440px);gap:12px;padding:12px;background:#f5f7fa;width:max-content;align-items:start">
      <civic-indicator-trend record="gdp" theme="light"></civic-indicator-trend>
      <civic-indicator-trend record="rd_intensity" theme="dark" locale="en"></civic-indicator-trend>
      <civic-indicator-trend record="tech_transactions" theme="high-contrast"></civic-indicator-trend>
      <civic-indicator-trend record="hitech_enterprise_count,hitech_enterprise_new" locale="en"></civic-indicator-trend>
      <civic-indicator-trend record="hitech_revenue" theme="dark"></civic-indicator-trend>
      <civic-indicator-trend record="research_institutes"></civic-indicator-trend>
      <div style="width:280px"><civic-indicator-trend record="gdp" locale="en"></civic-indicator-trend></div>
      <civic-indicator-trend record="cluster246_added_value" locale="en"></civic-indicator-trend>
      <civic-indicator-trend id="big"></civic-indicator-trend>
    </div>`);
    (grid.querySelector('#big') as CivicIndicatorTrend).data = bigData(10000);
    const els = [...grid.querySelectorAll<CivicIndicatorTrend>('civic-indicator-trend')];
    for (const el of els) await untilChart(el, 10000);
    await until(() => els.every((e) => e.state === 'ready'), 'all ready');
    await new Promise((r) => setTimeout(r, 1200));
    for (const el of els) expect(paintedShare(el), el.record).to.be.greaterThan(0.02);
    const file = await executeServerCommand('screenshot', { name: 'indicator-trend', selector: '#shots' });
    expect(file).to.match(/indicator-trend\.png$/);
    let n = 0;
    for (const el of els) {
      el.id ||= `shot-${n}`;
      n++;
      await executeServerCommand('screenshot', { name: `indicator-trend-${n}`, selector: `#${el.id}` });
    }
    await setViewport({ width: 800, height: 600 });
  });
});
