import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { gaugeData } from './fixtures.js';
import { nextFrame, oneEvent, part, until, untilChart, untilState } from '../support/helpers.js';

const bandColors = (el: CivicClusterGauge) =>
  (el.chart!.getOption() as { series: { axisLine: { lineStyle: { color: [number, string][] } } }[] }).series[0].axisLine.lineStyle.color.map((s) => s[1]);

describe('civic-cluster-gauge: lifecycle', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('creates no chart until the element comes near the viewport', async () => {
    const wrap = await fixture(html`<div>
      <div style="height: 4000px"></div>
      <civic-cluster-gauge record="new_materials"></civic-cluster-gauge>
    </div>`);
    const el = wrap.querySelector('civic-cluster-gauge')!;
    await untilState(el, 'ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    // The summary and table are there already: text does not wait for the viewport.
    expect(part(el, 'summary')!.textContent).to.contain('43%');
    el.scrollIntoView();
    const chart = await untilChart(el);
    expect(chart.isDisposed()).not.to.equal(true);
    expect(el.shadowRoot!.querySelector('canvas')).not.to.equal(null);
  });

  it('disposes the chart when removed and renders again when re-inserted', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    const first = await untilChart(el);
    const parent = el.parentElement!;
    el.remove();
    expect(first.isDisposed()).to.equal(true);
    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    parent.append(el);
    const second = await untilChart(el);
    expect(second).not.to.equal(first);
    expect(second.isDisposed()).not.to.equal(true);
    expect((second.getOption() as { series: { data: { value: number }[] }[] }).series[0].data[0].value).to.equal(2174.6);
  });

  it('resizes with its container, not the window, and skips zero sizes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><civic-cluster-gauge record="new_materials"></civic-cluster-gauge></div>`);
    const el = wrap.querySelector('civic-cluster-gauge')!;
    const chart = await untilChart(el);
    const inner = (w: number) => w - 2 - 32; // border and padding
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

  it('restyles a live chart on a theme change without re-creating it', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    const chart = await untilChart(el);
    const light = bandColors(el);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    const dark = bandColors(el);
    expect(dark).not.to.deep.equal(light);
    el.setAttribute('theme', 'high-contrast');
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(bandColors(el)).to.deep.equal(['#767676', '#000000', '#767676']);
    el.theme = 'light';
    await el.updateComplete;
    expect(bandColors(el)).to.deep.equal(light);
  });

  it('follows the OS colour scheme with theme="auto"', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge theme="auto" record="new_materials"></civic-cluster-gauge>`);
    const chart = await untilChart(el);
    const before = bandColors(el);
    const surfaceBefore = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => JSON.stringify(bandColors(el)) !== JSON.stringify(before), 'a dark restyle');
    expect(getComputedStyle(el).backgroundColor).not.to.equal(surfaceBefore);
    expect(el.chart).to.equal(chart);
  });

  it('portals restyle with --civic-* custom properties', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge style="--civic-color-accent: #ff0000; --civic-color-surface: #000000" record="new_materials"></civic-cluster-gauge>`);
    await untilChart(el);
    // The top band is the accent mixed into the surface: red over black.
    const [, , top] = bandColors(el);
    expect(top).to.match(/^#[0-9a-f]{2}0000$/);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('turns animation off for prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    await untilChart(el);
    expect((el.chart!.getOption() as { animation: boolean }).animation).to.equal(false);
  });

  it('fires civic-ready after each render of new data', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge></civic-cluster-gauge>`);
    const ready = oneEvent(el, 'civic-ready');
    el.data = gaugeData();
    const ev = await ready;
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
    expect(el.state).to.equal('ready');
    expect(part(el, 'summary')!.textContent).to.contain('2500');
  });
});
