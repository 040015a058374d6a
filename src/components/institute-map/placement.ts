/**
 * Deterministic placement of district-level markers: the same data and map always give the same
 * points. For each district, candidates on a grid over the district are kept when they lie inside
 * it (and in no other district) with some margin from its edge. The candidate farthest from the
 * edge (an approximate pole of inaccessibility) holds the district's name; markers go to the
 * candidates nearest to it that keep clear of the name and at a minimum distance from every
 * marker already placed (on the whole map). When a district is too small for that, the distance
 * and margin are halved, step by step, so every marker still gets a point inside its district.
 */
import { type DistrictShape, type GeoIndex, type Position, edgeDistance, planeDistance } from './geo.js';

/** Minimum distance between markers as a share of the map's larger side (aspect-scaled). */
export const MIN_DISTANCE_SHARE = 0.045;

export interface PlacementRequest {
  /** Stable key (the institute id). */
  key: string;
  district: DistrictShape;
}

/** The minimum distance between markers for a map, in the aspect-scaled plane. */
export function minDistance(index: GeoIndex): number {
  const [x0, y0, x1, y1] = index.bbox;
  return Math.max((x1 - x0) * index.aspect, y1 - y0) * MIN_DISTANCE_SHARE;
}

interface Candidate {
  p: Position;
  edge: number;
}

/**
 * The part of a district's bounding box inside the view (`index.bbox`, the view's frame; see
 * model.ts); undefined when the district lies wholly outside. On a map whose view is the whole
 * map this is the district's own box.
 */
function visibleBox(d: DistrictShape, index: GeoIndex): [number, number, number, number] | undefined {
  const [a0, b0, a1, b1] = d.bbox;
  const [v0, w0, v1, w1] = index.bbox;
  const box: [number, number, number, number] = [Math.max(a0, v0), Math.max(b0, w0), Math.min(a1, v1), Math.min(b1, w1)];
  return box[0] <= box[2] && box[1] <= box[3] ? box : undefined;
}

/**
 * Per polygon of `d`, where its edges cross the parallel at `y`: the same crossings, by the same
 * arithmetic, as the ray test of geo.ts' inDistrict. A grid row tests each edge once, not once per point.
 */
function crossings(d: DistrictShape, y: number): number[][] {
  return d.polygons.map((polygon) => {
    const xs: number[] = [];
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    return xs;
  });
}

/** inDistrict for a point of the row whose crossings these are (even-odd, per polygon). */
const insideRow = (row: number[][], x: number) => row.some((xs) => xs.reduce((n, c) => (x < c ? n + 1 : n), 0) % 2 === 1);

function candidates(d: DistrictShape, index: GeoIndex, step: number): Candidate[] {
  // Points off the view are never candidates (a far part of a district could hold thousands).
  const box = visibleBox(d, index);
  if (!box) return [];
  const [x0, y0, x1, y1] = box;
  const stepX = step / index.aspect;
  const out: Candidate[] = [];
  const others = index.districts.filter((o) => o !== d);
  // Grid cells centred in the bounding box, rows from north to south, west to east.
  const nx = Math.max(1, Math.floor((x1 - x0) / stepX));
  const ny = Math.max(1, Math.floor((y1 - y0) / step));
  const ox = x0 + ((x1 - x0) - (nx - 1) * stepX) / 2;
  const oy = y1 - ((y1 - y0) - (ny - 1) * step) / 2;
  for (let j = 0; j < ny; j++) {
    const y = oy - j * step;
    const own = crossings(d, y);
    const near = others.filter((o) => y >= o.bbox[1] && y <= o.bbox[3]).map((o) => crossings(o, y));
    // The distance to the edge changes by at most the distance moved: the last point's, plus
    // that, bounds this one's (with room for rounding), so edgeDistance skips far edges.
    let last: { i: number; edge: number } | undefined;
    for (let i = 0; i < nx; i++) {
      const x = ox + i * stepX;
      if (!insideRow(own, x) || near.some((row) => insideRow(row, x))) continue;
      const p: Position = [x, y];
      const bound = last ? (last.edge + (i - last.i) * step) * 1.000001 + 1e-12 : Infinity;
      last = { i, edge: edgeDistance(p, d, index.aspect, bound) };
      out.push({ p, edge: last.edge });
    }
  }
  return out;
}

