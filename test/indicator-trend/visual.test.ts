/**
 * What a person sees: every trend is shot (test-results/indicator-trend*.png, to look at) and its
 * pixels are checked where the option says something solid is drawn: each line in its colour
 * along its segments, each filled marker in its colour, each change bar in its fill (hatched in
 * high contrast). A blank, shifted or wrongly coloured chart fails; text is never compared.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { until, untilAnimated, untilChart } from '../support/helpers.js';
import { distance, hex, near, rgb, shareNear, shoot, within, type RGB, type Shot } from '../support/pixels.js';
import { bigData } from './fixtures.js';
import { option, pairs } from './option-helpers.js';

interface Series {
  id: string;
  showSymbol?: boolean;
  lineStyle?: { color: string };
  itemStyle?: { color: string; decal?: { color: string } };
  data: unknown[];
}

/** The share of checks that passed, and how many there were. */
function tally() {
  const t = { ok: 0, all: 0, misses: [] as string[] };
  return Object.assign(t, {
    add(pass: boolean, what: string) {
      t.all++;
      if (pass) t.ok++;
      else if (t.misses.length < 5) t.misses.push(what);
    },
  });
}

/** Checks the painted chart of `el` against its option; returns how many things were checked. */
function expectTrend(el: CivicIndicatorTrend, shot: Shot, what: string): number {
  const chart = el.chart!;
  const series = option(el).series as unknown as Series[];
  const box = within(el, el.shadowRoot!.querySelector('.chart')!);
  const surface = rgb(getComputedStyle(el).backgroundColor);
  expect(near(shot.at(box.x + 2, box.y + 2), surface, 2), `${what}: the surface`).to.equal(true);
  const toPx = (value: [number, number], yAxisIndex = 0): [number, number] => {
    const [x, y] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex }, value) as unknown as [number, number];
    return [box.x + x, box.y + y];
  };
  // Where markers are: a bar or line under a marker is covered, as it should be.
  const markerAt = series
    .filter((x) => x.id.startsWith('points:') && x.showSymbol !== false)
    .flatMap((x) => (x.data as { value: [number, number] }[]).map((d) => toPx(d.value)));
  const clear = (x: number, y: number) => markerAt.every(([mx, my]) => Math.hypot(mx - x, my - y) > 8);
  /** The closest colour to `colour` within 2 px of (x, y). */
  const closest = (x: number, y: number, colour: RGB) => Math.min(...shot.region(x - 2, y - 2, 5, 5).map((p) => distance(p, colour)));

  // Lines: each drawn segment shows its line's colour near its middle (a dash, a gap or a label
  // may cover one of three samples, rarely all three).
  const lines = tally();
  for (const s of series.filter((x) => /^(solid|dashed):/.test(x.id))) {
    const colour = rgb(s.lineStyle!.color);
    const data = pairs(s);
    if (data.length > 200) {
      // A long series (sampled for drawing, no markers): the line passes through its points.
      for (let i = 0; i < data.length; i += Math.floor(data.length / 40)) {
        if (data[i][1] === '-') continue;
        const [x, y] = toPx(data[i] as [number, number]);
        lines.add(closest(x, y, colour) <= 40, `${s.id} ${i}`);
      }
      continue;
    }
    for (let i = 1; i < data.length; i++) {
      const [a, b] = [data[i - 1], data[i]];
      if (a[1] === '-' || b[1] === '-') continue;
      const [pa, pb] = [toPx(a as [number, number]), toPx(b as [number, number])];
      if (Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) < 12) continue; // too short to tell from its markers
      const samples = [0.35, 0.5, 0.65].map((t) => [pa[0] + (pb[0] - pa[0]) * t, pa[1] + (pb[1] - pa[1]) * t]).filter(([x, y]) => clear(x, y));
      if (!samples.length) continue;
      lines.add(samples.some(([x, y]) => closest(x, y, colour) <= 40), `${s.id} ${i}`);
    }
  }
  // Markers: each filled marker shows its colour at its centre.
  const markers = tally();
  for (const s of series.filter((x) => x.id.startsWith('points:') && x.showSymbol !== false)) {
    for (const d of s.data as { value: [number, number]; itemStyle: { color: string } }[]) {
      const fill = rgb(d.itemStyle.color);
      if (near(fill, surface, 2)) continue; // hollow: an estimate
      const [x, y] = toPx(d.value);
      markers.add(distance(shot.at(x, y), fill) <= 30, `${s.id} ${d.value[1]}: ${hex(shot.at(x, y))} not ${hex(fill)}`);
    }
  }
  // Change bars: the fill halfway up each bar tall enough to sample; hatched (both colours) in high contrast.
  const bars = tally();
  for (const s of series.filter((x) => x.id.startsWith('change:'))) {
    const fill = rgb(s.itemStyle!.color);
    const decal = s.itemStyle!.decal;
    for (const d of s.data as { value: [number, number] }[]) {
      const [x0, y0] = toPx([d.value[0], 0], 1);
      const [, y1] = toPx(d.value, 1);
      if (Math.abs(y1 - y0) < 12) continue;
      const ym = (y0 + y1) / 2;
      if (!clear(x0, ym)) continue;
      if (!decal) bars.add(distance(shot.at(x0, ym), fill) <= 12, `${s.id} ${d.value[1]}: ${hex(shot.at(x0, ym))} not ${hex(fill)}`);
      else {
        const patch = shot.region(x0 - 2, ym - 4, 4, 8);
        bars.add(shareNear(patch, rgb(decal.color), 60) > 0.05 && shareNear(patch, fill, 30) > 0.2, `${s.id} ${d.value[1]}: a hatch`);
      }
    }
  }
  for (const [name, t] of [['line segments', lines], ['markers', markers], ['change bars', bars]] as const) {
    if (t.all) expect(t.ok / t.all, `${what}: ${name} painted as drawn (${t.ok}/${t.all}; ${t.misses.join('; ')})`).to.be.at.least(0.75);
  }
  return lines.all + markers.all + bars.all;
}

