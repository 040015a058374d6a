import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { institute, mapData, squareGeo } from './fixtures.js';
import { districtsOf, optionOf } from './map-helpers.js';
import { dataSourceContract } from '../support/contract.js';
import { captureWarnings, oneEvent, partText, until, untilChart, untilState } from '../support/helpers.js';

describe('civic-institute-map: data sources', () => {
  dataSourceContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    named: (title) => mapData({ title }),
    titleFor: (title) => title,
    property: { data: () => mapData(), title: '测试地图' },
    scriptFollowsEdits: false,
    missingUrl: '/test/institute-map/fixtures/none.json',
    titles: {
      property: 'renders the data property and returns it from the property',
      attribute: 'renders the data attribute (JSON)',
      script: 'renders a child <script type="application/json">',
    },
  });

  it('fetches src, showing loading first, and fires civic-ready once the map is there', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map src="/test/institute-map/fixtures/map.json"></civic-institute-map>`);
    expect(el.state).to.equal('loading');
    expect(partText(el, 'loading')).to.equal('正在加载…');
    const ev = await oneEvent(el, 'civic-ready');
    expect(ev.detail.data.title.zh).to.equal('网址地图');
    expect(partText(el, 'summary')).to.equal('数据列出1家研究机构，其中1家可定位到区县（江北区1家）。图上标记只表示所在区县，不是确切地点；1家的位置有来源，0家为推断。');
  });

  it('loads the record "institutes" and reports any other id as an error', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await untilState(el, 'ready');
    expect(el.data!.institutes).to.have.length(21);
    expect(el.data!.institutes.find((i) => i.id === 'dut_ningbo')!.location.hint).to.deep.include({ zh: '江北区（江北区科技局人员到访）。未核实前不在地图上标注。' });
    let bad!: CivicInstituteMap;
    const warnings = await captureWarnings(async () => {
      bad = await fixture<CivicInstituteMap>(html`<civic-institute-map record="gdp"></civic-institute-map>`);
      await untilState(bad, 'error');
    });
    expect(partText(bad, 'error')).to.contain('未找到数据记录');
    expect(warnings.join()).to.contain('record');
  });

  it('shows the empty state with no data, and with no institutes, never a made-up map', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map></civic-institute-map>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    el.data = mapData({ institutes: [] });
    await untilState(el, 'empty');
    expect(partText(el, 'summary')).to.equal('暂无机构数据。');
    expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="unlocated"]')).to.equal(null);
  });

  it('lets a page read the data, change it and set it back', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await untilState(el, 'ready');
    const data = el.data!;
    data.institutes.find((i) => i.id === 'hit_ningbo_equipment')!.location = { district: '江北区', confidence: 'sourced' };
    el.data = { ...data };
    await el.updateComplete;
    expect(partText(el, 'summary')).to.contain('其中9家可定位到区县').and.contain('12家位置未知');
  });

  it('never lets a geo-src response overwrite a newer map, and fetches again after re-insertion', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map geo-src="/test/institute-map/fixtures/squares.geojson"></civic-institute-map>`);
    el.data = mapData({ districtNameProperty: 'NAME', institutes: [institute('w', 'West')] });
    await el.updateComplete; // the geo-src fetch has started
    const other = squareGeo('NAME') as { features: { properties: { NAME: string } }[] };
    other.features[0].properties.NAME = 'Left';
    other.features[1].properties.NAME = 'Right';
    const warnings = await captureWarnings(async () => {
      el.geo = other;
      await untilState(el, 'ready');
      await untilChart(el);
      await until(() => !!optionOf(el)?.series, 'the option');
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(districtsOf(el).map((d) => d.name)).to.deep.equal(['Left', 'Right']);
    expect(warnings).to.deep.equal([
      '<civic-institute-map>: the map has no district named "West" (property "NAME"); institutes located there are listed beside the map.',
    ]);
    // Removed while a geo-src fetch runs: aborted; re-inserted: fetched again and drawn.
    const parent = el.parentElement!;
    el.geo = undefined;
    await el.updateComplete;
    el.remove();
    parent.append(el);
    await untilChart(el);
    await until(() => optionOf(el)?.series && districtsOf(el)[0]?.name === 'West', 'the geo-src map');
    expect(partText(el, 'summary')).to.contain('West');
  });
});
