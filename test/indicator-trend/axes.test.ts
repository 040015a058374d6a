/**
 * The trend's value axes (axes.ts): ticks chosen by the builder and given to ECharts, and grid
 * margins measured from their labels. What a reader sees: every label and name inside the chart,
 * none cut off at an edge, whatever the width, the sign, the size of the numbers, the axes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { alignedTicks, axisRange, niceTicks, tickValues } from '../../src/components/indicator-trend/axes.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import { untilChart, untilState } from '../support/helpers.js';
import { obs, trendData } from './fixtures.js';
import { levelExtent, option } from './option-helpers.js';

interface DrawnText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every text the chart draws (axis labels and names, bar labels, target labels), where it is drawn. */
function drawnTexts(el: CivicIndicatorTrend): DrawnText[] {
  type El = {
    type: string;
    ignore?: boolean;
    invisible?: boolean;
    style: { text?: string };
    getBoundingRect(): { clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number } };
    getComputedTransform(): unknown;
  };
  const list = (el.chart!.getZr() as unknown as { storage: { getDisplayList(update: boolean): El[] } }).storage.getDisplayList(true);
  return list
    // A label is drawn as zrender tspans (one per line of text).
    .filter((e) => e.type === 'tspan' && !e.ignore && !e.invisible && e.style.text)
    .map((e) => {
      const r = e.getBoundingRect().clone();
      r.applyTransform(e.getComputedTransform());
      return { text: e.style.text!, x: r.x, y: r.y, width: r.width, height: r.height };
    });
}

