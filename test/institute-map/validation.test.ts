import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { illustrative, institute, mapData, squareGeo, withField, XSS } from './fixtures.js';
import { markersOf, readyMap, unlocatedItems } from './map-helpers.js';
import { captureWarnings, oneEvent, part, partLines, partText, until, untilState } from '../support/helpers.js';
import { echartsDrawing, untrustedStringsContract, validationContract, type Drawing, type InvalidCase } from '../support/contract.js';
import type { EChartsType } from '../../src/core/echarts.js';

const badInstitute = (patch: Record<string, unknown>) => {
  const d = JSON.parse(JSON.stringify(mapData())) as { institutes: Record<string, unknown>[] };
  Object.assign(d.institutes[0], patch);
  return d;
};
const badLocation = (patch: Record<string, unknown>) =>
  badInstitute({ location: { district: '海曙区', confidence: 'sourced', ...patch } });

/** Ready, with its districts and the three located markers of mapData(). */
const mapDrawing = echartsDrawing(async (el) => {
  const chart = await readyMap(el as CivicInstituteMap);
  await until(() => markersOf(el as CivicInstituteMap).length > 0, 'the markers');
  return chart as EChartsType;
}) as unknown as Drawing<CivicInstituteMap>;

const cases: InvalidCase[] = [
  ['a missing institutes list', withField('institutes', undefined), 'institutes'],
  ['institutes that are not a list', withField('institutes', { a: 1 }), 'institutes'],
  ['an unknown status', badInstitute({ statuses: ['built'] }), 'institutes[0].statuses[0]'],
  ['no status', badInstitute({ statuses: [] }), 'institutes[0].statuses'],
  ['a number for a name', badInstitute({ name: 42 }), 'institutes[0].name'],
  ['a missing id', badInstitute({ id: undefined }), 'institutes[0].id'],
  ['a duplicate id', badInstitute({ id: 'b' }), 'institutes[1].id'],
  ['a missing source', badInstitute({ source: undefined }), 'institutes[0].source'],
  ['a non-http source url', badInstitute({ source: { kind: 'external', quote: 'q', url: 'javascript:alert(1)' } }), 'institutes[0].source.url'],
  ['a missing location', badInstitute({ location: undefined }), 'institutes[0].location'],
  ['a number for a district', badLocation({ district: 7 }), 'institutes[0].location.district'],
  ['a missing district', badLocation({ district: undefined }), 'institutes[0].location.district'],
  ['a wrong confidence', badLocation({ confidence: 'sure' }), 'institutes[0].location.confidence'],
  ['lon without lat', badLocation({ lon: 121.5 }), 'institutes[0].location.lat'],
  ['a latitude of 200', badLocation({ lon: 121.5, lat: 200 }), 'institutes[0].location.lat'],
  ['a string longitude', badLocation({ lon: '121.5', lat: 29.9 }), 'institutes[0].location.lon'],
  ['NaN as longitude', badLocation({ lon: NaN, lat: 29.9 }), 'institutes[0].location.lon'],
  ['a bad location source', badLocation({ sources: [{ kind: 'rumour', quote: 'q' }] }), 'institutes[0].location.sources[0].kind'],
  ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(mapData()).slice(1)}`), '__proto__'],
  ['a number instead of an object', 7, '(root)'],
];

describe('civic-institute-map: invalid data', () => {
  validationContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    cases,
    caseTitle: (what, path) => `rejects ${what} with the error state naming ${path}`,
    notJson: true,
    lastGood: {
      title: 'keeps the last good map and data when bad data arrives, and recovers with good data',
      drawing: mapDrawing,
      good: () => mapData(),
      bad: () => withField('institutes', 'many'),
      kept(el) {
        expect(markersOf(el)).to.have.length(3);
        expect(el.data!.institutes).to.have.length(4);
      },
      recovered: () => mapData({ institutes: [institute('z', '江北区')] }),
      recoveredCheck: (el) => expect(markersOf(el).map((m) => m.name)).to.deep.equal(['测试机构z']),
    },
  });
});

const geoCases: [string, unknown, string][] = [
  ['not a FeatureCollection', { type: 'Feature' }, 'geo.type'],
  ['no features', { type: 'FeatureCollection', features: [] }, 'geo.features'],
  ['a string coordinate', (() => { const g = squareGeo('name') as { features: { geometry: { coordinates: unknown[][][] } }[] }; g.features[1].geometry.coordinates[0][2] = [102, '31']; return g; })(), 'geo.features[1].geometry.coordinates[0][2][1]'],
  ['a feature without its name', squareGeo('NAME'), 'geo.features[0].properties.name'],
  ['a point instead of a polygon', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'P' }, geometry: { type: 'Point', coordinates: [1, 2] } }] }, 'geo.features[0].geometry.type'],
  ['a duplicated district', { type: 'FeatureCollection', features: [...(squareGeo('name') as { features: unknown[] }).features, (squareGeo('name') as { features: unknown[] }).features[0]] }, 'geo.features[2].properties.name'],
];

describe('civic-institute-map: invalid GeoJSON is the error state', () => {
  for (const [what, geo, path] of geoCases) {
    it(`rejects a map with ${what}, naming ${path}`, async () => {
      const el = await fixture<CivicInstituteMap>(html`<civic-institute-map locale="en"></civic-institute-map>`);
      const errored = oneEvent(el, 'civic-error');
      const warnings = await captureWarnings(async () => {
        el.geo = geo as object;
        el.data = mapData({ institutes: [institute('a', 'West')] });
        await errored;
        await el.updateComplete;
      });
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.match(/^Invalid data: /).and.contain(path);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(path);
      expect(partText(el, 'map-status')).to.equal('The map cannot be shown');
    });
  }

  it('reports invalid GeoJSON from geo-src, and a geo-src that fails to load', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map geo-src="/test/institute-map/fixtures/bad.geojson"></civic-institute-map>`);
    await captureWarnings(async () => {
      el.data = mapData();
      await untilState(el, 'error');
    });
    expect(partText(el, 'error')).to.equal('数据无效：geo.features[0].geometry.coordinates[0][1][1] must be a latitude between -90 and 90, got the string "30"');
    const missing = await fixture<CivicInstituteMap>(html`<civic-institute-map geo-src="/test/institute-map/fixtures/none.geojson"></civic-institute-map>`);
    const warnings = await captureWarnings(async () => {
      missing.data = mapData();
      await untilState(missing, 'error');
    });
    expect(partText(missing, 'error')).to.equal('数据加载失败：geo-src returned HTTP 404');
    expect(warnings.join()).to.contain('geo-src');
  });

  it('keeps the last good map when a bad map arrives, and recovers', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map></civic-institute-map>`);
    el.data = mapData();
    const chart = await mapDrawing.drawn(el);
    await captureWarnings(async () => {
      el.geo = { type: 'FeatureCollection', features: 'none' };
      await untilState(el, 'error');
    });
    expect(partText(el, 'error')).to.contain('geo.features');
    expect(el.chart).to.equal(chart);
    expect(markersOf(el)).to.have.length(3);
    el.geo = undefined;
    el.data = mapData();
    await untilState(el, 'ready');
    expect(part(el, 'error')).to.equal(null);
    expect(markersOf(el)).to.have.length(3);
  });
});

describe('civic-institute-map: untrusted strings', () => {
  const src = { kind: 'external' as const, quote: XSS, url: 'https://example.org/<script>', publisher: XSS };
  untrustedStringsContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    // A portal's map whose first district is named with the payload.
    prepare(el) {
      const geo = squareGeo('name') as { features: { properties: { name: string } }[] };
      geo.features[0].properties.name = XSS;
      el.geo = geo;
    },
    data: () =>
      mapData({
        title: `${XSS}<script>window.__xss=2</script>`,
        notes: [XSS],
        institutes: [
          institute('x1', XSS, { name: XSS, location: { district: XSS, confidence: 'sourced', zone: XSS, note: XSS, sources: [src] }, source: src }),
          institute('x2', null, { name: `${XSS}2`, location: { district: null, confidence: 'unknown', hint: XSS } }),
          institute('x3', `<b>${XSS}</b>`, { source: illustrative }),
        ],
      }),
    drawing: echartsDrawing(async (el) => {
      const chart = await readyMap(el as CivicInstituteMap);
      await until(() => markersOf(el as CivicInstituteMap).length === 1, 'the marker');
      return chart;
    }),
    key: 'ArrowRight',
    parts: ['summary', 'tooltip', 'table', 'source', 'notes'],
    extra(el) {
      expect(partLines(el, 'tooltip')[0]).to.equal(XSS);
      expect(unlocatedItems(el).map((u) => u.text).join())
        .to.contain(`${XSS}2`)
        .and.contain(`未经确认的线索：${XSS}`)
        .and.contain(`所在区县“<b>${XSS}</b>”不在地图上`);
    },
  });
});
