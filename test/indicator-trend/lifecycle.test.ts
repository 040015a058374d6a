import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { bigData, obs, trendData, withField } from './fixtures.js';
import { part, partLines, partText, until, untilChart, untilState } from '../support/helpers.js';
import { eventsContract, lifecycleContract } from '../support/contract.js';
import { drawnSegments, option, pointsOf, series } from './option-helpers.js';

const firstColor = (el: CivicIndicatorTrend) => pointsOf(el)[0][0].itemStyle.color;

describe('civic-indicator-trend: lifecycle', () => {
  lifecycleContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    record: 'gdp',
    lazy: { summaryContains: '18147.7亿元' },
    dispose: {
      record: 'rd_intensity',
      check: (el) => expect(['target:0', 'target:1'].map((id) => (series(el, id)!.data as { value: [number, number] }[])[0].value[1])).to.deep.equal([3.4, 3.6]),
    },
    resize: {},
    theme: {
      colours: firstColor,
      highContrast(el) {
        // High contrast: change bars carry a hatch pattern, not colour alone.
        const bars = option(el).series.find((s) => s.id === 'change:0') as unknown as { itemStyle: { decal?: unknown } };
        expect(bars.itemStyle.decal).to.exist;
      },
    },
    autoTheme: { colours: firstColor },
    portal: {
      style: '--civic-color-series-1: #ff0000; --civic-color-surface: #000000',
      record: 'rd_intensity',
      check(el) {
        const line = pointsOf(el)[0];
        expect(line.find((d) => d.itemStyle.color === '#ff0000')).to.exist; // an exact point
        expect(line.find((d) => d.itemStyle.color === '#000000' && d.itemStyle.borderColor === '#ff0000')).to.exist; // a hollow estimate
      },
    },
    reducedMotion: { animation: (el) => option(el).animation },
  });

  eventsContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    data: () =>
      trendData({ series: [...trendData().series, { id: 'second', name: '第二条', observations: [obs('2018', 50), obs('2020', 60)] }] }),
    named: (name) => trendData({ name }),
    titleFor: (name) => name,
    bad: () => withField('series.0.observations.0.value', 'lots'),
    legend: {
      async toggle(el) {
        const lines = () => option(el).series.filter((s) => s.id.startsWith('points:')).length;
        expect(lines()).to.equal(2);
        part(el, 'legend')!.querySelector('button')!.click();
        await until(() => lines() === 1, 'one line hidden');
      },
    },
  });

  it('switches to the narrow layout when its container shrinks below 400 px, in the same chart', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"><civic-indicator-trend record="gdp"></civic-indicator-trend></div>`);
    const el = wrap.querySelector('civic-indicator-trend')!;
    const chart = await untilChart(el);
    const size = () => (series(el, 'points:0')!.data[0] as { symbolSize: number }).symbolSize;
    expect(size()).to.equal(9);
    wrap.style.width = '300px';
    await until(() => size() === 7, 'the narrow layout');
    wrap.style.width = '700px';
    await until(() => size() === 9, 'the wide layout again');
    expect(el.chart).to.equal(chart);
  });

  it('re-renders on a locale change in the same chart', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp"></civic-indicator-trend>`);
    const chart = await untilChart(el);
    expect(option(el).yAxis[0].name).to.equal('亿元');
    el.locale = 'en';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(option(el).yAxis[0].name).to.equal('trillion yuan');
    expect(partText(el, 'key')).to.contain('■ revised');
  });
});

describe('civic-indicator-trend: 10,000 points', () => {
  it('renders a 10,000-point series with LTTB sampling, no per-point symbols and no animation, and stays navigable', async function () {
    this.timeout(30000);
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    el.data = bigData(10000);
    await untilState(el, 'ready', 10000);
    await untilChart(el, 10000);
    expect(series(el, 'solid:0')!.sampling).to.equal('lttb');
    expect(series(el, 'points:0')!.showSymbol).to.equal(false);
    expect(option(el).animation).to.equal(false);
    // The drawn line holds every point; the invisible points series none (no pointer events)
    // until the keyboard puts its point there.
    expect(drawnSegments(el, 'solid').length).to.equal(9999);
    expect(pointsOf(el)[0]).to.have.length(0);
    expect(series(el, 'points:0')!.silent).to.equal(true);
    // The table renders its first 200 rows and a button for the rest: every figure stays reachable.
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(200);
    expect(part(el, 'table')!.querySelector('tbody tr')!.textContent).to.contain('1200年1月');
    expect(partText(el, 'table-more')).to.equal('显示全部10,000行');
    part(el, 'table-more')!.click();
    await el.updateComplete;
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(10000);
    expect(part(el, 'table-more')).to.equal(null);
    expect(partText(el, 'source')).to.contain('示例数据，非真实统计');
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip').slice(0, 2)).to.deep.equal(['一万个点', '2033年4月']);
    const values = (el.data!.series[0].observations as { value: number }[]).map((o) => o.value);
    const focused = () => (series(el, 'points:0')!.data as [number, number][]).map((d) => d[1]);
    expect(focused()).to.deep.equal([values[9999]]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip')[1]).to.equal('2033年3月');
    expect(focused()).to.deep.equal([values[9998]]);
  });
});
