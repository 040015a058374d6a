/**
 * What a person sees: every map is shot (test-results/institute-map*.png, to look at) and its
 * pixels are checked where the option says something solid is drawn: every district, sampled away
 * from its borders, markers and name, in the shade the scale legend shows beside the words of its
 * institute count; every marker in its status colour; every swatch of the legend painted in its
 * shade, under the map. A blank, shifted or wrongly shaded map fails; text is never compared.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import ningbo from '../../seeds/geo/ningbo-districts.json';
import { untilAnimated } from '../support/helpers.js';
import { distance, hex, near, over, rgb, shoot, within, type Shot } from '../support/pixels.js';
import { districtsOf, insideGeometry, legendColour, markersOf, optionOf, readyMap, scaleOf } from './map-helpers.js';

type Feature = { properties: { name: string }; geometry: { type: string; coordinates: unknown } };
const features = (ningbo as unknown as { features: Feature[] }).features;
/** Each district's bounding box, to test only the districts that can contain a point. */
const boxes = features.map((f) => {
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      xs.push((c as number[])[0]);
      ys.push((c as number[])[1]);
    } else (c as unknown[]).forEach(walk);
  };
  walk(f.geometry.coordinates);
  return { f, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
});

/** Checks the painted map of `el` against its option. */
function expectMap(el: CivicInstituteMap, shot: Shot, what: string, o: { markers?: boolean } = {}) {
  const chart = el.chart!;
  const opt = optionOf(el) as unknown as { series: { id: string; data: { value: [number, number] }[] }[] };
  const box = within(el, el.shadowRoot!.querySelector('.chart')!);
  const surface = rgb(getComputedStyle(el).backgroundColor);
  expect(near(shot.at(box.x + 2, box.y + 2), surface, 2), `${what}: the surface`).to.equal(true);
  const shade = (n: number) => rgb(legendColour(el, n));
  const count = new Map(districtsOf(el).map((d) => [d.name, d.value]));
  const toPx = (lonLat: [number, number]) => chart.convertToPixel({ geoIndex: 0 }, lonLat) as unknown as [number, number];
  const markers = markersOf(el).map((m) => ({ ...m, at: toPx(m.value) }));
  const names = (opt.series.find((s) => s.id === 'district-names')?.data ?? []).map((d) => toPx(d.value));
  const districtAt = (x: number, y: number) => {
    const lonLat = chart.convertFromPixel({ geoIndex: 0 }, [x, y]) as unknown as [number, number];
    const [lon, lat] = lonLat;
    return boxes.find((b) => lon >= b.x0 && lon <= b.x1 && lat >= b.y0 && lat <= b.y1 && insideGeometry(lonLat, b.f.geometry))?.f.properties.name;
  };

  // Districts: a grid of points, each well inside one district and clear of markers and names.
  const seen = new Map<string, { ok: number; all: number; miss?: string }>();
  // Every 6 px: small districts (Jiangbei at 280 px) still get clean samples.
  for (let y = 6; y < chart.getHeight() - 6; y += 6) {
    for (let x = 6; x < chart.getWidth() - 6; x += 6) {
      const d = districtAt(x, y);
      if (!d || [[-4, 0], [4, 0], [0, -4], [0, 4]].some(([dx, dy]) => districtAt(x + dx, y + dy) !== d)) continue;
      if (markers.some((m) => Math.hypot(m.at[0] - x, m.at[1] - y) < m.symbolSize)) continue;
      if (names.some(([nx, ny]) => Math.abs(nx - x) < 34 && Math.abs(ny - y) < 12)) continue;
      const expected = shade(count.get(d) ?? 0);
      const painted = shot.at(box.x + x, box.y + y);
      const s = seen.get(d) ?? { ok: 0, all: 0 };
      s.all++;
      if (near(painted, expected, 6)) s.ok++;
      else s.miss = `${hex(painted)} at ${x},${y}, not ${hex(expected)}`;
      seen.set(d, s);
    }
  }
  expect([...seen.keys()].sort(), `${what}: every district sampled`).to.deep.equal(features.map((f) => f.properties.name).sort());
  for (const [d, s] of seen) expect(s.ok / s.all, `${what}: ${d} shaded for ${count.get(d)} (${s.ok}/${s.all}; ${s.miss ?? ''})`).to.be.at.least(0.9);

  if (o.markers === false) return expectScale(el, shot, what, box);
  // Markers: each in its status colour at its centre (ECharts draws scatter symbols at 0.8 opacity
  // unless told otherwise: over its district's shade).
  const markerSeries = (optionOf(el) as unknown as { series: { id: string; itemStyle?: { opacity?: number } }[] }).series.find((s) => s.id === 'institutes')!;
  const opacity = markerSeries.itemStyle?.opacity ?? 0.8;
  expect(markers.length, `${what}: markers`).to.be.greaterThan(0);
  for (const m of markers) {
    const painted = shot.at(box.x + m.at[0], box.y + m.at[1]);
    const expected = over(rgb(m.itemStyle.color), shade(count.get(districtAt(m.at[0], m.at[1]) ?? '') ?? 0), opacity);
    expect(distance(painted, expected), `${what}: ${m.name} is ${hex(painted)}, not ${hex(expected)}`).to.be.at.most(12);
  }
  expectScale(el, shot, what, box);
}

