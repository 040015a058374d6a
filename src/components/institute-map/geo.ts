/**
 * District maps: checking untrusted GeoJSON, indexing its districts, and the geometry the
 * placement needs (point in polygon, distance to a district's edge). Pure functions, except the
 * lazy loader of the bundled Ningbo map at the end.
 *
 * Coordinates are longitude/latitude degrees. Distances are measured in a plane where longitude is
 * scaled by `aspect` (the cosine of the map's middle latitude), the same scale the option gives
 * ECharts (`geo.aspectScale`), so a distance here is proportional to one on screen.
 */
import { type Issue, type ValidationResult, at, checkForbiddenKeys, describe, isRecord } from '../../core/validate.js';

export type Position = [number, number];
/** One polygon: the outer ring, then holes. */
export type Polygon = Position[][];

export interface DistrictShape {
  name: string;
  /** The parts of the district (a MultiPolygon has several: islands, exclaves). */
  polygons: Polygon[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
}

export interface GeoIndex {
  /** The GeoJSON as given (registered with ECharts as is; never mutated). */
  geo: object;
  nameProperty: string;
  /** In the order of the GeoJSON's features. */
  districts: DistrictShape[];
  byName: Map<string, DistrictShape>;
  bbox: [number, number, number, number];
  /** Longitude scale: cos(middle latitude). */
  aspect: number;
}

/** At most this many issues are reported for one GeoJSON (a broken file can have thousands). */
const MAX_ISSUES = 20;

function checkPosition(v: unknown, path: string, issues: Issue[]): v is Position {
  if (!Array.isArray(v) || v.length < 2) {
    issues.push({ path, message: `must be a [longitude, latitude] pair, got ${describe(v)}` });
    return false;
  }
  const [lon, lat] = v as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    issues.push({ path: at(path, 0), message: `must be a longitude between -180 and 180, got ${describe(lon)}` });
    return false;
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    issues.push({ path: at(path, 1), message: `must be a latitude between -90 and 90, got ${describe(lat)}` });
    return false;
  }
  return true;
}

function checkPolygon(v: unknown, path: string, issues: Issue[]): Polygon | undefined {
  if (!Array.isArray(v) || v.length === 0) {
    issues.push({ path, message: `must be a list of rings, got ${describe(v)}` });
    return undefined;
  }
  const rings: Position[][] = [];
  for (let r = 0; r < v.length && issues.length < MAX_ISSUES; r++) {
    const ring = v[r] as unknown;
    const rp = at(path, r);
    if (!Array.isArray(ring) || ring.length < 4) {
      issues.push({ path: rp, message: `must be a ring of at least 4 positions, got ${Array.isArray(ring) ? `${ring.length}` : describe(ring)}` });
      continue;
    }
    let ok = true;
    for (let i = 0; i < ring.length && issues.length < MAX_ISSUES; i++) ok = checkPosition(ring[i], at(rp, i), issues) && ok;
    if (ok) rings.push(ring as Position[]);
  }
  return rings.length === v.length ? rings : undefined;
}

function ringsBbox(polygons: Polygon[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons) {
    for (const [x, y] of poly[0] ?? []) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

/**
 * Checks a GeoJSON `FeatureCollection` of district polygons and indexes it. Every feature needs a
 * Polygon or MultiPolygon and a non-empty, unique name in `properties[nameProperty]`. Issues name
 * their path (`geo.features[2].properties.name`).
 */
export function indexGeoJson(input: unknown, nameProperty = 'name', path = 'geo'): ValidationResult<GeoIndex> {
  const issues: Issue[] = [];
  if (!isRecord(input)) return { ok: false, issues: [{ path, message: `must be a GeoJSON object, got ${describe(input)}` }] };
  checkForbiddenKeys(input, path, issues);
  if (issues.length) return { ok: false, issues };
  if (input.type !== 'FeatureCollection') {
    return { ok: false, issues: [{ path: at(path, 'type'), message: `must be "FeatureCollection", got ${describe(input.type)}` }] };
  }
  const features = input.features;
  if (!Array.isArray(features)) return { ok: false, issues: [{ path: at(path, 'features'), message: `must be a list, got ${describe(features)}` }] };
  if (features.length === 0) return { ok: false, issues: [{ path: at(path, 'features'), message: 'must hold at least one district' }] };

  const districts: DistrictShape[] = [];
  const byName = new Map<string, DistrictShape>();
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < features.length && issues.length < MAX_ISSUES; i++) {
    const fp = at(at(path, 'features'), i);
    const f = features[i] as unknown;
    if (!isRecord(f)) {
      issues.push({ path: fp, message: `must be a GeoJSON Feature, got ${describe(f)}` });
      continue;
    }
    if (f.type !== 'Feature') {
      issues.push({ path: at(fp, 'type'), message: `must be "Feature", got ${describe(f.type)}` });
      continue;
    }
    const props = f.properties;
    const name = isRecord(props) ? props[nameProperty] : undefined;
    if (typeof name !== 'string' || name.trim() === '') {
      issues.push({
        path: at(at(fp, 'properties'), nameProperty),
        message: `must be the district's name (a non-empty string), got ${describe(name === undefined ? undefined : name)}`,
      });
      continue;
    }
    if (firstIndex.has(name)) {
      issues.push({ path: at(at(fp, 'properties'), nameProperty), message: `duplicates features[${firstIndex.get(name)}] ("${name}")` });
      continue;
    }
    firstIndex.set(name, i);
    const g = f.geometry;
    const gp = at(fp, 'geometry');
    if (!isRecord(g)) {
      issues.push({ path: gp, message: `must be a Polygon or MultiPolygon, got ${describe(g)}` });
      continue;
    }
    let polygons: Polygon[] | undefined;
    const cp = at(gp, 'coordinates');
    if (g.type === 'Polygon') {
      const p = checkPolygon(g.coordinates, cp, issues);
      polygons = p && [p];
    } else if (g.type === 'MultiPolygon') {
      if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) {
        issues.push({ path: cp, message: `must be a list of polygons, got ${describe(g.coordinates)}` });
      } else {
        const parts = g.coordinates.map((p: unknown, j: number) => checkPolygon(p, at(cp, j), issues));
        polygons = parts.every(Boolean) ? (parts as Polygon[]) : undefined;
      }
    } else {
      issues.push({ path: at(gp, 'type'), message: `must be "Polygon" or "MultiPolygon", got ${describe(g.type)}` });
    }
    if (!polygons) continue;
    const d: DistrictShape = { name, polygons, bbox: ringsBbox(polygons) };
    districts.push(d);
    byName.set(name, d);
  }
  if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };

  const bbox = ringsBbox(districts.flatMap((d) => d.polygons));
  const aspect = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
  return { ok: true, value: { geo: input, nameProperty, districts, byName, bbox, aspect } };
}

