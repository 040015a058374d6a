import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { bigData, trendData } from './fixtures.js';
import { nextFrame, oneEvent, part, partLines, partText, until, untilChart, untilState } from '../support/helpers.js';
import { option, pointsOf, series } from './option-helpers.js';

const firstColor = (el: CivicIndicatorTrend) => pointsOf(el)[0][0].itemStyle.color;

describe('civic-indicator-trend: lifecycle', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('creates no chart until the element comes near the viewport', async () => {
    const wrap = await fixture(html`<div>
      <div style="height: 4000px"></div>
      <civic-indicator-trend record="gdp"></civic-indicator-trend>
    </div>`);
    const el = wrap.querySelector('civic-indicator-trend')!;
    await untilState(el, 'ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(partText(el, 'summary')).to.contain('18147.7亿元');
    el.scrollIntoView();
    const chart = await untilChart(el);
    expect(chart.isDisposed()).not.to.equal(true);
    expect(el.shadowRoot!.querySelector('canvas')).not.to.equal(null);
  });

  it('disposes the chart when removed and renders again when re-inserted', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="rd_intensity"></civic-indicator-trend>`);
    const first = await untilChart(el);
    const parent = el.parentElement!;
    el.remove();
    expect(first.isDisposed()).to.equal(true);
    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    parent.append(el);
    const second = await untilChart(el);
    expect(second).not.to.equal(first);
    expect(series(el, 'targets')!.markLine!.data.map((m) => m.yAxis)).to.deep.equal([3.4, 3.6]);
  });

  it('resizes with its container, not the window, and skips zero sizes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><civic-indicator-trend record="gdp"></civic-indicator-trend></div>`);
    const el = wrap.querySelector('civic-indicator-trend')!;
    const chart = await untilChart(el);
    const inner = (w: number) => w - 2 - 32;
    expect(chart.getWidth()).to.equal(inner(600));
    wrap.style.width = '400px';
    await until(() => chart.getWidth() === inner(400), 'a resize to 400px');
    wrap.style.display = 'none';
    await nextFrame();
    await nextFrame();
    expect(chart.getWidth()).to.equal(inner(400));
    wrap.style.display = '';
    wrap.style.width = '500px';
    await until(() => chart.getWidth() === inner(500), 'a resize to 500px');
    expect(el.chart).to.equal(chart);
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

  it('restyles a live chart on a theme change without re-creating it', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp"></civic-indicator-trend>`);
    const chart = await untilChart(el);
    const light = firstColor(el);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(firstColor(el)).not.to.equal(light);
    el.setAttribute('theme', 'high-contrast');
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    // High contrast: change bars carry a hatch pattern, not colour alone.
    const bars = option(el).series.find((s) => s.id === 'change:0') as unknown as { itemStyle: { decal?: unknown } };
    expect(bars.itemStyle.decal).to.exist;
    el.theme = 'light';
    await el.updateComplete;
    expect(firstColor(el)).to.equal(light);
  });

  it('follows the OS colour scheme with theme="auto"', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend theme="auto" record="gdp"></civic-indicator-trend>`);
    const chart = await untilChart(el);
    const before = firstColor(el);
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => firstColor(el) !== before, 'a dark restyle');
    expect(el.chart).to.equal(chart);
  });

  it('portals restyle with --civic-* custom properties', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend style="--civic-color-series-1: #ff0000; --civic-color-surface: #000000" record="rd_intensity"></civic-indicator-trend>`);
    await untilChart(el);
    const line = pointsOf(el)[0];
    expect(line.find((d) => d.itemStyle.color === '#ff0000')).to.exist; // an exact point
    expect(line.find((d) => d.itemStyle.color === '#000000' && d.itemStyle.borderColor === '#ff0000')).to.exist; // a hollow estimate
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('turns animation off for prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp"></civic-indicator-trend>`);
    await untilChart(el);
    expect(option(el).animation).to.equal(false);
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

  it('fires civic-ready after each render of new data', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    const ready = oneEvent(el, 'civic-ready');
    el.data = trendData();
    const ev = await ready;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.data).to.equal(el.data);
    expect(el.state).to.equal('ready');
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
    expect(pointsOf(el)[0]).to.have.length(10000);
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(10000);
    expect(partText(el, 'source')).to.contain('示例数据，非真实统计');
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip').slice(0, 2)).to.deep.equal(['一万个点', '2033年4月']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip')[1]).to.equal('2033年3月');
  });
});
