/**
 * What a person sees: every element is shot (test-results/target-progress*.png, to look at) and
 * the pixels of each goal's bar are checked against the colours its CSS gives: the achieved part,
 * the rest of the track, the hatched excess beyond the target, the target mark; also the keyboard's
 * active row. A blank, unstyled or wrongly coloured bar fails; text is never compared.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { part, until } from '../support/helpers.js';
import { distance, hex, near, rgb, shareNear, shoot, within, type Shot } from '../support/pixels.js';
import { rows } from './drawing.js';

const settled = (el: CivicTargetProgress) => el.state === 'empty' || (el.state === 'ready' && !!el.shadowRoot!.querySelector('.goal'));
const css = (node: Element, prop: 'fill' | 'stroke') => rgb(getComputedStyle(node)[prop]);

/** Checks the painted bars of `el`; returns how many bars were checked. */
function expectBars(el: CivicTargetProgress, shot: Shot, what: string): number {
  const surface = rgb(getComputedStyle(el).backgroundColor);
  expect(near(shot.at(4, 4), surface, 2), `${what}: the surface`).to.equal(true);
  let checked = 0;
  for (const row of rows(el).filter((r) => r.getAttribute('role') === 'meter')) {
    const name = `${what}, ${row.querySelector('.goal-label')?.textContent}`;
    const q = (sel: string) => row.querySelector(sel);
    const box = (sel: string) => within(el, q(sel)!);
    const bar = box('svg.bar');
    const y = bar.y + 13; // the middle of the track (y 6 to 20)
    const marks = [...row.querySelectorAll('.mark-target, .mark-baseline, .lower-bound-end')].map((m) => within(el, m)).map((b) => b.x + b.width / 2);
    const clear = (x: number) => marks.every((m) => Math.abs(m - x) > 4);
    // The achieved part, in the fill's colour.
    const fill = box('.fill');
    const fx = [0.15, 0.3, 0.45].map((f) => fill.x + fill.width * f).find(clear)!;
    const seenFill = shot.at(fx, y);
    expect(distance(seenFill, css(q('.fill')!, 'fill')), `${name}: the achieved part is ${hex(seenFill)}`).to.be.at.most(8);
    // The rest of the track, where there is room.
    const track = box('.track');
    const rest = fill.x + fill.width + 4;
    const end = Math.min(track.x + track.width, ...marks.filter((m) => m > rest)) - 4;
    if (!q('.over') && end - rest > 4) {
      const tx = (rest + end) / 2;
      const seenTrack = shot.at(tx, y);
      expect(distance(seenTrack, css(q('.track')!, 'fill')), `${name}: the track is ${hex(seenTrack)}`).to.be.at.most(8);
      // (In high contrast an estimate is a dashed outline on white, not a colour: only exact values differ by colour.)
      if (q('.fill.bound-exact') || !el.theme?.startsWith('high')) {
        expect(distance(seenTrack, seenFill), `${name}: the track differs from the achieved part`).to.be.greaterThan(30);
      }
    }
    // Beyond the target: hatched, both colours of the pattern.
    if (q('.over')) {
      const o = box('.over');
      const patch = shot.region(o.x + 3, bar.y + 9, Math.max(4, o.width - 6), 8);
      const stripe = css(el.shadowRoot!.querySelector('#civic-hatch .hatch-stripe')!, 'fill');
      const ground = css(el.shadowRoot!.querySelector('#civic-hatch .hatch-bg')!, 'fill');
      expect(shareNear(patch, stripe, 24), `${name}: stripes`).to.be.greaterThan(0.1);
      expect(shareNear(patch, ground, 24), `${name}: between the stripes`).to.be.greaterThan(0.1);
    }
    // The target mark, above the track where nothing else is drawn.
    const target = q('.mark-target')!;
    if (!target.classList.contains('approx')) {
      const t = within(el, target);
      const seenMark = shot.at(t.x + t.width / 2, bar.y + 2);
      expect(distance(seenMark, css(target, 'stroke')), `${name}: the target mark is ${hex(seenMark)}`).to.be.at.most(30);
    }
    checked++;
  }
  return checked;
}

describe('civic-target-progress: what a person sees', () => {
  it('paints each bar, its excess and its target mark in their colours, in every theme, both locales and at 280 px', async function () {
    this.timeout(30000);
    await setViewport({ width: 1500, height: 2200 });
    const grid = await fixture(html`<div id="shots" style="display:grid;grid-template-columns:repeat(3, 460px);gap:12px;padding:12px;background:#f5f7fa;width:max-content;align-items:start">
      <civic-target-progress record="report_targets" theme="light"></civic-target-progress>
      <civic-target-progress record="report_targets" theme="dark" locale="en"></civic-target-progress>
      <civic-target-progress record="report_targets" theme="high-contrast"></civic-target-progress>
      <civic-target-progress record="new_hitech_year" locale="en"></civic-target-progress>
      <civic-target-progress record="institute_ratios"></civic-target-progress>
      <civic-target-progress record="startups_year"></civic-target-progress>
      <div style="width:280px"><civic-target-progress record="rd_intensity_2025" locale="en"></civic-target-progress></div>
      <div style="width:280px"><civic-target-progress record="report_targets"></civic-target-progress></div>
    </div>`);
    const els = [...grid.querySelectorAll<CivicTargetProgress>('civic-target-progress')];
    for (const el of els) await until(() => settled(el), `${el.record} settled`);
    for (const el of els) await el.updateComplete;
    for (const [i, el] of els.entries()) {
      const what = `${el.record} (${el.theme ?? 'light'}, ${el.getBoundingClientRect().width}px)`;
      const bars = expectBars(el, await shoot(el, `target-progress-${i + 1}`), what);
      expect(bars, `${what}: bars`).to.equal(el.state === 'empty' ? 0 : rows(el).filter((r) => r.getAttribute('role') === 'meter').length);
    }
    expect(els[5].state).to.equal('empty');
    // The keyboard on the third goal: its row marked (a visible ring), its tooltip under it.
    const el = els[0];
    const chart = part(el, 'chart')!;
    chart.focus();
    for (let i = 0; i < 3; i++) chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await el.updateComplete;
    const active = el.shadowRoot!.querySelector('#goal-2')!;
    expect(active.hasAttribute('data-active')).to.equal(true);
    const shot = await shoot(el, 'target-progress-keyboard');
    const a = within(el, active);
    const b = within(el, rows(el)[0]);
    const tinted = (x: number, y: number) => 1 - shareNear(shot.region(x + 2, y - 5, 4, 10), rgb(getComputedStyle(el).backgroundColor), 3);
    // The active row is marked (its box tinted and outlined); an inactive row is not.
    expect(tinted(a.x, a.y + a.height / 2), 'the active row marked').to.be.greaterThan(0.9);
    expect(tinted(b.x, b.y + b.height / 2), 'an inactive row unmarked').to.equal(0);
    const tip = within(el, part(el, 'tooltip')!);
    expect(tip.y).to.be.at.least(a.y + a.height - 1);
    await setViewport({ width: 800, height: 600 });
  });
});
