/**
 * The district shading and its scale legend, one pure builder for both: the option colours each
 * district with the piece its count falls in, and the legend shows the same pieces (a swatch and a
 * label in words, so colour is never the only cue) in the element's shadow root, in the static
 * SVG and HTML renders and in the exported images (scale-svg.ts).
 */
import type { RenderContext } from '../../core/builders.js';
import { mix } from '../../core/color.js';
import { formatNumber } from '../../core/format.js';
import type { Palette } from '../../core/theme.js';
import { mapMessages } from './messages.js';
import type { MapModel } from './model.js';

export interface Piece {
  /** The lowest count of the piece. */
  min: number;
  /** The highest count of the piece. */
  max: number;
  label: string;
  color: string;
}

export interface ScaleLegend {
  /** "区县机构数：" / "Institutes per district:". */
  title: string;
  /** Lowest counts first. */
  pieces: Piece[];
  /** The districts' outline colour: swatches are outlined like districts. */
  border: string;
}

type ScaleContext = Pick<RenderContext, 'locale' | 'palette'>;

/** The outline of every district (and of the scale's swatches). */
export const districtBorder = (p: Palette): string => (p.highContrast ? '#000000' : mix(p.surface, p.text, 0.45));

/** The scale: one piece per count up to 6, else five ranges. */
export function countPieces(max: number, { palette: p, locale }: ScaleContext): Piece[] {
  const n = (v: number) => formatNumber(v, locale);
  const unit = mapMessages(locale).countPiece;
  const shade = (t: number) =>
    p.highContrast ? mix('#ffffff', '#595959', t) : mix(p.surface, p.accent, 0.06 + t * 0.42);
  if (max <= 6) {
    return Array.from({ length: max + 1 }, (_, v) => ({ min: v, max: v, label: unit(n(v)), color: shade(max ? v / max : 0) }));
  }
  const step = Math.ceil(max / 4);
  const pieces: Piece[] = [{ min: 0, max: 0, label: unit(n(0)), color: shade(0) }];
  for (let lo = 1, k = 1; lo <= max; lo += step, k++) {
    const hi = Math.min(max, lo + step - 1);
    pieces.push({ min: lo, max: hi, label: unit(lo === hi ? n(lo) : `${n(lo)}–${n(hi)}`), color: shade(k / 4) });
  }
  return pieces;
}

/** The piece a count falls in (the last one for a count above the scale, which cannot happen). */
export const pieceOf = (pieces: Piece[], count: number): Piece => pieces.find((p) => count <= p.max) ?? pieces[pieces.length - 1]!;

/** The legend of the districts' shading; undefined without a map (no districts are drawn). */
export function scaleLegend(model: MapModel, ctx: ScaleContext): ScaleLegend | undefined {
  if (!model.index) return undefined;
  return {
    title: mapMessages(ctx.locale).scaleTitle,
    pieces: countPieces(Math.max(0, ...model.counts.values()), ctx),
    border: districtBorder(ctx.palette),
  };
}
