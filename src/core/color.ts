/** Colour arithmetic for palettes read from CSS (already normalised to #rrggbb by readPalette). */

function parseHex(c: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes `b` into `a` by `t` (0 → a, 1 → b); returns `b` when either is not a hex colour (system colours). */
export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return b;
  const c = x.map((v, i) => Math.round(v + (y[i] - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as #rrggbb, via the canvas colour parser (browser only). System colours such as
 * CanvasText under forced colours are returned as the browser resolves them; unknown input as is.
 */
export function normalizeColor(c: string): string {
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toLowerCase();
  if (typeof document === 'undefined') return c;
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return c;
  probe.fillStyle = '#000000';
  probe.fillStyle = c;
  const out = String(probe.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(out) ? out : c;
}