describe('civic-indicator-trend: what a person sees', () => {
  it('paints lines, markers and change bars in their colours in every theme, both locales, at 280 px and with 10,000 points', async function () {
    this.timeout(60000);
    await setViewport({ width: 1400, height: 2200 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(3, 440px);gap:12px;padding:12px;background:#f5f7fa;width:max-content;align-items:start">
      <civic-indicator-trend record="gdp" theme="light"></civic-indicator-trend>
      <civic-indicator-trend record="rd_intensity" theme="dark" locale="en"></civic-indicator-trend>
      <civic-indicator-trend record="tech_transactions" theme="high-contrast"></civic-indicator-trend>
      <civic-indicator-trend record="hitech_enterprise_count,hitech_enterprise_new" locale="en"></civic-indicator-trend>
      <civic-indicator-trend record="hitech_revenue" theme="dark"></civic-indicator-trend>
      <civic-indicator-trend record="research_institutes"></civic-indicator-trend>
      <div style="width:280px"><civic-indicator-trend record="gdp" locale="en"></civic-indicator-trend></div>
      <civic-indicator-trend record="cluster246_added_value" locale="en" theme="high-contrast"></civic-indicator-trend>
      <civic-indicator-trend id="big"></civic-indicator-trend>
    </div>`);
    const els = [...grid.querySelectorAll<CivicIndicatorTrend>('civic-indicator-trend')];
    const big = els.at(-1)!;
    const settled = async (el: CivicIndicatorTrend, ms: number) => {
      await until(() => el.state === 'ready', `${el.record ?? 'big'} ready (is ${el.state})`, ms);
      await untilAnimated(await untilChart(el, ms), ms);
    };
    for (const el of els.slice(0, -1)) await settled(el, 10000);
    // The long series last: checking and tabulating 10,000 points holds the page for a while.
    big.data = bigData(10000);
    await settled(big, 20000);
    for (const [i, el] of els.entries()) {
      const what = `${el.record ?? 'big'} (${el.theme ?? 'light'}, ${el.getBoundingClientRect().width}px)`;
      const checked = expectTrend(el, await shoot(el, `indicator-trend-${i + 1}`), what);
      expect(checked, `${what}: something to check`).to.be.greaterThan(0);
    }
    await setViewport({ width: 800, height: 600 });
  });
});