async function trendOf(data: IndicatorTrendData, width: number, locale = 'en') {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}><civic-indicator-trend locale=${locale} .data=${data}></civic-indicator-trend></div>`);
  const el = box.querySelector('civic-indicator-trend')!;
  await untilState(el, 'ready');
  await untilChart(el);
  return el;
}

/** Every drawn text lies inside the chart's canvas (half a pixel of rounding). */
function expectInside(el: CivicIndicatorTrend, what: string) {
  const w = el.chart!.getWidth();
  const h = el.chart!.getHeight();
  const texts = drawnTexts(el);
  expect(texts.length, `${what}: texts drawn`).to.be.greaterThan(3);
  for (const t of texts) {
    const where = `${what}: "${t.text}" at x ${t.x.toFixed(1)}–${(t.x + t.width).toFixed(1)}, y ${t.y.toFixed(1)}–${(t.y + t.height).toFixed(1)} in ${w} × ${h}`;
    expect(t.x, where).to.be.at.least(-0.5);
    expect(t.x + t.width, where).to.be.at.most(w + 0.5);
    expect(t.y, where).to.be.at.least(-0.5);
    expect(t.y + t.height, where).to.be.at.most(h + 0.5);
  }
  return texts;
}

const months = (year: number, values: number[]) => values.map((v, i) => obs(`${year}-${String(i + 1).padStart(2, '0')}`, v));

describe('civic-indicator-trend: value axes and the room for their labels', () => {
  it('chooses nice ticks as ECharts would: zero included, headroom above, no float noise', () => {
    expect(niceTicks(axisRange(800, 1390, 0.08))).to.deep.equal({ min: 0, max: 1500, interval: 300 });
    expect(niceTicks(axisRange(5, 5, 0.08))).to.deep.equal({ min: 0, max: 6, interval: 1 });
    expect(niceTicks(axisRange(-1234.5, 2345.6, 0.08))).to.deep.equal({ min: -2000, max: 3000, interval: 1000 });
    expect(niceTicks(axisRange(-7, -2, 0))).to.deep.equal({ min: -7, max: 0, interval: 1 });
    expect(tickValues(niceTicks(axisRange(0.1, 0.7, 0))!)).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(axisRange(Infinity, -Infinity, 0.08))).to.deep.equal({ min: 0, max: 1, interval: 0.2 });
  });

  it('aligns the change axis to the level axis: as many intervals, every value covered, zero a tick', () => {
    const level = { min: 0, max: 1600, interval: 400 };
    const change = alignedTicks(axisRange(-5, 12, 0), level);
    expect(change).to.deep.equal({ min: -5, max: 15, interval: 5 });
    for (const [lo, hi] of [[0, 8.2], [-3.3, 0.4], [0, 66.2], [-120, 35], [0.01, 0.07]] as [number, number][]) {
      const t = alignedTicks(axisRange(lo, hi, 0), level)!;
      expect(Math.round((t.max - t.min) / t.interval), `${lo}…${hi}`).to.equal(4);
      expect(t.min, `${lo}…${hi}`).to.be.at.most(Math.min(lo, 0));
      expect(t.max, `${lo}…${hi}`).to.be.at.least(hi);
      expect(tickValues(t), `${lo}…${hi}`).to.include(0);
    }
  });

  it('leaves magnitudes floating point cannot split to ECharts: no ticks, and its own label layout', async () => {
    expect(niceTicks(axisRange(-1.7e308, 1.7e308, 0.08))).to.equal(undefined);
    expect(alignedTicks(axisRange(0, 1.7e308, 0), { min: 0, max: 1, interval: 0.25 })).to.equal(undefined);
    const data = trendData({ signed: true, series: [{ id: 'x', name: 'Extreme', observations: [obs('2018', -1.7e308), obs('2019', 1.7e308)] }] });
    const el = await trendOf(data, 400);
    const o = option(el) as unknown as { grid: { outerBoundsMode: string }[]; yAxis: { min?: number }[] };
    expect(o.grid[0].outerBoundsMode).to.equal('same');
    expect(o.yAxis[0].min).to.equal(undefined);
    expect(drawnTexts(el).length).to.be.greaterThan(3);
  });

  it('gives ECharts its ticks: the level axis ECharts draws is the one the labels were measured for', async () => {
    const el = await trendOf(trendData(), 600);
    const y = option(el).yAxis as unknown as { min: number; max: number; interval: number }[];
    expect(levelExtent(el)).to.deep.equal([y[0].min, y[0].max]);
    expect(y[0]).to.include({ min: 0, max: 140, interval: 20 });
  });

  it('keeps every label and axis name inside the chart: narrow, signed, large, monthly, two axes, both locales', async function () {
    this.timeout(30000);
    const cases: [string, IndicatorTrendData, number, string][] = [
      ['year-on-year bars, 280 px', trendData(), 280, 'en'],
      [
        'signed values below zero, thousands',
        trendData({ signed: true, series: [{ id: 's', name: 'Signed', observations: [obs('2018', -1234.5), obs('2019', 2345.6), obs('2020', -88.8)] }] }),
        440,
        'en',
      ],
      [
        'large counts',
        trendData({ unit: 'count', series: [{ id: 'c', name: 'Count', unit: 'count', observations: [obs('2015', 12345678, { unit: 'count' }), obs('2016', 23456789, { unit: 'count' })] }] }),
        320,
        'zh-CN',
      ],
      ['a year of months, their labels with the year', trendData({ series: [{ id: 'm', name: 'Monthly', observations: months(2023, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) }] }), 300, 'en'],
      [
        'a second quantity and change bars: three value axes',
        trendData({
          series: [
            { id: 'a', name: 'Money', observations: [obs('2018', 1000), obs('2019', 1100, { yoyPct: 10 }), obs('2020', 1331, { yoyPct: 21 })] },
            { id: 'b', name: 'Share', unit: '%', observations: [obs('2018', 2.5, { unit: '%' }), obs('2019', 2.75, { unit: '%' }), obs('2020', 3.1, { unit: '%' })] },
          ],
        }),
        360,
        'zh-CN',
      ],
    ];
    for (const [what, data, width, locale] of cases) {
      const el = await trendOf(data, width, locale);
      const texts = expectInside(el, what);
      if (what.startsWith('signed')) expect(texts.some((t) => /^-\d/.test(t.text)), `${what}: a label below zero`).to.equal(true);
      if (what.startsWith('a year')) expect(texts.map((t) => t.text).some((t) => /2023$/.test(t) && t !== '2023')).to.equal(true);
      if (what.startsWith('a second')) {
        const y = option(el).yAxis as unknown as { show: boolean; offset?: number }[];
        expect(y.map((a) => a.show)).to.deep.equal([true, true, true]);
        // The second level axis stands beyond the change axis's labels, not on them.
        const right = texts.filter((t) => t.x > el.chart!.getWidth() / 2 && /^[\d.,]+$/.test(t.text));
        const columns = new Set(right.map((t) => Math.round(t.x + t.width)));
        expect(columns.size, `${what}: two columns of labels on the right`).to.be.at.least(2);
      }
      // The next case's chart is made only near the viewport: this one makes way.
      el.parentElement!.remove();
    }
  });

  it('does not let ECharts estimate the margins (no outer-bounds pass)', async () => {
    const el = await trendOf(trendData(), 500);
    const grid = (option(el) as unknown as { grid: { outerBoundsMode: string; left: number; right: number }[] }).grid[0];
    expect(grid.outerBoundsMode).to.equal('none');
    expect(grid.left).to.be.greaterThan(6);
    expect(grid.right).to.be.greaterThan(6);
  });
});
