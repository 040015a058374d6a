import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { mapData, withField } from './fixtures.js';
import { districtFills, legendButtons, markersOf, optionOf, readyMap, scaleOf } from './map-helpers.js';
import { until } from '../support/helpers.js';
import { echartsDrawing, eventsContract, lifecycleContract, type AnyCivic } from '../support/contract.js';
import type { EChartsType } from '../../src/core/echarts.js';

/** The scale legend's swatch colours as shown. */
const pieceColours = (el: CivicInstituteMap) => scaleOf(el)!.pieces.map((p) => p.color);

describe('civic-institute-map: lifecycle', () => {
  const colours = (el: CivicInstituteMap) => ({
    pieces: pieceColours(el),
    districts: [...districtFills(el).values()],
    border: markersOf(el)[0].itemStyle.borderColor,
  });
  lifecycleContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    record: 'institutes',
    drawing: echartsDrawing(readyMap as (el: AnyCivic) => Promise<EChartsType>),
    titles: {
      lazy: 'creates no chart until the element comes near the viewport, text first',
      dispose: 'disposes the chart when removed and draws again when re-inserted',
      theme: 'restyles the live chart on a theme change without re-creating it',
    },
    lazy: { summaryContains: '8家可定位到区县', afterDraw: (el) => expect(markersOf(el)).to.have.length(8) },
    dispose: { check: (el) => expect(markersOf(el)).to.have.length(8) },
    resize: {},
    portal: {
      style: '--civic-color-series-1: #ff0000; --civic-color-surface: #000000',
      check(el) {
        // Introduced institutes are circles in series colour 1; the districts are shaded from the black surface.
        const circles = markersOf(el).filter((m) => m.symbol === 'circle');
        expect(circles).to.have.length.above(0);
        for (const m of circles) expect(m.itemStyle.color).to.equal('#ff0000');
        expect(pieceColours(el)[0]).to.match(/^#[0-3][0-9a-f]{5}$/);
        expect(districtFills(el).get('江北区'), 'a district with none is in the legend\'s first shade').to.equal(pieceColours(el)[0]);
      },
    },
    theme: {
      colours,
      dark(el, light: ReturnType<typeof colours>) {
        expect(pieceColours(el)).not.to.deep.equal(light.pieces);
        expect([...districtFills(el).values()]).not.to.deep.equal(light.districts);
        // The districts and the legend restyle together: every district is in a shade of the legend.
        for (const fill of districtFills(el).values()) expect(pieceColours(el)).to.include(fill);
        expect(markersOf(el)[0].itemStyle.borderColor).not.to.equal(light.border);
      },
      highContrastBy: 'property',
      highContrast: (el) => expect(markersOf(el)[0].itemStyle.borderColor).to.equal('#000000'),
    },
    autoTheme: { colours: pieceColours },
    reducedMotion: { animation: (el) => optionOf(el).animation },
  });

  eventsContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    drawing: echartsDrawing(readyMap as (el: AnyCivic) => Promise<EChartsType>),
    data: () => mapData(),
    named: (title) => mapData({ title }),
    titleFor: (title) => title,
    bad: () => withField('institutes', 'many'),
    legend: {
      async toggle(el) {
        await until(() => markersOf(el).length === 3, 'the three markers');
        // The second status of mapData(), "introduced": institute a goes, b stays (also under construction).
        legendButtons(el)[1].click();
        await until(() => markersOf(el).length === 2, 'the introduced institutes hidden');
      },
    },
  });

  it('switches to the narrow layout below 420 px in the same chart: smaller markers, no district names', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"><civic-institute-map record="institutes"></civic-institute-map></div>`);
    const el = wrap.querySelector('civic-institute-map')!;
    const chart = await readyMap(el);
    const names = () => (optionOf(el).series.find((s) => s.id === 'district-names') as unknown as { label: { show: boolean } }).label.show;
    expect(names()).to.equal(true);
    expect(markersOf(el).find((m) => m.symbol === 'circle')!.symbolSize).to.equal(13);
    wrap.style.width = '400px';
    // Narrow: smaller markers, no district names on the map (the table and tooltips keep them).
    await until(() => names() === false, 'the narrow option');
    expect(markersOf(el).find((m) => m.symbol === 'circle')!.symbolSize).to.equal(11);
    wrap.style.width = '700px';
    await until(() => names() === true, 'the wide option again');
    expect(el.chart).to.equal(chart);
  });
});
