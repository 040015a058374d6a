/**
 * Maps of any place (issue 9.7), on real open data: the US states of us-atlas (states-10m, 56
 * districts with 1:10m borders, Alaska's Aleutians across the antimeridian, Hawaii and the
 * territories far away). The institutes are illustrative.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { defaultBounds } from '../../src/components/institute-map/bounds.js';
import { indexGeoJson, type GeoIndex } from '../../src/components/institute-map/geo.js';
import { mapModel } from '../../src/components/institute-map/model.js';
import { labelOrder } from '../../src/components/institute-map/options.js';
import { labelUnit, minDistance } from '../../src/components/institute-map/placement.js';
import ningbo from '../../seeds/geo/ningbo-districts.json';
import { institute } from './fixtures.js';
import { optionOf, pixelOf, readyMap } from './map-helpers.js';
import { usStates } from './open-data.js';
import { oneEvent, part } from '../support/helpers.js';

function indexOf(geo: unknown): GeoIndex {
  const r = indexGeoJson(geo, 'name');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path} ${i.message}`).join('; '));
  return r.value;
}

/** A box in chart pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The district names the chart holds, read from zrender: each label element of the
 * `district-names` series with its bounding box on the canvas and whether it is drawn.
 */
function drawnNames(el: CivicInstituteMap): { district: string; box: Box; visible: boolean }[] {
  const chart = el.chart!;
  const index = optionOf(el).series.findIndex((s) => s.id === 'district-names');
  type Data = { getItemGraphicEl(i: number): { getTextContent(): Label | undefined } | undefined; count(): number; getRawDataItem(i: number): { district: string } };
  type Label = { ignore: boolean; invisible: boolean; getBoundingRect(): { clone(): Box & { applyTransform(m: unknown): void } }; getComputedTransform(): unknown };
  const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): Data } } }).getModel();
  const data = model.getSeriesByIndex(index).getData();
  const out: { district: string; box: Box; visible: boolean }[] = [];
  for (let i = 0; i < data.count(); i++) {
    // The label hangs on the symbol path inside the item's group.
    const group = data.getItemGraphicEl(i) as unknown as { childAt(i: number): { getTextContent(): Label | undefined } };
    const label = group.childAt(0).getTextContent();
    if (!label) continue;
    const rect = label.getBoundingRect().clone();
    rect.applyTransform(label.getComputedTransform());
    out.push({ district: data.getRawDataItem(i).district, box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height }, visible: !label.ignore && !label.invisible });
  }
  return out;
}

const illustrativeUs = () => ({
  title: { zh: '示例：美国各州的研究机构', en: 'Illustrative: research institutes by US state' },
  institutes: [
    institute('tx', 'Texas'),
    institute('ca', 'California'),
    institute('ny', 'New York'),
    institute('md', 'Maryland', { statuses: ['toBeIntroduced'] }),
    institute('ma', 'Massachusetts', { statuses: ['substantiveConstruction'] }),
  ],
});