/** The scale legend: under the map, each swatch painted in its shade (the middle, inside its outline). */
function expectScale(el: CivicInstituteMap, shot: Shot, what: string, box: { y: number; height: number }) {
  const scale = scaleOf(el)!;
  expect(scale.pieces.length, `${what}: scale pieces`).to.be.greaterThan(1);
  expect(within(el, scale.box).y, `${what}: the scale under the map`).to.be.at.least(box.y + box.height);
  for (const p of scale.pieces) {
    const s = within(el, p.swatch);
    const painted = shot.at(s.x + s.width / 2, s.y + s.height / 2);
    expect(distance(painted, rgb(p.color)), `${what}: swatch "${p.label}" is ${hex(painted)}, not ${p.color}`).to.be.at.most(6);
  }
}

describe('civic-institute-map: what a person sees', () => {
  it('shades every district as its count\'s swatch in the legend and paints every marker in its colour, in every theme, both locales and at 280 px', async function () {
    this.timeout(40000);
    await setViewport({ width: 1700, height: 2600 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(3, 520px);gap:12px;padding:12px;background:#f5f7fa;width:max-content;align-items:start">
      <civic-institute-map record="institutes" theme="light"></civic-institute-map>
      <civic-institute-map record="institutes" theme="dark" locale="en"></civic-institute-map>
      <civic-institute-map record="institutes" theme="high-contrast"></civic-institute-map>
      <div style="width:280px"><civic-institute-map record="institutes" locale="en"></civic-institute-map></div>
      <div style="width:280px"><civic-institute-map record="institutes" theme="dark"></civic-institute-map></div>
    </div>`);
    const maps = [...grid.querySelectorAll<CivicInstituteMap>('civic-institute-map')];
    for (const m of maps) await untilAnimated(await readyMap(m), 10000);
    for (const [i, m] of maps.entries()) {
      expectMap(m, await shoot(m, `institute-map-${i + 1}`), `${m.theme} ${m.locale ?? 'zh-CN'} ${m.getBoundingClientRect().width}px`);
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the shades in forced colours: the swatches match the districts and stay distinct', async function () {
    this.timeout(30000);
    await executeServerCommand('civic-forced-colors', { active: true });
    try {
      const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes" locale="en"></civic-institute-map>`);
      await untilAnimated(await readyMap(el), 10000);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const shot = await shoot(el, 'institute-map-forced-colors');
      // Districts and legend; markers take system colours here, outside this test's subject.
      expectMap(el, shot, 'forced colours', { markers: false });
      const painted = scaleOf(el)!.pieces.map((p) => {
        const s = within(el, p.swatch);
        return hex(shot.at(s.x + s.width / 2, s.y + s.height / 2));
      });
      expect(new Set(painted).size, `distinct swatches: ${painted.join(' ')}`).to.equal(painted.length);
    } finally {
      await executeServerCommand('civic-forced-colors', { active: false });
    }
  });
});