type Grid = (d: DistrictShape, step: number) => Candidate[];

/**
 * candidates(), each grid computed once per placement: the names' grid and the markers' first
 * grid are the same (half the minimum distance), and it is the costly part of a placement.
 */
function gridMemo(index: GeoIndex): Grid {
  const memo = new Map<DistrictShape, Map<number, Candidate[]>>();
  return (d, step) => {
    let byStep = memo.get(d);
    if (!byStep) memo.set(d, (byStep = new Map()));
    let hit = byStep.get(step);
    if (!hit) byStep.set(step, (hit = candidates(d, index, step)));
    return hit;
  };
}

/** The candidate farthest from the district's edge (an approximate pole of inaccessibility). */
function poleOf(pool: Candidate[]): Candidate | undefined {
  let pole = pool[0];
  for (const c of pool) if (c.edge > pole.edge) pole = c;
  return pole;
}

/** Half width and half height of the box kept clear around a district's name, in minimum distances. */
export const LABEL_BOX: [number, number] = [2.2, 1];

/** True when `p` lies outside the box kept clear around a name at `label`. */
/**
 * LABEL_BOX was sized for a map of about this many districts in view (the bundled Ningbo map has
 * ten). A name is as long on a map of fifty states as on a map of ten districts, but each
 * district is smaller: the box shrinks with the square root of the count (the typical district's
 * side), so that districts with markers keep their names.
 */
export const LABEL_BOX_DISTRICTS = 10;

/** The unit of LABEL_BOX on a map: the minimum distance, scaled down for maps of many districts in view. */
export function labelUnit(index: GeoIndex): number {
  const inView = index.districts.filter((d) => visibleBox(d, index)).length;
  return minDistance(index) * Math.min(1, Math.sqrt(LABEL_BOX_DISTRICTS / Math.max(1, inView)));
}

function clearOf(p: Position, label: Position, base: number, aspect: number): boolean {
  return Math.abs(p[0] - label[0]) * aspect >= LABEL_BOX[0] * base || Math.abs(p[1] - label[1]) >= LABEL_BOX[1] * base;
}

/**
 * Where each district's name goes: its pole, computed on the same grid as the markers, or the
 * next best point when markers with their own coordinates (`fixed`) sit there. Markers keep clear
 * of a box around it (LABEL_BOX, in units of the minimum distance). Districts where no point is
 * clear of the fixed markers are returned in `blocked` (their name is not drawn).
 */
export function districtLabelPoints(
  index: GeoIndex,
  fixed: Position[] = [],
  grid: Grid = gridMemo(index),
): { labels: Map<string, Position>; blocked: Set<string> } {
  const base = minDistance(index);
  const unit = labelUnit(index);
  const labels = new Map<string, Position>();
  const blocked = new Set<string>();
  for (const d of index.districts) {
    // A district wholly outside the view has no name drawn.
    if (!visibleBox(d, index)) continue;
    let pool = grid(d, base / 2);
    if (pool.length === 0) pool = grid(d, base / 8);
    const pole = poleOf(pool);
    const [x0, y0, x1, y1] = d.bbox;
    if (!pole) {
      labels.set(d.name, [(x0 + x1) / 2, (y0 + y1) / 2]);
      continue;
    }
    // Farthest from the edge first; the first one clear of every fixed marker.
    const best = [...pool].sort((a, b) => b.edge - a.edge).find((c) => fixed.every((f) => clearOf(f, c.p, unit, index.aspect)));
    labels.set(d.name, (best ?? pole).p);
    if (!best) blocked.add(d.name);
  }
  return { labels, blocked };
}

