import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { mapData } from './fixtures.js';
import { markersOf, optionOf, readyMap } from './map-helpers.js';
import { nextFrame, until } from '../support/helpers.js';
import { echartsDrawing, lifecycleContract, type AnyCivic } from '../support/contract.js';
import type { EChartsType } from '../../src/core/echarts.js';

const pieceColours = (el: CivicInstituteMap) => optionOf(el).visualMap[0].pieces.map((p) => p.color);

describe('civic-institute-map: lifecycle', () => {
  const colours = (el: CivicInstituteMap) => ({ pieces: pieceColours(el), border: markersOf(el)[0].itemStyle.borderColor });
  lifecycleContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    record: 'institutes',
    drawing: echartsDrawing(readyMap as (el: AnyCivic) => Promise<EChartsType>),
    titles: {
      lazy: 'creates no chart until the element comes near the viewport, text first',
      dispose: 'disposes the chart when removed and draws again when re-inserted',
      theme: 'restyles the live chart on a theme change without re-creating it',
      ready: 'fires civic-ready after each render of new data, once the map is there',
    },
    lazy: { settleMs: 300, summaryContains: '8家可定位到区县', afterDraw: (el) => expect(markersOf(el)).to.have.length(8) },
    dispose: { check: (el) => expect(markersOf(el)).to.have.length(8) },
    theme: {
      colours,
      dark(el, light: ReturnType<typeof colours>) {
        expect(pieceColours(el)).not.to.deep.equal(light.pieces);
        expect(markersOf(el)[0].itemStyle.borderColor).not.to.equal(light.border);
      },
      highContrastBy: 'property',
      highContrast: (el) => expect(markersOf(el)[0].itemStyle.borderColor).to.equal('#000000'),
    },
    autoTheme: { colours: pieceColours },
    reducedMotion: { animation: (el) => optionOf(el).animation },
    ready: { data: () => mapData(), summaryContains: '其中3家可定位到区县', named: (title) => mapData({ title }), titleFor: (title) => title },
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
});
