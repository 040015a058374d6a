/**
 * The part of a district map the view shows. Pure functions.
 *
 * A map of a country or a coastal city often has parts far from the rest (Alaska and Hawaii, an
 * archipelago, an exclave across the antimeridian). Fitting the whole bounding box would shrink
 * the districts that matter to a corner, so by default the view fits the main group of parts
 * (parts near each other, the group holding the most area) plus every district with an
 * institute. Far parts are still drawn when they fall inside the chart, only not fitted.
 */
import type { GeoIndex, Polygon, Position } from './geo.js';

/** `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

/**
 * Parts whose bounding boxes are closer than this share of the larger part's size join one group
 * (neighbouring districts touch, coastal islands lie close; Alaska is about 6° from Washington,
 * a third of its own size).
 */
const NEAR_SHARE = 0.1;

/**
 * The whole map is kept when fitting it shrinks the main group by less than this factor: a city
 * with a few offshore islands keeps its full extent (the bundled Ningbo map is drawn as it always was).
 */
const KEEP_WHOLE = 1.25;

interface Part {
  bbox: Bounds;
  /** Area in degrees², longitude scaled by the cosine of the part's own latitude. */
  area: number;
  /** The larger side of the bbox in the same scaled plane. */
  size: number;
  cos: number;
}

function partOf(polygon: Polygon): Part {
  const ring = polygon[0] ?? [];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    const [nx, ny] = ring[(i + 1) % ring.length];
    twice += x * ny - nx * y;
  }
  const cos = Math.max(0.05, Math.cos((((y0 + y1) / 2) * Math.PI) / 180));
  return { bbox: [x0, y0, x1, y1], area: (Math.abs(twice) / 2) * cos, size: Math.max((x1 - x0) * cos, y1 - y0), cos };
}

/** The gap between two boxes in the scaled plane (0 when they touch or overlap). */
function gap(a: Part, b: Part): number {
  const cos = Math.min(a.cos, b.cos);
  const dx = Math.max(0, a.bbox[0] - b.bbox[2], b.bbox[0] - a.bbox[2]) * cos;
  const dy = Math.max(0, a.bbox[1] - b.bbox[3], b.bbox[1] - a.bbox[3]);
  return Math.hypot(dx, dy);
}

function union(boxes: Bounds[]): Bounds {
  const out: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x0, y0, x1, y1] of boxes) {
    out[0] = Math.min(out[0], x0);
    out[1] = Math.min(out[1], y0);
    out[2] = Math.max(out[2], x1);
    out[3] = Math.max(out[3], y1);
  }
  return out;
}

/** Width and height of a box in the plane scaled by `cos`. */
const extent = (b: Bounds, cos: number): [number, number] => [(b[2] - b[0]) * cos, b[3] - b[1]];

/** The longitude scale of a view: the cosine of its middle latitude (as `GeoIndex.aspect`). */
export function boundsAspect(b: Bounds): number {
  return Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);
}

/**
 * The default view: the bounding box of the main group of parts, grown to hold every district in
 * `keep` (its largest part) and every point in `points`. Returns the map's whole bounding box
 * when the difference is small (see KEEP_WHOLE).
 */
export function defaultBounds(index: GeoIndex, keep: ReadonlySet<string> = new Set(), points: readonly Position[] = []): Bounds {
  const parts: Part[] = [];
  const largest = new Map<string, Part>();
  for (const d of index.districts) {
    for (const polygon of d.polygons) {
      const part = partOf(polygon);
      parts.push(part);
      if (!largest.has(d.name) || largest.get(d.name)!.area < part.area) largest.set(d.name, part);
    }
  }
  // Single-linkage groups (union-find) of parts near each other.
  const parent = parts.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (root(i) === root(j)) continue;
      if (gap(parts[i], parts[j]) <= NEAR_SHARE * Math.max(parts[i].size, parts[j].size)) parent[root(j)] = root(i);
    }
  }
  const area = new Map<number, number>();
  parts.forEach((p, i) => area.set(root(i), (area.get(root(i)) ?? 0) + p.area));
  const main = [...area.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const boxes = parts.filter((_, i) => root(i) === main).map((p) => p.bbox);
  for (const name of keep) {
    const part = largest.get(name);
    if (part) boxes.push(part.bbox);
  }
  for (const [x, y] of points) boxes.push([x, y, x, y]);
  const fitted = union(boxes);

  const whole = index.bbox;
  const cos = boundsAspect(fitted);
  const [fw, fh] = extent(fitted, cos);
  const [ww, wh] = extent(whole, cos);
  const shrink = Math.max(fw > 0 ? ww / fw : 1, fh > 0 ? wh / fh : 1);
  return shrink < KEEP_WHOLE ? [...whole] : fitted;
}

/** A district's area (degrees², longitude scaled at each part's latitude): which name gives way when names collide. */
export function districtArea(polygons: readonly Polygon[]): number {
  return polygons.reduce((sum, p) => sum + partOf(p).area, 0);
}

/** True when the point lies inside the bounds (edges included). */
export function inBounds([x, y]: Position, b: Bounds): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** True when two bounds are the same box. */
export function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.every((v, i) => v === b[i]);
}