/**
 * Points for markers known only to their district. `fixed` are markers already on the map
 * (institutes with their own coordinates): new points keep their distance from them too.
 * Markers keep clear of the district's label point when the district has room for it.
 * Returns key → [lon, lat], every district's label point, and the districts too small to keep
 * markers clear of their name (`crowded`: their name is not drawn on the map).
 */
export function placeInDistricts(
  requests: PlacementRequest[],
  index: GeoIndex,
  fixed: Position[] = [],
): { points: Map<string, Position>; crowded: Set<string>; labels: Map<string, Position> } {
  const result = new Map<string, Position>();
  const placed: Position[] = [...fixed];
  const base = minDistance(index);
  const unit = labelUnit(index);
  const grid = gridMemo(index);
  const { labels, blocked } = districtLabelPoints(index, fixed, grid);
  const crowded = new Set<string>(blocked);
  const byDistrict = new Map<DistrictShape, PlacementRequest[]>();
  for (const r of requests) {
    if (!byDistrict.has(r.district)) byDistrict.set(r.district, []);
    byDistrict.get(r.district)!.push(r);
  }
  // Districts in the map's order; markers in the data's order within a district.
  for (const d of index.districts) {
    const wanted = byDistrict.get(d);
    if (!wanted) continue;
    // Clear of every district's name (a marker near a border could cover the neighbour's).
    const clear = (c: Candidate) => [...labels.values()].every((l) => clearOf(c.p, l, unit, index.aspect));
    let pool: Candidate[] = [];
    let chosen: Position[] = [];
    // First clear of the names at the full spacing, then anywhere inside (the district's name is
    // then not drawn: `crowded`), halving the spacing until every marker has a point.
    for (const [phase, tries] of [['clear', 1], ['any', 8]] as const) {
      let spacing = base;
      for (let attempt = 0; attempt < tries && chosen.length < wanted.length; attempt++, spacing /= 2) {
        // A grid finer than the spacing, so that points near the pole can be picked.
        pool = grid(d, spacing / 2);
        if (pool.length === 0) pool = grid(d, spacing / 8);
        const inner = pool.filter((c) => c.edge >= spacing / 2);
        const usable = inner.length ? inner : pool;
        const set = phase === 'clear' ? usable.filter(clear) : usable;
        chosen = pick(set, poleOf(usable), wanted.length, spacing, placed, index.aspect);
      }
      if (chosen.length === wanted.length) break;
      if (phase === 'clear') crowded.add(d.name);
    }
    if (chosen.length < wanted.length) {
      // A sliver of a district: fall back to any inside point, still deterministic.
      chosen = pick(pool, poleOf(pool), wanted.length, 0, placed, index.aspect);
    }
    wanted.forEach((r, i) => {
      const p = chosen[i] ?? chosen[chosen.length - 1] ?? firstVertex(d);
      result.set(r.key, p);
      placed.push(p);
    });
  }
  return { points: result, crowded, labels };
}

/** Up to n points of the pool, nearest to the pole first, each `spacing` from all others. */
function pick(
  pool: Candidate[],
  pole: Candidate | undefined,
  n: number,
  spacing: number,
  placed: Position[],
  aspect: number,
): Position[] {
  if (pool.length === 0 || !pole) return [];
  const ordered = [...pool].sort(
    (a, b) => planeDistance(a.p, pole.p, aspect) - planeDistance(b.p, pole.p, aspect) || b.edge - a.edge,
  );
  const out: Position[] = [];
  const taken = [...placed];
  for (const c of ordered) {
    if (out.length === n) break;
    if (taken.every((q) => planeDistance(q, c.p, aspect) >= spacing - 1e-12)) {
      out.push(c.p);
      taken.push(c.p);
    }
  }
  return out;
}

function firstVertex(d: DistrictShape): Position {
  return d.polygons[0][0][0];
}