// ---- geometry -------------------------------------------------------------------------------

/** Even-odd ray casting over every ring of a polygon (holes included). */
function inPolygon(x: number, y: number, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** True when the point [lon, lat] lies inside one of the district's polygons. */
export function inDistrict(point: Position, d: DistrictShape): boolean {
  const [x, y] = point;
  const [x0, y0, x1, y1] = d.bbox;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  return d.polygons.some((p) => inPolygon(x, y, p));
}

/** The district a point lies in (the first, should districts overlap). */
export function districtAt(point: Position, index: GeoIndex): DistrictShape | undefined {
  return index.districts.find((d) => inDistrict(point, d));
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A district's edges in the aspect-scaled plane, 8 numbers each: the ends, then the bounding box. */
const edgeCache = new WeakMap<DistrictShape, { aspect: number; edges: Float64Array }>();
function edgesOf(d: DistrictShape, aspect: number): Float64Array {
  const hit = edgeCache.get(d);
  if (hit?.aspect === aspect) return hit.edges;
  const list: number[] = [];
  for (const poly of d.polygons) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay, bx, by] = [ring[i - 1][0] * aspect, ring[i - 1][1], ring[i][0] * aspect, ring[i][1]];
        list.push(ax, ay, bx, by, Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
    }
  }
  const edges = Float64Array.from(list);
  edgeCache.set(d, { aspect, edges });
  return edges;
}

/**
 * Distance from a point to the nearest edge of a district, in the aspect-scaled plane. `bound`,
 * when given, must exceed that distance (a neighbouring point's distance plus how far apart they
 * are): edges whose bounding box lies beyond the nearest found so far are skipped without
 * computing their distance. The same result, several times faster on detailed borders.
 */
export function edgeDistance(point: Position, d: DistrictShape, aspect: number, bound = Infinity): number {
  const px = point[0] * aspect;
  const py = point[1];
  const e = edgesOf(d, aspect);
  let best = bound;
  for (let k = 0; k < e.length; k += 8) {
    if (e[k + 4] - px > best || px - e[k + 6] > best || e[k + 5] - py > best || py - e[k + 7] > best) continue;
    const dist = segmentDistance(px, py, e[k], e[k + 1], e[k + 2], e[k + 3]);
    if (dist < best) best = dist;
  }
  return best;
}

/** Distance between two points in the aspect-scaled plane. */
export function planeDistance(a: Position, b: Position, aspect: number): number {
  return Math.hypot((a[0] - b[0]) * aspect, a[1] - b[1]);
}

// ---- the bundled map ------------------------------------------------------------------------

let ningbo: Promise<unknown> | undefined;

/**
 * Ningbo's ten districts (simplified, MIT; see seeds/geo/README.md), loaded once per page through
 * import(): a separate chunk, downloaded only when a map needs it. A failed load is retried.
 */
export function loadNingboDistricts(): Promise<unknown> {
  return (ningbo ??= import('./ningbo-geo.js').then(
    (m) => m.default,
    (e: unknown) => {
      ningbo = undefined;
      throw e;
    },
  ));
}
