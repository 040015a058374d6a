import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import ningbo from '../../seeds/geo/ningbo-districts.json';
import seed from '../../seeds/institutes.json';
import { institute, mapData, squareGeo } from './fixtures.js';
import { districtFills, districtsOf, insideGeometry, legendButtons, legendColour, markersOf, optionOf, pixelOf, readyMap, scaleOf, unlocatedItems } from './map-helpers.js';
import { echartsDrawing, renderingContract, type AnyCivic } from '../support/contract.js';
import type { EChartsType } from '../../src/core/echarts.js';
import { captureWarnings, holdFetch, part, partText, untilRendered } from '../support/helpers.js';

type Feature = { properties: { name: string }; geometry: { type: string; coordinates: unknown } };
const features = (ningbo as unknown as { features: Feature[] }).features;
const seedInstitutes = (seed as unknown as { institutes: { id: string; nameZh: string; statuses: string[]; location: { district: string | null } }[] }).institutes;


/** Checks that no two markers overlap on screen, and returns the smallest gap in pixels. */
function smallestGap(el: CivicInstituteMap): number {
  const ms = markersOf(el);
  let min = Infinity;
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length; j++) {
      const [ax, ay] = pixelOf(el, ms[i].value);
      const [bx, by] = pixelOf(el, ms[j].value);
      const gap = Math.hypot(ax - bx, ay - by) - (ms[i].symbolSize + ms[j].symbolSize) / 2;
      min = Math.min(min, gap);
    }
  }
  return min;
}

