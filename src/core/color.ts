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

const probes = new WeakMap<Element, HTMLElement>();

/** A hidden element inside `host`'s shadow root, so colours resolve in the host's own context. */
function probeIn(host: Element): HTMLElement | undefined {
  const root = host.shadowRoot;
  if (!root) return undefined;
  let probe = probes.get(host);
  if (!probe || probe.getRootNode() !== root) {
    probe = document.createElement('span');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.setProperty('display', 'none'); // CSSOM, not a style attribute: CSP-safe
    root.append(probe);
    probes.set(host, probe);
  }
  return probe;
}

/**
 * Any CSS colour as the browser resolves it for `host` (#rrggbb when opaque): `var()` chains,
 * `light-dark()` under the host's color-scheme, `color-mix()`, system colours under forced colours.
 * ECharts paints on a canvas, which knows none of that context. Invalid input is returned as is.
 */
export function normalizeColor(c: string, host?: Element): string {
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toLowerCase();
  const probe = host && typeof document !== 'undefined' ? probeIn(host) : undefined;
  if (!probe) return c;
  probe.style.setProperty('color', c);
  if (!probe.style.getPropertyValue('color')) return c; // not a colour
  const resolved = getComputedStyle(probe).color;
  probe.style.removeProperty('color');
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(resolved);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return resolved || c;
  return `#${[m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance of a #rrggbb colour; undefined for anything else. */
export function relativeLuminance(c: string): number | undefined {
  const rgb = parseHex(c);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21); undefined when either is not one. */
export function contrastRatio(a: string, b: string): number | undefined {
  const x = relativeLuminance(a);
  const y = relativeLuminance(b);
  if (x === undefined || y === undefined) return undefined;
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