describe('civic-institute-map: maps of any place (us-atlas states)', function () {
  // A 56-district map with 14,000 vertices; the bound is generous (other work shares the machine).
  this.timeout(30000);

  it('draws the US states with detailed borders and fires civic-ready', async () => {
    const geo = await usStates();
    expect(geo.features.length).to.be.at.least(50);
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map .geo=${geo}></civic-institute-map>`);
    el.style.setProperty('width', '800px');
    const started = performance.now();
    const ready = oneEvent(el, 'civic-ready');
    el.data = illustrativeUs();
    await ready;
    await readyMap(el);
    // A measurement for the report, not an assertion (timings depend on the machine).
    console.log(`US states (${geo.features.length} districts): civic-ready after ${Math.round(performance.now() - started)} ms`);
    const districts = optionOf(el).series.find((s) => s.id === 'districts')!.data as { name: string; value: number }[];
    expect(districts).to.have.length(geo.features.length);
    expect(districts.find((d) => d.name === 'Texas')!.value).to.equal(1);
  });

  it('fits the contiguous states to the chart: Alaska, Hawaii and the Aleutians do not shrink them', async () => {
    const geo = await usStates();
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map .geo=${geo} .data=${illustrativeUs()}></civic-institute-map>`);
    el.style.setProperty('width', '800px');
    await readyMap(el);
    const width = el.chart!.getWidth();
    const [west] = pixelOf(el, [-124.7, 40]);
    const [east] = pixelOf(el, [-67, 45]);
    // Fitting the whole bounding box (-179° to 180°) would leave them about a sixth of the width.
    expect((east - west) / width).to.be.greaterThan(0.8);
    expect(west).to.be.at.least(0);
    expect(east).to.be.at.most(width);
  });

  it('hides district names that would collide, the lower-ranked first, and names every district in the table', async () => {
    const geo = await usStates();
    const data = illustrativeUs();
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map .geo=${geo} .data=${data}></civic-institute-map>`);
    // Narrow enough that the northeast's names collide.
    el.style.setProperty('width', '560px');
    await readyMap(el);
    await until(() => drawnNames(el).length > 0);
    const names = drawnNames(el);
    const visible = names.filter((n) => n.visible);
    const hidden = names.filter((n) => !n.visible);
    expect(visible.length, 'names drawn').to.be.at.least(15);
    expect(hidden.length, 'names hidden').to.be.at.least(3);
    for (let i = 0; i < visible.length; i++) {
      for (let j = i + 1; j < visible.length; j++) {
        expect(overlap(visible[i].box, visible[j].box), `${visible[i].district} over ${visible[j].district}`).to.equal(false);
      }
    }
    // Each hidden name collides with a drawn name that ranks before it (more institutes, then larger):
    // the name that gave way is the lower-ranked one.
    const model = mapModel(data, indexOf(geo));
    const rank = new Map(labelOrder(model).map((n, i) => [n, i]));
    for (const h of hidden) {
      const by = visible.filter((v) => overlap(v.box, h.box));
      expect(by.length, `${h.district} hidden by nothing`).to.be.greaterThan(0);
      expect(by.some((v) => rank.get(v.district)! < rank.get(h.district)!), `${h.district} gave way to a lower rank`).to.equal(true);
    }
    // Every district is named in the table (its count), drawn or not.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    // The table's note lists every district of the map with its count.
    const table = el.shadowRoot!.querySelector('#table-region')!.textContent!;
    expect(part(el, 'table')!.querySelectorAll('tbody tr')).to.have.length(data.institutes.length);
    for (const f of geo.features) expect(table, f.properties.name).to.contain(f.properties.name);
  });

  it('shows the data\'s bounds when given', async () => {
    const geo = await usStates();
    const data = { ...illustrativeUs(), bounds: [-80, 37, -69, 46] as [number, number, number, number] };
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map .geo=${geo} .data=${data}></civic-institute-map>`);
    el.style.setProperty('width', '600px');
    await readyMap(el);
    const height = el.chart!.getHeight();
    const [, north] = pixelOf(el, [-75, 46]);
    const [, south] = pixelOf(el, [-75, 37]);
    // The 9° of latitude fill the map's height (the scale below takes 40 px).
    expect((south - north) / height).to.be.greaterThan(0.75);
    const labelled = (optionOf(el).series.find((s) => s.id === 'district-names')!.data as { district: string }[]).map((d) => d.district);
    expect(labelled).to.include('Pennsylvania');
    expect(labelled, 'names outside the view are not drawn').not.to.include('Texas');
  });
});