describe('civic-institute-map: what it shows', () => {
  renderingContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    drawing: echartsDrawing(readyMap as (el: AnyCivic) => Promise<EChartsType>),
    titles: { narrow: 'stays readable at 280 px wide, markers still apart' },
    illustrative: { data: () => mapData() },
    narrow: {
      attrs: { record: 'institutes' },
      extra: (el) => expect(smallestGap(el)).to.be.greaterThan(0),
    },
    locale: {
      record: 'institutes',
      zh: '报道提及的研究机构及所在区县',
      en: 'Research institutes named in the report, by district',
      extra: (el) => expect(partText(el, 'unlocated-heading')).to.equal('Not on the map: location unknown (13)'),
    },
    display: { record: 'institutes', title: '报道提及的研究机构及所在区县' },
  });

  it('summarises the report\'s institutes in zh-CN and en', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    expect(partText(el, 'summary')).to.equal(
      '报道提及21家研究机构，其中8家可定位到区县（海曙区、北仑区、鄞州区各2家，镇海区、慈溪市各1家），13家位置未知。' +
        '图上标记只表示所在区县，不是确切地点；5家的位置有来源，3家为推断。',
    );
    expect(partText(el, 'title')).to.equal('报道提及的研究机构及所在区县');
    expect(partText(el, 'subtitle')).to.contain('位置只到区县一级');
    expect(partText(el, 'source')).to.match(/^来源：原报道/);
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal(
      'The report names 21 research institutes: 8 can be placed in a district (Haishu, Beilun and Yinzhou 2 each; Zhenhai and Cixi 1 each) and the location of 13 is unknown. ' +
        'Markers show the district only, not the site; 5 locations are sourced, 3 inferred.',
    );
    expect(partText(el, 'subtitle')).to.contain('district-level');
  });

  it('draws every located institute once, inside its own district, none on top of another', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const markers = markersOf(el);
    const located = seedInstitutes.filter((i) => i.location.district !== null);
    expect(markers.map((m) => m.name).sort()).to.deep.equal(located.map((i) => i.nameZh).sort());
    for (const m of markers) {
      const inst = seedInstitutes.find((i) => i.nameZh === m.name)!;
      const own = features.find((f) => f.properties.name === inst.location.district)!;
      expect(insideGeometry(m.value, own.geometry), `${m.name} inside ${inst.location.district}`).to.equal(true);
      for (const other of features.filter((f) => f !== own)) {
        expect(insideGeometry(m.value, other.geometry), `${m.name} not inside ${other.properties.name}`).to.equal(false);
      }
    }
    const positions = markers.map((m) => m.value.join(','));
    expect(new Set(positions).size).to.equal(positions.length);
    expect(smallestGap(el)).to.be.greaterThan(0);
  });

  it('puts every institute exactly once on the map or in the unlocated list, which is complete', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const onMap = markersOf(el).map((m) => seedInstitutes.find((i) => i.nameZh === m.name)!.id);
    const listed = unlocatedItems(el).map((u) => u.id);
    expect([...onMap, ...listed].sort()).to.deep.equal(seedInstitutes.map((i) => i.id).sort());
    expect(listed).to.deep.equal(seedInstitutes.filter((i) => i.location.district === null).map((i) => i.id));
    expect(part(el, 'unlocated')!.tagName).to.equal('UL');
    expect(partText(el, 'unlocated-heading')).to.equal('位置未知、未在地图上标注的机构（13家）');
    const dut = unlocatedItems(el).find((u) => u.id === 'dut_ningbo')!;
    expect(dut.text).to.contain('大连理工宁波研究院').and.contain('已引进建设').and.contain('未经确认的线索：江北区');
    const labs = unlocatedItems(el).filter((u) => u.id.startsWith('yongjiang_lab'));
    expect(labs).to.have.length(4);
    for (const l of labs) expect(l.text).to.contain('规划建设的实验室').and.contain('位置未知');
  });

  it('tells status by shape as well as colour, marking the most advanced status', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const byName = new Map(markersOf(el).map((m) => [m.name, m]));
    expect(byName.get('北航宁波创新研究院')!.symbol).to.equal('rect'); // introduced + substantive construction
    expect(byName.get('上海交大宁波人工智能研究院')!.symbol).to.equal('circle');
    expect(byName.get('北大宁波海洋药物研究院')!.symbol).to.equal('triangle');
    expect(byName.get('宁波新材料(国际)创新中心')!.symbol).to.match(/^path:\/\//);
    // One shape per status, and one colour per status: never colour alone, never shape alone.
    const pairs = new Set(markersOf(el).map((m) => `${m.symbol}|${m.itemStyle.color}`));
    const symbols = new Set(markersOf(el).map((m) => m.symbol));
    const colours = new Set(markersOf(el).map((m) => m.itemStyle.color));
    expect(symbols.size).to.equal(pairs.size);
    expect(colours.size).to.equal(pairs.size);
    // The legend: each status as a button with its shape and its name in words.
    const buttons = legendButtons(el);
    expect(buttons.map((b) => b.querySelector('.label')!.textContent)).to.deep.equal([
      '已启动实质性建设',
      '已引进建设',
      '洽谈引进中',
      '规划建设的实验室',
      '仅被提及',
    ]);
    const glyphs = buttons.map((b) => b.querySelector('svg path')!.getAttribute('d'));
    expect(new Set(glyphs).size).to.equal(5);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true', 'true', 'true']);
    // High contrast: black outlines and the count written beside each district's name.
    el.theme = 'high-contrast';
    await el.updateComplete;
    expect(markersOf(el).every((m) => m.itemStyle.borderColor === '#000000')).to.equal(true);
    const names = optionOf(el).series.find((s) => s.id === 'district-names')!;
    const formatter = (names as unknown as { label: { formatter: (p: unknown) => string } }).label.formatter;
    expect(formatter({ name: '慈溪市', data: { district: '慈溪市' } })).to.equal('慈溪市 1');
  });

  it('shades districts by institute count, with a scale legend in words under the map', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const counts = Object.fromEntries(districtsOf(el).map((d) => [d.name, d.value]));
    expect(counts).to.deep.equal({ 海曙区: 2, 江北区: 0, 北仑区: 2, 镇海区: 1, 鄞州区: 2, 象山县: 0, 宁海县: 0, 余姚市: 0, 慈溪市: 1, 奉化区: 0 });
    const scale = scaleOf(el)!;
    expect(scale.title).to.equal('区县机构数：');
    expect(scale.pieces.map((p) => p.label)).to.deep.equal(['0家', '1家', '2家']);
    expect(new Set(scale.pieces.map((p) => p.color)).size).to.equal(3);
    // Every district is filled with the colour the legend shows beside its count.
    const fills = districtFills(el);
    for (const [name, n] of Object.entries(counts)) expect(fills.get(name), name).to.equal(legendColour(el, n));
    expect(el.shadowRoot!.querySelector('.table-notes')!.textContent).to.contain('各区县机构数（地图底色；推算值：按本表计数）：海曙区2家，江北区0家');
    // Visible, right under the map's box and outside it: the map keeps the pointer and the keyboard.
    const chart = part(el, 'chart')!;
    expect(scale.box.checkVisibility()).to.equal(true);
    expect(chart.contains(scale.box)).to.equal(false);
    const below = scale.box.getBoundingClientRect().top - chart.getBoundingClientRect().bottom;
    expect(below).to.be.within(0, 12);
    for (const p of scale.pieces) {
      const box = p.swatch.getBoundingClientRect();
      expect(box.width * box.height, `swatch of ${p.label}`).to.be.greaterThan(100);
    }
    expect(scale.box.getAttribute('aria-hidden')).to.equal(null);
    expect(scale.box.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('scale-title');
    // In English.
    el.locale = 'en';
    await el.updateComplete;
    expect(scaleOf(el)!.title).to.equal('Institutes per district:');
    expect(scaleOf(el)!.pieces.map((p) => p.label)).to.deep.equal(['0', '1', '2']);
  });

  it('draws each district name once, from the names layer: the district outlines carry no label of their own', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes" locale="en"></civic-institute-map>`);
    const chart = await readyMap(el);
    type El = { type: string; style?: { text?: string }; getTextContent?: () => unknown; isGroup?: boolean };
    const all: El[] = [];
    chart.getZr().storage.traverse((e: El) => void all.push(e));
    // ECharts' geo builds a hidden label per district for its hover and select states unless told
    // not to (a label per district, and its outline measured to place it, on every layout).
    const outlines = all.filter((e) => e.type === 'compound');
    expect(outlines.length).to.be.at.least(10);
    expect(outlines.filter((e) => e.getTextContent?.()).length).to.equal(0);
    // What is painted: the labels of the names layer (zrender paints a label as its spans), each once.
    const painted = chart.getZr().storage.getDisplayList(true) as unknown as (El & { ignore?: boolean; invisible?: boolean })[];
    const names = painted.filter((e) => e.type === 'tspan' && !e.ignore && !e.invisible).map((e) => e.style?.text);
    expect(names.length).to.be.greaterThan(0);
    expect(new Set(names).size, 'each name once').to.equal(names.length);
  });

  it('puts counts above six in ranges, each district in the colour of the range that holds it', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map locale="en"></civic-institute-map>`);
    el.geo = squareGeo('NAME');
    el.data = mapData({ districtNameProperty: 'NAME', institutes: [...Array(9).keys()].map((i) => institute(`w${i}`, 'West')).concat(institute('e0', 'East'), institute('e1', 'East')) });
    await readyMap(el);
    const scale = scaleOf(el)!;
    expect(scale.pieces.map((p) => p.label)).to.deep.equal(['0', '1–3', '4–6', '7–9']);
    expect(new Set(scale.pieces.map((p) => p.color)).size).to.equal(4);
    expect(districtFills(el).get('West')).to.equal(scale.pieces[3].color);
    expect(districtFills(el).get('East')).to.equal(scale.pieces[1].color);
  });

  it('shows the scale once its district map is there, not before', async () => {
    const geo = holdFetch('/__geo_scale__/', () => squareGeo('NAME'));
    try {
      const el = await fixture<CivicInstituteMap>(html`<civic-institute-map locale="en"></civic-institute-map>`);
      el.geoSrc = '/__geo_scale__/map.geojson?ms=1500';
      el.data = mapData({ districtNameProperty: 'NAME', institutes: [institute('w', 'West')] });
      await el.updateComplete;
      await untilRendered(el);
      expect(partText(el, 'map-status')).to.equal('Loading the map…');
      expect(scaleOf(el)).to.equal(undefined);
      await readyMap(el);
      expect(scaleOf(el)!.pieces.map((p) => p.label)).to.deep.equal(['0', '1']);
    } finally {
      geo.restore();
    }
  });

  it('exports the scale with the map: the SVG draws the legend under the chart, the PNG is that SVG', async function () {
    this.timeout(20000);
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes" locale="en" theme="dark"></civic-institute-map>`);
    await readyMap(el);
    const doc = new DOMParser().parseFromString(await (await el.toBlob('svg')).text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const legend = doc.querySelector('g.civic-scale')!;
    expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['Institutes per district:', '0', '1', '2']);
    const shown = scaleOf(el)!.pieces.map((p) => p.color);
    expect([...legend.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).to.deep.equal(shown);
    // Under the chart: the document is the chart's height plus the legend's band.
    const chartHeight = part(el, 'chart')!.clientHeight;
    const height = Number(doc.documentElement.getAttribute('height'));
    expect(height).to.be.within(chartHeight + 18, chartHeight + 60);
    for (const t of legend.querySelectorAll('text')) expect(Number(t.getAttribute('y'))).to.be.greaterThan(chartHeight);
    const png = await createImageBitmap(await el.toBlob('png'));
    expect(png.height).to.equal(2 * height);
  });

  it('lists every institute in the table, with district-level precision and sourced or inferred', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(21);
    const sjtu = rows.find((r) => r[0] === '上海交大宁波人工智能研究院')!;
    expect(sjtu.slice(1, 5)).to.deep.equal(['已引进建设', '海曙区', '区县级（标记放在区县内，不是确切地点）', '有来源']);
    const zju = rows.find((r) => r[0].startsWith('浙大宁波'))!;
    expect(zju[4]).to.equal('推断');
    const buaa = rows.find((r) => r[0] === '北航宁波创新研究院')!;
    expect(buaa[1]).to.equal('已启动实质性建设；已引进建设');
    expect(buaa[2]).to.equal('北仑区（梅山）');
    const hit = rows.find((r) => r[0] === '哈工大宁波智能装备研究院')!;
    expect(hit[3]).to.equal('未在地图上标注');
    expect(hit[6]).to.contain('位置未知');
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'table')).to.contain('district-level (marker placed inside the district, not at the site)').and.contain('Unconfirmed hint: ');
  });

  it('draws a portal\'s own GeoJSON with its name property, coordinates as given, and warns about districts it lacks', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map locale="en"></civic-institute-map>`);
    el.geo = squareGeo('NAME');
    const warnings = await captureWarnings(async () => {
      el.data = mapData({
        districtNameProperty: 'NAME',
        institutes: [
          institute('w1', 'West'),
          institute('w2', 'West'),
          institute('w3', 'West', { statuses: ['mentioned'] }),
          institute('e1', 'East', { location: { district: null, lon: 101.25, lat: 30.75, confidence: 'sourced' } }),
          institute('n1', 'North'),
          institute('n2', 'Nowhere'),
          institute('u1', null),
        ],
      });
      await readyMap(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"North"').and.contain('"Nowhere"');
    const markers = markersOf(el);
    expect(markers).to.have.length(4);
    const geo = squareGeo('NAME') as { features: Feature[] };
    for (const m of markers.filter((x) => x.name.match(/w\d/))) expect(insideGeometry(m.value, geo.features[0].geometry)).to.equal(true);
    expect(markers.find((m) => m.name === 'Test institute e1')!.value).to.deep.equal([101.25, 30.75]);
    expect(smallestGap(el)).to.be.greaterThan(0);
    expect(unlocatedItems(el).map((u) => u.id)).to.deep.equal(['n1', 'n2', 'u1']);
    expect(unlocatedItems(el)[0].text).to.contain('district “North” is not on the map');
    expect(partText(el, 'summary')).to.equal(
      'The data lists 7 research institutes: 4 can be placed in a district (West 3; East 1), 2 lie outside the districts of the map and the location of 1 is unknown. ' +
        '3 markers show the district only, not the site; 4 locations are sourced, 0 inferred.',
    );
    expect(optionOf(el).geo[0].map).to.match(/^civic-districts-/);
    expect(districtsOf(el)).to.deep.equal([{ name: 'West', value: 3 }, { name: 'East', value: 1 }]);
  });

  it('loads a portal\'s map from geo-src', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map geo-src="/test/institute-map/fixtures/squares.geojson"></civic-institute-map>`);
    el.data = mapData({ districtNameProperty: 'NAME', institutes: [institute('e', 'East'), institute('w', 'West')] });
    await readyMap(el);
    expect(districtsOf(el).map((d) => d.name)).to.deep.equal(['West', 'East']);
    expect(partText(el, 'summary')).to.contain('其中2家可定位到区县（West、East各1家）');
  });
});
