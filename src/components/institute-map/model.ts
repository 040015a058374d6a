/**
 * The derived view of the map: which institutes are placed where, which are not, and how many
 * each district has. Computed once from (data, district map) so that markers, summary, table,
 * tooltip and the unlocated list never disagree. Pure functions.
 */
import type { InstituteStatus } from '../../data/types.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { type Bounds, boundsAspect, defaultBounds, inBounds, sameBounds } from './bounds.js';
import { type GeoIndex, type Position, districtAt } from './geo.js';
import { mapMessages } from './messages.js';
import { placeInDistricts } from './placement.js';
import type { InstituteMapData, InstituteMapInstitute } from './types.js';

/** Every status, the most advanced first: a marker shows the first of its institute's statuses. */
export const STATUS_ORDER: readonly InstituteStatus[] = [
  'substantiveConstruction',
  'introduced',
  'toBeIntroduced',
  'plannedLab',
  'mentioned',
];

/**
 * One shape per status, so status is never told by colour alone (ECharts symbols; "mentioned" is
 * a plus sign). The legend draws the same shapes (`STATUS_GLYPH`).
 */
export const STATUS_SYMBOL: Record<InstituteStatus, string> = {
  substantiveConstruction: 'rect',
  introduced: 'circle',
  toBeIntroduced: 'triangle',
  plannedLab: 'diamond',
  mentioned: 'path://M3,0H7V3H10V7H7V10H3V7H0V3H3Z',
};

/** SVG paths (viewBox 0 0 12 12) of the same shapes, for the DOM legend. */
export const STATUS_GLYPH: Record<InstituteStatus, string> = {
  substantiveConstruction: 'M1.5 1.5h9v9h-9z',
  introduced: 'M6 1a5 5 0 1 0 0.001 0z',
  toBeIntroduced: 'M6 0.8l5.4 10h-10.8z',
  plannedLab: 'M6 0.5l5.5 5.5-5.5 5.5-5.5-5.5z',
  mentioned: 'M4.2 1h3.6v3.2h3.2v3.6h-3.2v3.2h-3.6v-3.2h-3.2v-3.6h3.2z',
};

/** Which palette series colour each status takes (0-based index into palette.series). */
export const STATUS_COLOR_INDEX: Record<InstituteStatus, number> = {
  introduced: 0,
  substantiveConstruction: 1,
  toBeIntroduced: 2,
  plannedLab: 3,
  mentioned: 5,
};

export function statusLabel(status: InstituteStatus, locale: Locale): string {
  return mapMessages(locale).status[status];
}

export function shapeLabel(status: InstituteStatus, locale: Locale): string {
  return mapMessages(locale).shape[status];
}

/** The statuses of an institute in the order of STATUS_ORDER, as words. */
export function statusList(statuses: readonly InstituteStatus[], locale: Locale): string {
  return STATUS_ORDER.filter((s) => statuses.includes(s))
    .map((s) => statusLabel(s, locale))
    .join(msg(locale).sep);
}

/** The most advanced of the statuses that are not hidden, or undefined when all are hidden. */
export function markerStatus(
  statuses: readonly InstituteStatus[],
  hidden: ReadonlySet<InstituteStatus> = new Set(),
): InstituteStatus | undefined {
  return STATUS_ORDER.find((s) => statuses.includes(s) && !hidden.has(s));
}

/** A district as the reader reads it: Ningbo's ten districts have English names; other maps' names are shown as written. */
export function districtLabel(name: string, locale: Locale): string {
  return mapMessages(locale).district(name);
}

export function instituteName(i: InstituteMapInstitute, locale: Locale): string {
  return text(i.name, locale);
}

export interface PlacedInstitute {
  institute: InstituteMapInstitute;
  /** The district it is counted in (a name of the map, or the data's name before the map loads). */
  district: string | null;
  /** `point`: its own coordinates; `district`: placed inside its district, the site unknown. */
  precision: 'point' | 'district';
  /**
   * Where the marker is drawn; undefined until the district map is there. For a district-level
   * marker it is placed on first read (see mapModel).
   */
  position?: Position;
}

