import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { mapData } from './fixtures.js';
import { markersOf, optionOf } from './map-helpers.js';
import { nextFrame, oneEvent, part, until, untilChart, untilState } from '../support/helpers.js';

const pieceColours = (el: CivicInstituteMap) => optionOf(el).visualMap[0].pieces.map((p) => p.color);

async function readyMap(el: CivicInstituteMap) {
  await untilState(el, 'ready');
  const chart = await untilChart(el, 8000);
  await until(() => !!optionOf(el)?.series, 'the option');
  return chart;
}

describe('civic-institute-map: lifecycle', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('creates no chart until the element comes near the viewport, text first', async () => {
    const wrap = await fixture(html`<div><div style="height: 4000px"></div><civic-institute-map record="institutes"></civic-institute-map></div>`);
    const el = wrap.querySelector('civic-institute-map')!;
    await untilState(el, 'ready');
    await new Promise((r) => setTimeout(r, 300));
    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(part(el, 'summary')!.textContent).to.contain('8家可定位到区县');
    el.scrollIntoView();
    await readyMap(el);
    expect(markersOf(el)).to.have.length(8);
  });

  it('disposes the chart when removed and draws again when re-inserted', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    const first = await readyMap(el);
    const parent = el.parentElement!;
    el.remove();
    expect(first.isDisposed()).to.equal(true);
    expect(el.chart).to.equal(undefined);
    parent.append(el);
    const second = await readyMap(el);
    expect(second).not.to.equal(first);
    expect(markersOf(el)).to.have.length(8);
  });

  it('resizes with its container and skips zero sizes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"><civic-institute-map record="institutes"></civic-institute-map></div>`);
    const el = wrap.querySelector('civic-institute-map')!;
    const chart = await readyMap(el);
    const inner = (w: number) => w - 2 - 32;
    expect(chart.getWidth()).to.equal(inner(700));
    const names = () => (optionOf(el).series.find((s) => s.id === 'district-names') as unknown as { label: { show: boolean } }).label.show;
    expect(names()).to.equal(true);
    expect(markersOf(el).find((m) => m.symbol === 'circle')!.symbolSize).to.equal(13);
    wrap.style.width = '400px';
    await until(() => chart.getWidth() === inner(400), 'a resize to 400px');
    // Narrow: smaller markers, no district names on the map (the table and tooltips keep them).
    await until(() => names() === false, 'the narrow option');
    expect(markersOf(el).find((m) => m.symbol === 'circle')!.symbolSize).to.equal(11);
    wrap.style.display = 'none';
    await nextFrame();
    await nextFrame();
    expect(chart.getWidth()).to.equal(inner(400));
    wrap.style.display = '';
    expect(el.chart).to.equal(chart);
  });

  it('restyles the live chart on a theme change without re-creating it', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    const chart = await readyMap(el);
    const light = pieceColours(el);
    const lightBorder = markersOf(el)[0].itemStyle.borderColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(pieceColours(el)).not.to.deep.equal(light);
    expect(markersOf(el)[0].itemStyle.borderColor).not.to.equal(lightBorder);
    el.theme = 'high-contrast';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(markersOf(el)[0].itemStyle.borderColor).to.equal('#000000');
    el.theme = 'light';
    await el.updateComplete;
    expect(pieceColours(el)).to.deep.equal(light);
  });

  it('follows the OS colour scheme with theme="auto"', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map theme="auto" record="institutes"></civic-institute-map>`);
    const chart = await readyMap(el);
    const before = JSON.stringify(pieceColours(el));
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => JSON.stringify(pieceColours(el)) !== before, 'a dark restyle');
    expect(el.chart).to.equal(chart);
  });

  it('turns animation off for prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    expect(optionOf(el).animation).to.equal(false);
  });

  it('fires civic-ready after each render of new data, once the map is there', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map></civic-institute-map>`);
    const ready = oneEvent(el, 'civic-ready');
    el.data = mapData();
    const ev = await ready;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(el.state).to.equal('ready');
    expect(part(el, 'summary')!.textContent).to.contain('其中3家可定位到区县');
    const again = oneEvent(el, 'civic-ready');
    el.data = mapData({ title: '又一次' });
    await again;
  });
});
