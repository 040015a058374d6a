/**
 * What a person sees, as pixels: a screenshot of an element taken by the browser (the test
 * server's `screenshot` command, so canvas, SVG and text are composited as on screen), decoded
 * here and read at points given in CSS pixels relative to the element's border box.
 *
 * The visual tests assert colours inside solid regions (a tier band, a line, a district, a bar),
 * never text or edges, so fonts and anti-aliasing on another machine do not change the outcome.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type RGB = [number, number, number];

export interface Shot {
  /** The colour at (x, y), in CSS px from the element's top left. */
  at(x: number, y: number): RGB;
  /** The colours of a rectangle (CSS px from the element's top left), one per device pixel. */
  region(x: number, y: number, w: number, h: number): RGB[];
  /** The element's box on the page when it was shot; positions of its parts are relative to it. */
  box: DOMRect;
  file: string;
}

/** Takes a screenshot of `el` (saved as test-results/`name`.png) and returns its pixels. */
export async function shoot(el: HTMLElement, name: string): Promise<Shot> {
  el.id ||= `shot-${name}`;
  const result = (await executeServerCommand('screenshot', { name, selector: `#${CSS.escape(el.id)}`, pixels: true })) as { file: string; png: string };
  const box = el.getBoundingClientRect();
  const img = new Image();
  img.src = `data:image/png;base64,${result.png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const scale = img.naturalWidth / box.width;
  const px = (x: number, y: number): RGB => {
    const i = (Math.min(canvas.height - 1, Math.max(0, Math.floor(y))) * canvas.width + Math.min(canvas.width - 1, Math.max(0, Math.floor(x)))) * 4;
    return [data[i], data[i + 1], data[i + 2]];
  };
  return {
    box,
    file: result.file,
    at: (x, y) => px(x * scale, y * scale),
    region(x, y, w, h) {
      const out: RGB[] = [];
      for (let j = Math.round(y * scale); j < Math.round((y + h) * scale); j++) for (let i = Math.round(x * scale); i < Math.round((x + w) * scale); i++) out.push(px(i, j));
      return out;
    },
  };
}

/** Where `part` is inside `el`: its box relative to `el`'s top left (for `Shot.at`). */
export function within(el: Element, part: Element): { x: number; y: number; width: number; height: number } {
  const a = el.getBoundingClientRect();
  const b = part.getBoundingClientRect();
  return { x: b.left - a.left, y: b.top - a.top, width: b.width, height: b.height };
}

/** A CSS colour (`#rgb`, `#rrggbb`, `rgb()`, `rgba()`, `color(srgb …)`) as RGB; alpha is ignored. */
export function rgb(css: string): RGB {
  const c = css.trim().toLowerCase();
  if (c.startsWith('#')) {
    const h = c.length === 4 ? [...c.slice(1)].map((d) => d + d).join('') : c.slice(1, 7);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB;
  }
  const srgb = c.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/);
  if (srgb) return [1, 2, 3].map((i) => Math.round(parseFloat(srgb[i]) * 255)) as RGB;
  const m = c.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/);
  if (m) return [1, 2, 3].map((i) => Math.round(parseFloat(m[i]))) as RGB;
  throw new Error(`not a colour I can read: ${css}`);
}

/** `a` painted over `b` with opacity `alpha`. */
export function over(a: RGB, b: RGB, alpha: number): RGB {
  return a.map((v, i) => Math.round(v * alpha + b[i] * (1 - alpha))) as RGB;
}

/** The largest difference of one channel. */
export function distance(a: RGB, b: RGB): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i])));
}

/** True when the colours differ by at most `tolerance` in every channel. */
export const near = (a: RGB, b: RGB, tolerance = 10) => distance(a, b) <= tolerance;

/** The share of `pixels` near `colour`. */
export const shareNear = (pixels: RGB[], colour: RGB, tolerance = 10) => pixels.filter((p) => near(p, colour, tolerance)).length / pixels.length;

export const hex = (c: RGB) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