export interface UnlocatedInstitute {
  institute: InstituteMapInstitute;
  /** `unknown`: no district; `notOnMap`: a district the map lacks; `outsideMap`: coordinates off the map. */
  reason: 'unknown' | 'notOnMap' | 'outsideMap';
}

export interface MapModel {
  data: InstituteMapData;
  /** The district map the institutes are placed on; undefined before it is there. */
  index?: GeoIndex;
  total: number;
  /** In the map's district order, then the data's order. */
  located: PlacedInstitute[];
  /** In the data's order. */
  unlocated: UnlocatedInstitute[];
  /** District name → located institutes counted there (every district of the map, zeros included). */
  counts: Map<string, number>;
  /** District names of the data that the map lacks, in order of first appearance. */
  missingDistricts: string[];
  /** True when every institute's source is the report itself. */
  fromReport: boolean;
  /**
   * Where each district's name is drawn (markers keep clear of it); districts too small for both
   * their name and their markers have none. Empty without a map. Placed on first read, with the markers.
   */
  labels: Map<string, Position>;
  /**
   * The part of the map the view fits, `[west, south, east, north]`: the data's `bounds`, else
   * the main group of districts plus every district with an institute (see bounds.ts). The
   * map's whole bounding box when that is all there is; undefined without a map.
   */
  bounds?: Bounds;
  /** The longitude scale of the view (cosine of its middle latitude); the map's own when the view is the whole map. */
  aspect?: number;
}

const hasPoint = (i: InstituteMapInstitute): boolean =>
  typeof i.location.lon === 'number' && typeof i.location.lat === 'number';

/**
 * Places the institutes on a district map. Without a map yet (`index` undefined) institutes are
 * counted by their district name and have no position.
 */
/**
 * Placements already computed, per district map, by what they depend on (the requests' keys and
 * districts, the fixed points): ten maps of the same institutes on a page place them once.
 * Keyed by content, not by the data object, so data changed in place is placed afresh.
 */
const placements = new WeakMap<GeoIndex, Map<string, ReturnType<typeof placeInDistricts>>>();
/** `frame` is `index` itself or `index` seen within other bounds (a new object each time): the memo is the map's. */
function placeOnce(requests: Parameters<typeof placeInDistricts>[0], index: GeoIndex, frame: GeoIndex, fixed: Position[]): ReturnType<typeof placeInDistricts> {
  const key = JSON.stringify([requests.map((r) => [r.key, r.district.name]), fixed, frame.bbox]);
  let memo = placements.get(index);
  if (!memo) placements.set(index, (memo = new Map()));
  let hit = memo.get(key);
  if (!hit) {
    // Bounded: a page cycling through many datasets does not keep every placement.
    if (memo.size >= 32) memo.delete(memo.keys().next().value!);
    memo.set(key, (hit = placeInDistricts(requests, frame, fixed)));
  }
  return hit;
}

/** The data's district names the map lacks (what mapModel reports as `missingDistricts`), without placing anything. */
export function districtsMissing(data: InstituteMapData, index: GeoIndex): string[] {
  const names = data.institutes.map((i) => i.location.district).filter((d): d is string => d !== null && !index.byName.has(d));
  return [...new Set(names)];
}

