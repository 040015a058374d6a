/**
 * The colours a static render uses (palettes.ts, no CSS in Node) are the ones an element resolves
 * from its tokens in the browser, in every theme: the CSS tokens are made from the same table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import { contrastRatio } from '../../src/core/color.js';
import { THEME_COLORS, staticPalette, type StaticTheme } from '../../src/core/palettes.js';
import { readPalette } from '../../src/core/theme.js';

describe('palettes: static renders and elements share their colours', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as StaticTheme[]) {
    it(`${theme}: the element's resolved palette is the static palette`, async () => {
      const el = await fixture(html`<civic-cluster-gauge theme=${theme}></civic-cluster-gauge>`);
      const read = readPalette(el);
      const fixed = staticPalette(theme);
      for (const key of ['text', 'muted', 'surface', 'border', 'accent', 'positive', 'negative', 'track', 'series', 'highContrast'] as const) {
        expect(read[key], key).to.deep.equal(fixed[key]);
      }
    });
  }

  it('a page still overrides the tokens with --civic-* properties (except in high contrast)', async () => {
    const el = await fixture(html`<civic-cluster-gauge style="--civic-color-accent: #123456; --civic-color-series-2: rgb(1, 2, 3)"></civic-cluster-gauge>`);
    expect(readPalette(el).accent).to.equal('#123456');
    expect(readPalette(el).series[1]).to.equal('#010203');
    el.setAttribute('theme', 'high-contrast');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(readPalette(el).accent).to.equal(staticPalette('high-contrast').accent);
  });

  // WCAG 1.4.11: a series is a graphical object, to be told apart from its background at 3:1.
  for (const [theme, c] of Object.entries(THEME_COLORS)) {
    it(`${theme}: every series colour, the accent, positive and negative reach 3:1 against the surface`, () => {
      for (const [i, colour] of [...c.series, c.accent, c.positive, c.negative].entries()) {
        expect(contrastRatio(colour, c.surface), `${colour} (${i}) on ${c.surface}`).to.be.at.least(3);
      }
    });
  }
});

describe('palettes: read once per theme and token set', () => {
  type Charted = HTMLElement & { chart?: { getOption(): { series: { progress?: { itemStyle?: { color?: string } } }[] } } };
  const accentOf = (el: Charted) => JSON.stringify(el.chart!.getOption().series);

  it('like elements under one parent share one reading; a class of its own gets its own colours', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 600px; --civic-chart-height: 120px">
      <style>
        .loud { --civic-color-accent: #aa0000; --civic-color-series-1: #aa0000; }
      </style>
      <civic-cluster-gauge record="automotive"></civic-cluster-gauge>
      <civic-cluster-gauge record="automotive"></civic-cluster-gauge>
      <civic-cluster-gauge record="automotive" class="loud"></civic-cluster-gauge>
    </div>`);
    const calls: Element[] = [];
    const real = window.getComputedStyle;
    window.getComputedStyle = (el: Element, pseudo?: string | null) => {
      if (el.localName === 'civic-cluster-gauge') calls.push(el);
      return real.call(window, el, pseudo);
    };
    try {
      const [a, b, loud] = [...wrap.querySelectorAll<Charted>('civic-cluster-gauge')] as [Charted, Charted, Charted];
      for (const el of [a, b, loud]) {
        const end = performance.now() + 5000;
        while (!el.chart && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
        expect(el.chart, 'drawn').to.not.equal(undefined);
      }
      // Two readings: one for the two alike, one for the one with a class of its own.
      expect(new Set(calls).size).to.equal(2);
      expect(accentOf(a)).to.equal(accentOf(b));
      expect(accentOf(loud)).to.not.equal(accentOf(a));
      expect(accentOf(loud).toLowerCase()).to.contain('#aa0000');
    } finally {
      window.getComputedStyle = real;
    }
  });
});
