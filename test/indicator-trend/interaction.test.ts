import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { oneEvent, part, partLines, partText, until, untilAnimated, untilChart, untilState } from '../support/helpers.js';
import { option, pointsOf } from './option-helpers.js';
import { accessibilityContract } from '../support/contract.js';

async function chartOf(record: string, locale = 'zh-CN') {
  const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record=${record} locale=${locale}></civic-indicator-trend>`);
  await untilState(el, 'ready');
  await untilChart(el);
  return el;
}

async function press(el: CivicIndicatorTrend, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('civic-indicator-trend: keyboard, pointer, legend and accessibility', () => {
  accessibilityContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    // Two series: the legend's buttons are checked too.
    attrs: { record: 'hitech_enterprise_count,hitech_enterprise_new' },
    // Nothing placeable on the time axis: the empty state says so, the figure is in the table.
    empty: { record: 'institutes_new_since_2018' },
    more: [{ what: 'in English, with revised values and change bars', attrs: { record: 'gdp', locale: 'en' } }],
  });

  it('moves through every point and change bar in period order with the arrow keys, showing each tooltip, and selects with Enter', async () => {
    const el = await chartOf('tech_transactions');
    part(el, 'chart')!.focus();
    expect(part(el, 'tooltip')!.hidden).to.equal(true);

    await press(el, 'ArrowRight');
    expect(partLines(el, 'tooltip')).to.deep.equal([
      '技术交易额',
      '2016年',
      '约49.2亿元',
      '推算值；由2017年推算：81.8 ÷ (1 + 66.2%)',
      '来源：宁波市科学技术局，2018-03-06',
    ]);
    await press(el, 'ArrowRight');
    expect(partLines(el, 'tooltip').slice(0, 4)).to.deep.equal(['技术交易额', '2017年（推断）', '81.8亿元', '同比+66.2%']);
    await press(el, 'ArrowRight');
    expect(partLines(el, 'tooltip').slice(0, 3)).to.deep.equal(['技术交易额', '2017年（推断）', '同比+66.2%']);
    await press(el, 'ArrowRight');
    expect(partLines(el, 'tooltip').slice(0, 3)).to.deep.equal(['技术交易额', '2018年一季度', '约15亿元']);
    await press(el, 'ArrowRight');
    expect(partLines(el, 'tooltip').slice(0, 4)).to.deep.equal(['技术交易额', '2019年一季度（推断）', '16.2亿元', '同比+7.9%']);

    const selected = oneEvent(el, 'civic-select');
    await press(el, 'Enter');
    const ev = await selected;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.item).to.deep.include({ kind: 'point', series: 'tech_transactions', period: '2019-Q1', value: 16.2, derived: false });

    await press(el, 'End');
    expect(partLines(el, 'tooltip')[0]).to.equal('“十四五”科技创新规划目标：2025年450亿元');
    await press(el, 'Home');
    expect(partLines(el, 'tooltip')[1]).to.equal('2016年');
    await press(el, 'ArrowLeft');
    expect(partLines(el, 'tooltip')[0]).to.contain('目标');

    await press(el, 'Escape');
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
  });

  it('says lower bound, revised, low confidence and "also reported" in the tooltip', async () => {
    const el = await chartOf('gdp', 'en');
    part(el, 'chart')!.focus();
    await press(el, 'ArrowRight'); // 2016 revised
    expect(partLines(el, 'tooltip').slice(0, 4)).to.deep.equal(['Gross domestic product (GDP) (revised)', '2016 (inferred)', '897.3 billion yuan', 'revised; period inferred']);
    for (let i = 0; i < 3; i++) await press(el, 'ArrowRight'); // 2017, 2018 point, 2018 bar … the 2018 point is second
    const seen: string[][] = [];
    for (let i = 0; i < 20; i++) {
      seen.push(partLines(el, 'tooltip'));
      await press(el, 'ArrowRight');
    }
    const y2018 = seen.find((l) => l[1] === '2018 (inferred)' && l[2] === '1.07455 trillion yuan')!;
    expect(y2018).to.include('+7% year on year (real, at comparable prices)');
    expect(y2018.join('\n')).to.contain('Also reported: over 1 trillion yuan (original report');
    const y2023 = seen.find((l) => l[1] === '2023 (inferred)')!;
    expect(y2023[3]).to.contain('approximate').and.contain('low-confidence source').and.contain('converted from about 1.64 trillion yuan');
  });

  it('highlights the active point in the chart', async () => {
    const el = await chartOf('rd_intensity');
    const actions: { seriesIndex: number; dataIndex: number }[] = [];
    el.chart!.on('highlight', (p: unknown) => {
      actions.push(p as { seriesIndex: number; dataIndex: number });
    });
    part(el, 'chart')!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(actions).to.have.length(2);
    expect(actions[1]).to.include({ seriesIndex: 0, dataIndex: 1 });
  });

  it('shows the tooltip on hover and fires civic-select when a point is clicked', async () => {
    const el = await chartOf('hitech_enterprise_count');
    const chart = el.chart!;
    await untilAnimated(chart); // the points are where the option says once the animation ends
    const p2020 = pointsOf(el).flat().find((d) => d.value[1] === 3102)!;
    const [px, py] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, p2020.value) as number[];
    const box = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    const x = Math.round(box.left + px);
    const y = Math.round(box.top + py);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => !part(el, 'tooltip')!.hidden, 'the hover tooltip');
    expect(partText(el, 'tooltip')).to.contain('3102个');
    const selected = oneEvent(el, 'civic-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const ev = await selected;
    expect(ev.detail.item).to.deep.include({ kind: 'point', period: '2020', value: 3102 });
    await resetMouse();
  });

  it('has a legend usable by keyboard: buttons with aria-pressed that hide and show a series', async () => {
    const el = await chartOf('hitech_enterprise_count,hitech_enterprise_new');
    const legend = part(el, 'legend')!;
    expect(legend.getAttribute('role')).to.equal('group');
    const [total, added] = [...legend.querySelectorAll('button')];
    expect(total.getAttribute('aria-pressed')).to.equal('true');
    const visibleNames = () => new Set(option(el).series.filter((s) => s.id.startsWith('points:')).map((s) => s.name));
    expect(visibleNames().size).to.equal(2);
    const toggled = oneEvent(el, 'civic-legend-toggle');
    total.focus();
    await press(el, 'Enter');
    expect((await toggled).detail).to.deep.equal({ series: 'hitech_enterprise_count', visible: false });
    await el.updateComplete;
    expect(total.getAttribute('aria-pressed')).to.equal('false');
    expect(visibleNames()).to.deep.equal(new Set(['新认定(新增)高新技术企业数']));
    // The keyboard items follow: only the visible series.
    part(el, 'chart')!.focus();
    await press(el, 'ArrowRight');
    expect(partLines(el, 'tooltip')[0]).to.equal('新认定(新增)高新技术企业数');
    // Tab reaches the second button; Space toggles it too.
    added.focus();
    await press(el, ' ');
    expect(added.getAttribute('aria-pressed')).to.equal('false');
    total.focus();
    await press(el, ' ');
    await el.updateComplete;
    expect(total.getAttribute('aria-pressed')).to.equal('true');
    expect(visibleNames()).to.deep.equal(new Set(['高新技术企业数']));
    // The table always lists every series.
    expect(partText(el, 'table')).to.contain('新认定(新增)高新技术企业数').and.contain('3919个');
  });
});