export function mapModel(data: InstituteMapData, index: GeoIndex | undefined): MapModel {
  const located: PlacedInstitute[] = [];
  const unlocated: UnlocatedInstitute[] = [];
  const missing: string[] = [];
  const counts = new Map<string, number>();
  for (const d of index?.districts ?? []) counts.set(d.name, 0);

  const noLabels = new Map<string, Position>();
  let labelsOf = (): Map<string, Position> => noLabels;
  const fixed: Position[] = [];
  const requests: { key: string; district: NonNullable<ReturnType<GeoIndex['byName']['get']>> }[] = [];
  const requested = new Map<string, PlacedInstitute>();

  for (const inst of data.institutes) {
    const { district } = inst.location;
    if (district !== null && index && !index.byName.has(district) && !missing.includes(district)) missing.push(district);
    if (hasPoint(inst)) {
      const p: Position = [inst.location.lon!, inst.location.lat!];
      const inside = index ? districtAt(p, index) : undefined;
      if (index && !inside) {
        unlocated.push({ institute: inst, reason: 'outsideMap' });
        continue;
      }
      fixed.push(p);
      located.push({ institute: inst, district: inside?.name ?? district, precision: 'point', position: index ? p : undefined });
      continue;
    }
    if (district === null) {
      unlocated.push({ institute: inst, reason: 'unknown' });
      continue;
    }
    if (!index) {
      located.push({ institute: inst, district, precision: 'district' });
      continue;
    }
    const shape = index.byName.get(district);
    if (!shape) {
      unlocated.push({ institute: inst, reason: 'notOnMap' });
      continue;
    }
    const placed: PlacedInstitute = { institute: inst, district, precision: 'district' };
    requests.push({ key: inst.id, district: shape });
    requested.set(inst.id, placed);
    located.push(placed);
  }

  let bounds: Bounds | undefined;
  let aspect: number | undefined;
  if (index) {
    bounds = data.bounds ? [...data.bounds] : defaultBounds(index, new Set(requests.map((r) => r.district.name)), fixed);
    // The view's frame: spacing and label room are measured on what is shown, not on far parts.
    const whole = sameBounds(bounds, index.bbox);
    aspect = whole ? index.aspect : boundsAspect(bounds);
    const frame: GeoIndex = whole ? index : { ...index, bbox: bounds, aspect };
    // Placed on first read: only the chart and its keyboard items need positions and name points,
    // so the texts of a map (its summary and table) never wait for the placement.
    let placement: ReturnType<typeof placeInDistricts> | undefined;
    const placed = () => (placement ??= placeOnce(requests, index, frame, fixed));
    let shownLabels: Map<string, Position> | undefined;
    const view = bounds;
    // Names of districts outside the view are not drawn (they would sit at the chart's edge or off it).
    labelsOf = () =>
      (shownLabels ??= new Map([...placed().labels].filter(([name, p]) => !placed().crowded.has(name) && inBounds(p, view))));
    for (const [key, p] of requested) {
      Object.defineProperty(p, 'position', { enumerable: true, configurable: true, get: () => placed().points.get(key) });
    }
    const order = new Map(index.districts.map((d, i) => [d.name, i]));
    const rank = (p: PlacedInstitute) => (p.district !== null && order.has(p.district) ? order.get(p.district)! : order.size);
    const dataOrder = new Map(data.institutes.map((inst, i) => [inst, i]));
    located.sort((a, b) => rank(a) - rank(b) || dataOrder.get(a.institute)! - dataOrder.get(b.institute)!);
  }
  for (const p of located) if (p.district !== null) counts.set(p.district, (counts.get(p.district) ?? 0) + 1);

  return {
    data,
    index,
    total: data.institutes.length,
    located,
    unlocated,
    counts,
    missingDistricts: missing,
    fromReport: data.institutes.length > 0 && data.institutes.every((i) => i.source.kind === 'seed'),
    get labels() {
      return labelsOf();
    },
    bounds,
    aspect,
  };
}

/** What the map draws: the model under the legend's hidden statuses, on a map registered with ECharts as `mapName`. */
export interface MapView {
  model: MapModel;
  hidden: ReadonlySet<InstituteStatus>;
  mapName: string;
}

/** The title: the data's, else a generic one. */
export function mapTitle(data: InstituteMapData, locale: Locale): string {
  if (data.title) return text(data.title, locale);
  return mapMessages(locale).defaultTitle;
}
