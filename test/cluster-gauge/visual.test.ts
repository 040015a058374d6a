/**
 * What a person sees: every gauge is shot (test-results/cluster-gauge*.png, to look at) and its
 * pixels are checked where the drawing is solid: each tier band in its colour, the value's arc up
 * to the value and not beyond, the pointer, the surface. A blank, shifted or wrongly coloured
 * gauge fails; text is never compared, so fonts do not matter.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { part, untilAnimated, untilChart, untilState } from '../support/helpers.js';
import { distance, hex, near, over, rgb, shareNear, shoot, within, type RGB, type Shot } from '../support/pixels.js';

interface GaugeSeries {
  max: number;
  radius: string;
  center: [string, string];
  splitNumber: number;
  axisLine: { lineStyle: { width: number; color: [number, string][] } };
  progress: { width: number; itemStyle: { color: string; opacity: number } };
  pointer: { itemStyle: { color: string } };
  data: { value: number }[];
}

/** Checks the painted gauge of `el` against what its option says it draws. */
function expectGauge(el: CivicClusterGauge, shot: Shot, what: string) {
  const chart = el.chart!;
  const s = (chart.getOption() as { series: GaugeSeries[] }).series[0];
  const box = within(el, el.shadowRoot!.querySelector('.chart')!);
  const [w, h] = [chart.getWidth(), chart.getHeight()];
  const cx = box.x + w / 2;
  const cy = box.y + (h * parseFloat(s.center[1])) / 100;
  const r = ((Math.min(w, h) / 2) * parseFloat(s.radius)) / 100;
  /** The point at `f` of the scale (0 at 210°, 1 at -30°), `rho` px from the centre. */
  const at = (f: number, rho: number): RGB => {
    const a = ((210 - f * 240) * Math.PI) / 180;
    return shot.at(cx + Math.cos(a) * rho, cy - Math.sin(a) * rho);
  };
  const ticks = s.splitNumber;
  /** A fraction inside (lo, hi), halfway between two split lines (drawn across the band in the surface colour). */
  const between = (lo: number, hi: number) => {
    const f = (Math.floor(((lo + hi) / 2) * ticks) + 0.5) / ticks;
    expect(f, `${what}: a sample inside ${lo}–${hi}`).to.be.within(lo, hi);
    return f;
  };
  const band = s.axisLine.lineStyle.width;
  // The band's outer edge, found on the top band (no arc there) within a few px of the radius.
  const [lastStop, topColour] = s.axisLine.lineStyle.color.at(-1)!;
  const top = between(s.axisLine.lineStyle.color.at(-2)?.[0] ?? 0, lastStop);
  let outer = 0;
  for (let rho = r - band; rho <= r + 4; rho += 0.5) if (near(at(top, rho), rgb(topColour), 6)) outer = rho;
  expect(outer, `${what}: the band's outer edge near the radius ${r}`).to.be.within(r - 5, r + 2);
  const bandRho = outer - band * 0.7; // the inner part of the band, under the value's arc
  const arcRho = outer - s.progress.width / 2; // the value's arc, on the band's outer edge
  const surface = rgb(getComputedStyle(el).backgroundColor);
  expect(near(shot.at(box.x + 4, box.y + 4), surface, 2), `${what}: the surface`).to.equal(true);

  // Each tier band in its own colour.
  let lo = 0;
  for (const [hi, colour] of s.axisLine.lineStyle.color) {
    const f = between(lo, hi);
    const seen = at(f, bandRho);
    expect(near(seen, rgb(colour), 6), `${what}: the band ${lo}–${hi} at ${f} is ${hex(seen)}, not ${colour}`).to.equal(true);
    lo = hi;
  }
  // The value's arc up to the value (its colour at its opacity over the band), the band alone beyond it.
  const v = s.data[0].value / s.max;
  const stopOf = (f: number) => s.axisLine.lineStyle.color.find(([stop]) => f <= stop)![1];
  const inside = between(0, v);
  const arc = over(rgb(s.progress.itemStyle.color), rgb(stopOf(inside)), s.progress.itemStyle.opacity);
  const seenArc = at(inside, arcRho);
  expect(near(seenArc, arc, 8), `${what}: the value's arc at ${inside} is ${hex(seenArc)}, not ${hex(arc)}`).to.equal(true);
  const beyond = between(v, Math.min(1, v + 2 / ticks));
  const seenBeyond = at(beyond, arcRho);
  expect(near(seenBeyond, rgb(stopOf(beyond)), 8), `${what}: no arc beyond the value (${hex(seenBeyond)} at ${beyond})`).to.equal(true);
  // The pointer points at the value.
  const pointer = rgb(s.pointer.itemStyle.color);
  const seenPointer = at(v, r * 0.3);
  expect(near(seenPointer, pointer, 8), `${what}: the pointer at ${v} is ${hex(seenPointer)}, not ${hex(pointer)}`).to.equal(true);
  expect(distance(pointer, surface), `${what}: the pointer stands out`).to.be.greaterThan(100);
}

