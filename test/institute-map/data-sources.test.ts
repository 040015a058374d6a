import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import type { InstituteMapData } from '../../src/components/institute-map/types.js';
import { institute, mapData, squareGeo } from './fixtures.js';
import { districtsOf, optionOf, readyMap } from './map-helpers.js';
import { dataSourceContract, echartsDrawing, type AnyCivic } from '../support/contract.js';
import type { EChartsType } from '../../src/core/echarts.js';
import { captureWarnings, holdFetch, partText, until, untilState } from '../support/helpers.js';

const SLOW = '/__map_slow__/map.json';
const GEO = '/__geo_slow__/map.geojson';

describe('civic-institute-map: data sources', () => {
  dataSourceContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    // The map draws once its districts are there.
    drawing: echartsDrawing(readyMap as (el: AnyCivic) => Promise<EChartsType>),
    named: (title) => mapData({ title }),
    titleFor: (title) => title,
    property: { data: () => mapData(), title: '测试地图', summary: { contains: '其中3家可定位到区县' } },
    // Answered in the page: `?ms=…&name=…` after ms milliseconds; requests and aborts are recorded.
    fetch: {
      slowUrl: (name, ms) => `${SLOW}?${[ms !== undefined && `ms=${ms}`, name !== undefined && `name=${name}`].filter(Boolean).join('&')}`,
      nameOf: (data: InstituteMapData) => data.title,
      stub: () => holdFetch('/__map_slow__/', (u) => mapData({ title: u.searchParams.get('name') ?? 'slow' })),
    },
    staticJson: { url: '/test/institute-map/fixtures/map.json', title: 'URL map', summaryContains: 'The data lists 1 research institute' },
    missingUrl: '/test/institute-map/fixtures/none.json',
    record: {
      id: 'institutes',
      title: '报道提及的研究机构及所在区县',
      summary: /^报道提及21家研究机构，其中8家可定位到区县/,
      unknown: ['gdp'],
    },
    empty: (el) => expect(el.shadowRoot!.querySelector('[part~="unlocated"]')).to.equal(null),
    roundTrip: {
      record: 'institutes',
      edit: (data: InstituteMapData) => (data.institutes.find((i) => i.id === 'hit_ningbo_equipment')!.location = { district: '江北区', confidence: 'sourced' }),
      check: (el) => expect(partText(el, 'summary')).to.contain('其中9家可定位到区县').and.contain('12家位置未知'),
    },
  });

  it('shows data without institutes as the empty state, never a made-up map', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map></civic-institute-map>`);
    el.data = mapData({ institutes: [] });
    await untilState(el, 'empty');
    expect(partText(el, 'summary')).to.equal('暂无机构数据。');
    expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="unlocated"]')).to.equal(null);
  });

  it('never lets a late geo-src response overwrite a newer map, aborts it, and fetches again after re-insertion', async () => {
    // `?ms=…&names=A,B`: two square districts named A and B, after ms milliseconds.
    const geo = holdFetch('/__geo_slow__/', (u) => {
      const g = squareGeo('NAME') as { features: { properties: { NAME: string } }[] };
      (u.searchParams.get('names') ?? 'West,East').split(',').forEach((n, i) => (g.features[i].properties.NAME = n));
      return g;
    });
    try {
      const el = await fixture<CivicInstituteMap>(html`<civic-institute-map geo-src=${`${GEO}?ms=600&names=Old,Older`}></civic-institute-map>`);
      const warnings = await captureWarnings(async () => {
        el.data = mapData({ districtNameProperty: 'NAME', institutes: [institute('l', 'Left'), institute('w', 'West')] });
        await until(() => geo.requested.length === 1, 'the first map requested');
        el.geoSrc = `${GEO}?ms=50&names=Left,Right`;
        await readyMap(el);
        await until(() => districtsOf(el)[0]?.name === 'Left', 'the newer map');
        // Once aborted, the older map can never arrive.
        await until(() => geo.aborted.length === 1, 'the older map aborted');
      });
      expect(geo.aborted).to.deep.equal(['?ms=600&names=Old,Older']);
      expect(districtsOf(el).map((d) => d.name)).to.deep.equal(['Left', 'Right']);
      expect(warnings).to.deep.equal([
        '<civic-institute-map>: the map has no district named "West" (property "NAME"); institutes located there are listed beside the map.',
      ]);
      // Removed while a geo-src fetch runs: aborted; re-inserted: fetched again and drawn.
      el.geoSrc = `${GEO}?ms=300&names=West,East`;
      await until(() => geo.requested.length === 3, 'the third map requested');
      const parent = el.parentElement!;
      el.remove();
      await until(() => geo.aborted.length === 2, 'the map aborted on removal');
      await captureWarnings(async () => {
        parent.append(el);
        await until(() => !!el.chart && !!optionOf(el)?.series && districtsOf(el)[0]?.name === 'West', 'the map after re-insertion');
      });
      expect(geo.requested).to.have.length(4);
      expect(partText(el, 'summary')).to.contain('West');
    } finally {
      geo.restore();
    }
  });
});
