import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { until } from '../support/helpers.js';

const settled = (el: CivicTargetProgress) => el.state === 'empty' || (el.state === 'ready' && !!el.shadowRoot!.querySelector('.goal'));

describe('civic-target-progress: what a person sees', () => {
  it('draws every goal in every theme and both locales (screenshot in test-results/)', async function () {
    this.timeout(30000);
    await setViewport({ width: 1500, height: 2200 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(3, 460px);gap:12px;padding:12px;background:#f5f7fa;width:max-content;align-items:start">
      <civic-target-progress record="report_targets" theme="light"></civic-target-progress>
      <civic-target-progress record="report_targets" theme="dark" locale="en"></civic-target-progress>
      <civic-target-progress record="report_targets" theme="high-contrast"></civic-target-progress>
      <civic-target-progress record="new_hitech_year" locale="en"></civic-target-progress>
      <civic-target-progress record="institute_ratios"></civic-target-progress>
      <civic-target-progress record="startups_year"></civic-target-progress>
      <div style="width:280px"><civic-target-progress record="rd_intensity_2025" locale="en"></civic-target-progress></div>
      <div style="width:280px"><civic-target-progress record="report_targets"></civic-target-progress></div>
    </div>`);
    const els = [...grid.querySelectorAll<CivicTargetProgress>('civic-target-progress')];
    for (const el of els) await until(() => settled(el), `${el.record} settled`);
    for (const el of els) await el.updateComplete;
    const file = await executeServerCommand('screenshot', { name: 'target-progress', selector: '#shots' });
    expect(file).to.match(/target-progress\.png$/);
    // Close-ups, one per element, to look at at full size.
    for (let i = 0; i < els.length; i++) {
      await executeServerCommand('screenshot', { name: `target-progress-${i + 1}`, selector: `#shots > :nth-child(${i + 1})` });
    }
    // The keyboard on the third goal: its row marked, its tooltip under it.
    const chart = els[0].shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    chart.focus();
    for (let i = 0; i < 3; i++) chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await els[0].updateComplete;
    expect(els[0].shadowRoot!.querySelector('#goal-2')!.hasAttribute('data-active')).to.equal(true);
    await executeServerCommand('screenshot', { name: 'target-progress-keyboard', selector: '#shots > :nth-child(1)' });
    await setViewport({ width: 800, height: 600 });
  });
});
