/**
 * Goals that go down (issue 9.6): "PM2.5 down to 30 µg/m³", "reduce energy use per unit of GDP by
 * 13.5%". Progress is the share of the way from the baseline down to the target, the pace needed
 * is a fall, and the summary, the meter and the table say so the right way round.
 * The figures are illustrative.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';
import { validateTargetProgressData } from '../../src/components/target-progress/validate.js';
import { partText, until, untilState } from '../support/helpers.js';

const illustrative = { kind: 'illustrative', quote: 'Illustrative test data' } as const;
const pm25: TargetProgressData = {
  goals: [
    {
      label: { zh: 'PM2.5年均浓度降至30微克/立方米', en: 'Bring PM2.5 down to 30 µg/m³' },
      measure: { zh: 'PM2.5年均浓度', en: 'annual mean PM2.5' },
      direction: 'down',
      target: { value: 30, unit: 'µg/m³', bound: 'exact', source: illustrative },
      deadline: { year: 2020 },
      baseline: { period: '2015', value: 45, unit: 'µg/m³', bound: 'exact', source: illustrative },
      progress: [{ period: '2019', value: 38, unit: 'µg/m³', bound: 'exact', source: illustrative }],
    },
  ],
};
const energy: TargetProgressData = {
  goals: [
    {
      label: { zh: '单位GDP能耗下降13.5%', en: 'Cut energy use per unit of GDP by 13.5%' },
      measure: { zh: '单位GDP能耗', en: 'energy use per unit of GDP' },
      direction: 'down',
      target: { value: 13.5, unit: '%', bound: 'exact', relativeTo: 'baseline', source: illustrative },
      deadline: { year: 2025 },
      baseline: { period: '2020', value: 0.5, unit: '吨标准煤/万元', bound: 'exact', source: illustrative },
      progress: [{ period: '2023', value: 0.47, unit: '吨标准煤/万元', bound: 'exact', source: illustrative }],
    },
  ],
};

const meter = (el: CivicTargetProgress) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');

describe('civic-target-progress: goals that go down', () => {
  it('down to a level: the share of the way from the baseline, and the fall still needed', async () => {
    expect(validateTargetProgressData(pm25).ok).to.equal(true);
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="en"></civic-target-progress>`);
    el.data = pm25;
    await untilState(el, 'ready');
    await until(() => !!meter(el), 'the meter');
    // (45 − 38) ÷ (45 − 30) = 46.7%: the level fell 7 of the 15 it has to fall.
    expect(partText(el, 'summary')).to.equal(
      'Annual mean PM2.5: 38 µg/m³ in 2019, down 7 µg/m³ from 45 µg/m³ in 2015; 47% of the way to the 2020 target of coming down to 30 µg/m³; ' +
        'down 1.8 µg/m³ a year on average since 2015 (45 µg/m³), and a fall of 8 µg/m³ a year is needed to reach the target by the end of 2020 (derived).',
    );
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('38 µg/m³, 47% of the way to the 2020 target of coming down to 30 µg/m³');
    expect(meter(el)!.getAttribute('aria-valuemin')).to.equal('30');
    expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('45');
    expect(partText(el, 'table')).to.contain('Share of the way down').and.contain('derived: (baseline − latest) ÷ (baseline − target)');
    // The bar fills about 47% of the way to the target line.
    const fill = el.shadowRoot!.querySelector('rect.fill')!.getBoundingClientRect();
    const target = el.shadowRoot!.querySelector('.mark-target')!.getBoundingClientRect();
    const bar = el.shadowRoot!.querySelector('svg.bar')!.getBoundingClientRect();
    expect(fill.width / (target.left + target.width / 2 - bar.left)).to.be.closeTo(7 / 15, 0.02);
  });

  it('in Chinese, the fall reads as a fall', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="zh-CN"></civic-target-progress>`);
    el.data = pm25;
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.equal(
      '2019年PM2.5年均浓度38 µg/m³，比2015年的45 µg/m³下降7 µg/m³，完成2020年降至30 µg/m³目标所需降幅的47%；' +
        '自2015年的45 µg/m³以来平均每年下降1.8 µg/m³，到2020年底还需每年下降8 µg/m³（推算值）。',
    );
  });

  it('reduce by a share of the baseline: the level it means is derived from the baseline and marked so', async () => {
    expect(validateTargetProgressData(energy).ok).to.equal(true);
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="en"></civic-target-progress>`);
    el.data = energy;
    await untilState(el, 'ready');
    // 0.5 × (1 − 13.5%) = 0.4325; (0.5 − 0.47) ÷ (0.5 − 0.4325) = 44%.
    expect(partText(el, 'summary')).to.contain('0.47吨标准煤/万元 in 2023, down 0.03吨标准煤/万元 from 0.5吨标准煤/万元 in 2020; 44% of the way to the 2025 target of 13.5% below the baseline');
    const table = partText(el, 'table');
    expect(table).to.contain('Target level').and.contain('0.4325吨标准煤/万元').and.contain('derived: baseline × (1 − 13.5%)');
  });

  it('a level that rose is moving away from its target, never a share of the way', async () => {
    const rose = structuredClone(pm25);
    rose.goals[0].progress[0].value = 50;
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="en"></civic-target-progress>`);
    el.data = rose;
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.contain('up 5 µg/m³ from 45 µg/m³ in 2015; moving away from the 2020 target of coming down to 30 µg/m³');
  });

  it('refuses a goal that goes down without a baseline, and a relative target not in %', () => {
    const noBaseline = structuredClone(pm25);
    delete noBaseline.goals[0].baseline;
    const r1 = validateTargetProgressData(noBaseline);
    expect(r1.ok).to.equal(false);
    expect(!r1.ok && r1.issues.map((i) => i.path)).to.deep.equal(['goals[0].baseline']);
    const notPct = structuredClone(energy);
    notPct.goals[0].target.unit = '吨标准煤/万元';
    const r2 = validateTargetProgressData(notPct);
    expect(!r2.ok && r2.issues.map((i) => i.path)).to.include('goals[0].target.unit');
  });
});
