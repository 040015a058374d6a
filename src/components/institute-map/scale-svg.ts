/**
 * The scale legend as SVG, in a band under a chart's SVG document: the static renders (`civic-charts
 * render`) and the element's SVG and PNG exports show the same scale (`ScaleLegend`, scale.ts) the
 * element shows under its map. Presentation attributes only (no `style`), every string escaped.
 * There is no DOM to measure text with: widths are estimated on the generous side, so items never
 * overlap, and wrap into rows at the chart's width.
 */
import { escapeMarkup } from '../../core/escape.js';
import type { Palette } from '../../core/theme.js';
import type { ScaleLegend } from './scale.js';

const FONT = 11;
const ROW = 18;
const PAD = 4;
const TOP = 6;
const SWATCH_W = 14;
const SWATCH_H = 10;


/** A string's width at FONT px, estimated: CJK and full-width characters 1 em, Latin about half. */
export function estimatedWidth(s: string): number {
  let em = 0;
  for (const c of s) {
    const code = c.codePointAt(0)!;
    em += code >= 0x2e80 ? 1 : /[A-Z]/.test(c) ? 0.7 : /[\s.,:;'|il]/.test(c) ? 0.3 : 0.56;
  }
  return Math.ceil(em * FONT);
}

/**
 * `chart` (an SVG document with `width` and `height` attributes) with the scale in a band under it,
 * on the surface colour: the new document and its height.
 */
export function withScale(chart: string, s: ScaleLegend, p: Palette): { svg: string; height: number } {
  const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(chart);
  if (!size) throw new Error('withScale: the chart is not an SVG document with a width and a height');
  const width = Number(size[1]);
  const top = Number(size[2]);
  const text = (x: number, y: number, t: string) =>
    `<text x="${x}" y="${y + ROW / 2}" dominant-baseline="central" fill="${escapeMarkup(p.text)}">${escapeMarkup(t)}</text>`;
  // The title, then each piece (swatch, gap, words), left to right, wrapping at the chart's width.
  const items: { w: number; draw: (x: number, y: number) => string }[] = [
    { w: estimatedWidth(s.title), draw: (x, y) => text(x, y, s.title) },
    ...s.pieces.map((piece) => ({
      w: SWATCH_W + 4 + estimatedWidth(piece.label),
      draw: (x: number, y: number) =>
        `<rect x="${x + 0.5}" y="${y + (ROW - SWATCH_H) / 2 + 0.5}" width="${SWATCH_W - 1}" height="${SWATCH_H - 1}" fill="${escapeMarkup(piece.color)}" stroke="${escapeMarkup(s.border)}"/>` +
        text(x + SWATCH_W + 4, y, piece.label),
    })),
  ];
  const out: string[] = [];
  let x = PAD;
  let row = 0;
  for (const [i, item] of items.entries()) {
    if (x > PAD && x + item.w > width - PAD) {
      x = PAD;
      row++;
    }
    out.push(item.draw(x, top + TOP + row * ROW));
    x += item.w + (i === 0 ? 8 : 10);
  }
  const height = top + TOP + (row + 1) * ROW + TOP;
  return {
    svg:
      `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
      `<rect width="${width}" height="${height}" fill="${escapeMarkup(p.surface)}"/>${chart}` +
      `<g class="civic-scale" font-size="${FONT}" font-family="${escapeMarkup(p.fontFamily)}">${out.join('')}</g></svg>`,
    height,
  };
}