/** An 8 × 8 grid of 1° squares with long names: a map of many small districts whose names collide. */
function gridGeo(): object {
  const features = [];
  for (let row = 0; row < 8; row++) {
    for (let col = 0; col < 8; col++) {
      const [x, y] = [100 + col, 30 - row];
      features.push({
        type: 'Feature',
        properties: { name: `District number ${row * 8 + col + 1}` },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

describe('civic-institute-map: colliding names on a map of many small districts', () => {
  it('keeps the name of a district that gains an institute, after an update', async () => {
    const geo = gridGeo();
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map .geo=${geo}></civic-institute-map>`);
    el.style.setProperty('width', '480px');
    // District 2 at first gives way to district 1 (same size, earlier in the map).
    el.data = { institutes: [institute('far', 'District number 64', { location: { district: 'District number 64', lon: 107.95, lat: 23.05, confidence: 'sourced' } })] };
    await readyMap(el);
    await until(() => drawnNames(el).length > 0);
    const before = new Map(drawnNames(el).map((n) => [n.district, n.visible]));
    expect(before.get('District number 1')).to.equal(true);
    expect(before.get('District number 2')).to.equal(false);
    // An institute in district 2's corner (clear of its name): district 2 now ranks first.
    el.data = {
      institutes: [institute('corner', 'District number 2', { location: { district: 'District number 2', lon: 101.95, lat: 30.95, confidence: 'sourced' } })],
    };
    await until(() => drawnNames(el).find((n) => n.district === 'District number 2')?.visible === true);
    const after = drawnNames(el).filter((n) => n.visible);
    for (let i = 0; i < after.length; i++) {
      for (let j = i + 1; j < after.length; j++) expect(overlap(after[i].box, after[j].box)).to.equal(false);
    }
  });
});

describe('civic-institute-map: the default view (pure functions)', () => {
  it('fits the contiguous US; adds Alaska only when an institute is there, without the Aleutians across 180°', async () => {
    const index = indexOf(await usStates());
    expect(index.bbox[2] - index.bbox[0]).to.be.greaterThan(350);
    const [w, s, e, n] = defaultBounds(index);
    expect([w, s, e, n].map(Math.round)).to.deep.equal([-125, 25, -67, 49]);
    const withAlaska = defaultBounds(index, new Set(['Alaska']));
    expect(withAlaska[3]).to.be.greaterThan(70);
    expect(withAlaska[0]).to.be.greaterThan(-180);
    expect(withAlaska[2]).to.be.lessThan(-60);
    const model = mapModel({ institutes: [institute('h', 'Hawaii')] }, index);
    expect(model.bounds![1]).to.be.lessThan(20);
  });

  it('keeps the whole of a city with nearby islands (the bundled Ningbo map)', () => {
    const index = indexOf(ningbo);
    expect(defaultBounds(index)).to.deep.equal(index.bbox);
    expect(mapModel({ institutes: [institute('a', '象山县')] }, index).aspect).to.equal(index.aspect);
  });

  it('leaves states with institutes room for their names (the name box scales with the districts in view)', async () => {
    const index = indexOf(await usStates());
    const model = mapModel(
      { institutes: ['Texas', 'Texas', 'California', 'Montana', 'Nevada'].map((d, i) => institute(`i${i}`, d)) },
      index,
    );
    for (const d of ['Texas', 'California', 'Montana', 'Nevada']) expect(model.labels.has(d), d).to.equal(true);
    // Ningbo's ten districts keep the box they always had.
    const nb = indexOf(ningbo);
    expect(labelUnit(nb)).to.equal(minDistance(nb));
  });

  it('ranks names: more institutes first, then the larger district', async () => {
    const index = indexOf(await usStates());
    const model = mapModel(
      {
        institutes: [
          // At its own coordinates, in Montana's southeast corner: clear of the name.
          institute('a', 'Montana', { location: { district: 'Montana', lon: -104.3, lat: 45.2, confidence: 'sourced' } }),
          institute('b', 'Rhode Island'),
        ],
      },
      index,
    );
    // A district whose markers leave its name room keeps a name; those with institutes come first.
    expect(model.labels.has('Montana')).to.equal(true);
    const order = labelOrder(model);
    const withInstitutes = order.filter((d) => (model.counts.get(d) ?? 0) > 0);
    expect(order.slice(0, withInstitutes.length)).to.deep.equal(withInstitutes);
    expect(order[0]).to.equal('Montana');
    expect(labelOrder(mapModel({ institutes: [] }, index))[0], 'the largest in view, without institutes').to.equal('Texas');
    // Then by area: Texas before Ohio before Connecticut.
    expect(order.indexOf('Texas')).to.be.lessThan(order.indexOf('Ohio'));
    expect(order.indexOf('Ohio')).to.be.lessThan(order.indexOf('Connecticut'));
  });
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