describe('civic-cluster-gauge: what a person sees', () => {
  it('paints the tier bands, the value and the pointer in every theme, both locales and at 280 px', async function () {
    this.timeout(30000);
    await setViewport({ width: 1400, height: 1500 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(4, 300px);gap:12px;padding:12px;background:#f5f7fa;width:max-content">
      <civic-cluster-gauge record="new_materials" theme="light"></civic-cluster-gauge>
      <civic-cluster-gauge record="new_materials" theme="dark" locale="en"></civic-cluster-gauge>
      <civic-cluster-gauge record="smart_appliances" theme="high-contrast"></civic-cluster-gauge>
      <civic-cluster-gauge record="automotive" theme="light" locale="en"></civic-cluster-gauge>
      <civic-cluster-gauge record="green_petrochem" theme="dark"></civic-cluster-gauge>
      <civic-cluster-gauge record="biomedicine"></civic-cluster-gauge>
      <civic-cluster-gauge data='{"name":"x","tier":"千亿级"}' locale="en"></civic-cluster-gauge>
      <div style="width:280px"><civic-cluster-gauge record="new_materials" locale="en"></civic-cluster-gauge></div>
    </div>`);
    const gauges = [...grid.querySelectorAll<CivicClusterGauge>('civic-cluster-gauge')];
    const [empty, invalid] = [gauges[5], gauges[6]];
    const drawn = gauges.filter((g) => g !== empty && g !== invalid);
    for (const g of drawn) await untilAnimated(await untilChart(g));
    await untilState(empty, 'empty');
    await untilState(invalid, 'error');
    for (const [i, g] of drawn.entries()) expectGauge(g, await shoot(g, `cluster-gauge-${i + 1}`), `${g.record} (${g.theme ?? 'light'}, ${g.getBoundingClientRect().width}px)`);

    // No value: no gauge at all, the empty state's text on the surface.
    const emptyShot = await shoot(empty, 'cluster-gauge-empty');
    expect(empty.shadowRoot!.querySelector('canvas')).to.equal(null);
    const box = within(empty, part(empty, 'empty')!);
    const ink = emptyShot.region(box.x, box.y, box.width, box.height);
    expect(1 - shareNear(ink, rgb(getComputedStyle(empty).backgroundColor), 40), 'the empty state has text').to.be.greaterThan(0.01);
    // Invalid data: the error box is painted in its colour.
    const errorShot = await shoot(invalid, 'cluster-gauge-error');
    const error = part(invalid, 'error')!;
    const e = within(invalid, error);
    expect(shareNear(errorShot.region(e.x, e.y, e.width, e.height), rgb(getComputedStyle(error).backgroundColor), 3), 'the error box').to.be.greaterThan(0.5);
    await setViewport({ width: 800, height: 600 });
  });
});
