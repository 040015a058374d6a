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
