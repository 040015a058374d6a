/**
 * Valid `InstituteMapData` (README: civic-institute-map; src/components/institute-map/types.ts) on a
 * district map (the bundled Ningbo districts, or generated square districts), and its fields.
 */
import fc from 'fast-check';
import type { InstituteMapData, InstituteMapInstitute } from '../../../src/components/institute-map/types.js';
import type { InstituteStatus } from '../../../src/data/types.js';
import { type Breakage, type FieldAt, fieldKinds as k, sourceFields } from '../support/mutate.js';
import { localized, notes, safeText, source, uniqueIds } from './common.js';

export const STATUSES: readonly InstituteStatus[] = ['substantiveConstruction', 'introduced', 'toBeIntroduced', 'plannedLab', 'mentioned'];
const KINDS = ['institute', 'campus', 'lab', 'platform'] as const;
const CONFIDENCE = ['sourced', 'inferred', 'unknown'] as const;

/** A district map as GeoJSON, the property naming districts, and each district's box (for points inside). */
export interface GeoCase {
  geo: Record<string, unknown>;
  nameProperty: string;
  names: string[];
  boxes: [number, number, number, number][];
}

/**
 * Districts side by side in a row: squares or rectangles of 0.02° to 1.5°, some with a hole, a
 * second part (a MultiPolygon) or no area at all, names in `nameProperty`.
 */
export function squareDistricts(nameProperty?: string): fc.Arbitrary<GeoCase> {
  return fc
    .record({
      nameProperty: nameProperty === undefined ? fc.constantFrom('name', 'NAME', '名称') : fc.constant(nameProperty),
      lon: fc.integer({ min: -170, max: 160 }),
      lat: fc.integer({ min: -89, max: 86 }),
      n: fc.integer({ min: 1, max: 5 }),
    })
    .chain(({ nameProperty, lon, lat, n }) =>
      fc
        .tuple(
          fc.uniqueArray(safeText({ maxLength: 6, long: false }), { minLength: n, maxLength: n }),
          fc.array(
            fc.record({ w: fc.constantFrom(0.02, 0.3, 1, 1.5), h: fc.constantFrom(0.02, 0.3, 1, 1.5), shape: fc.constantFrom('square', 'square', 'hole', 'multi', 'sliver') }),
            { minLength: n, maxLength: n },
          ),
        )
        .map(([names, sizes]) => {
          let x = lon;
          const boxes: GeoCase['boxes'] = [];
          const ring = (x0: number, y0: number, w: number, h: number) => [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]];
          const features = sizes.map(({ w, h: height, shape }, i) => {
            // A sliver has no area (a valid ring the validator accepts): nothing lies inside it.
            const h = shape === 'sliver' ? 0 : height;
            const outer = ring(x, lat, w, h);
            const geometry =
              shape === 'multi'
                ? { type: 'MultiPolygon', coordinates: [[outer], [ring(x, lat + h + 0.5, w / 2, h / 2)]] }
                : { type: 'Polygon', coordinates: shape === 'hole' ? [outer, ring(x + w / 3, lat + h / 3, w / 3, h / 3)] : [outer] };
            boxes.push([x, lat, x + w, lat + h]);
            x += w;
            return { type: 'Feature', properties: { [nameProperty]: names[i], other: 1 }, geometry };
          });
          return { geo: { type: 'FeatureCollection', features }, nameProperty, names, boxes };
        }),
    );
}

function institute(id: string, names: readonly string[], boxes: GeoCase['boxes']): fc.Arbitrary<InstituteMapInstitute> {
  const inBox = boxes.length
    ? fc.tuple(fc.constantFrom(...boxes), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true })).map(([[x0, y0, x1, y1], a, b]) => ({ lon: x0 + (x1 - x0) * a, lat: y0 + (y1 - y0) * b }))
    : fc.constant({ lon: 121.5, lat: 29.8 });
  const anywhere = fc.record({ lon: fc.double({ min: -180, max: 180, noNaN: true }), lat: fc.double({ min: -90, max: 90, noNaN: true }) });
  const district = fc.oneof(
    { weight: 5, arbitrary: names.length ? fc.constantFrom(...names) : fc.constant('海曙区') },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: safeText({ maxLength: 6, long: false }) },
  );
  const point = fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: inBox }, { weight: 1, arbitrary: anywhere });
  const location = fc
    .tuple(
      fc.record(
        {
          district,
          confidence: fc.constantFrom(...CONFIDENCE),
          zone: fc.oneof(safeText({ maxLength: 8, long: false }), fc.constant(null)),
          hint: localized(),
          note: localized(),
          sources: fc.array(source(), { maxLength: 2 }),
        },
        { requiredKeys: ['district', 'confidence'] },
      ),
      point,
    )
    .map(([l, p]) => ({ ...l, ...p }));
  return fc.record(
    {
      id: fc.constant(id),
      name: localized(),
      statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom(...KINDS),
      location,
      source: source(),
      note: localized(),
    },
    { requiredKeys: ['id', 'name', 'statuses', 'location', 'source'] },
  );
}

/** Map data whose districts are mostly those of `names` (null: any text), points in `boxes`. */
export function instituteMapData(names: readonly string[], boxes: GeoCase['boxes'] = [], nameProperty?: string): fc.Arbitrary<InstituteMapData> {
  return fc.integer({ min: 0, max: 8 }).chain((n) =>
    uniqueIds(n).chain((ids) =>
      fc.record(
        {
          id: fc.constant('institutes'),
          title: localized(),
          institutes: fc.tuple(...ids.map((id) => institute(id, names, boxes))),
          districtNameProperty: fc.constant(nameProperty ?? 'name'),
          notes,
        },
        // The element reads the district names from this property (default `name`).
        { requiredKeys: nameProperty && nameProperty !== 'name' ? ['institutes', 'districtNameProperty'] : ['institutes'] },
      ),
    ),
  );
}

export function instituteMapFields(d: InstituteMapData): FieldAt[] {
  return [
    [['id'], k.str()],
    [['title'], k.loc()],
    [['districtNameProperty'], k.str()],
    [['notes'], { t: 'array' }],
    ...(d.notes ?? []).map((_, i): FieldAt => [['notes', i], k.loc(true)]),
    [['institutes'], { t: 'array', required: true }],
    ...d.institutes.flatMap((inst, i): FieldAt[] => {
      const p = ['institutes', i];
      const l = [...p, 'location'];
      const point = typeof inst.location.lon === 'number';
      return [
        [p, { t: 'object', required: true }],
        [[...p, 'id'], k.str(true)],
        [[...p, 'name'], k.loc(true)],
        [[...p, 'kind'], k.en(false)],
        [[...p, 'note'], k.loc()],
        [[...p, 'statuses'], { t: 'array', required: true, nonEmpty: true }],
        ...inst.statuses.map((_, j): FieldAt => [[...p, 'statuses', j], k.en()]),
        ...sourceFields([...p, 'source'], inst.source),
        [l, { t: 'object', required: true }],
        [[...l, 'district'], k.str(true, { nullable: true })],
        ...(point
          ? ([
              [[...l, 'lon'], { t: 'number', required: true, min: -180, max: 180 }],
              [[...l, 'lat'], { t: 'number', required: true, min: -90, max: 90 }],
            ] as FieldAt[])
          : []),
        [[...l, 'confidence'], k.en()],
        [[...l, 'zone'], k.str(false, { nullable: true })],
        [[...l, 'hint'], k.loc()],
        [[...l, 'note'], k.loc()],
        [[...l, 'sources'], { t: 'array' }],
        ...(inst.location.sources ?? []).flatMap((s, j) => sourceFields([...l, 'sources', j], s)),
      ];
    }),
  ];
}

/** Rules across fields: unique ids (the later duplicate is reported), lon and lat together. */
export function instituteMapCrossBreakages(d: InstituteMapData): Breakage[] {
  const out: Breakage[] = d.institutes.slice(1).map((_, j) => ({
    what: `institutes[${j + 1}].id duplicates institutes[0].id`,
    damage: { op: 'set', path: ['institutes', j + 1, 'id'], value: d.institutes[0].id },
    expect: ['institutes', j + 1, 'id'],
  }));
  d.institutes.forEach((inst, i) => {
    const l = ['institutes', i, 'location'];
    if (typeof inst.location.lon !== 'number') {
      out.push({ what: `${l.join('.')}: lon without lat`, damage: { op: 'set', path: [...l, 'lon'], value: 121.5 }, expect: [...l, 'lat'] });
      out.push({ what: `${l.join('.')}: lat without lon`, damage: { op: 'set', path: [...l, 'lat'], value: 29.8 }, expect: [...l, 'lon'] });
    }
  });
  return out;
}

/** The fields of a district map checked by `indexGeoJson` (paths relative to the GeoJSON). */
export function geoFields(geo: Record<string, unknown>, nameProperty: string): FieldAt[] {
  const features = geo.features as { geometry: { type: string; coordinates: unknown[] } }[];
  return [
    [['type'], k.en()],
    [['features'], { t: 'array', required: true, nonEmpty: true }],
    ...features.flatMap((f, i): FieldAt[] => {
      const p = ['features', i];
      const c = [...p, 'geometry', 'coordinates'];
      // The first position of the outer ring (of the first part of a MultiPolygon).
      const first = f.geometry.type === 'MultiPolygon' ? [...c, 0, 0, 0] : [...c, 0, 0];
      return [
        [p, { t: 'object', required: true }],
        [[...p, 'type'], k.en()],
        [[...p, 'properties', nameProperty], k.str(true)],
        [[...p, 'geometry'], { t: 'object', required: true }],
        [[...p, 'geometry', 'type'], k.en()],
        [c, { t: 'array', required: true, nonEmpty: true }],
        [[...first, 0], { t: 'number', required: true, min: -180, max: 180 }],
        [[...first, 1], { t: 'number', required: true, min: -90, max: 90 }],
      ];
    }),
  ];
}

/** Rules across features: district names are unique (the later duplicate is reported). */
export function geoCrossBreakages(g: GeoCase): Breakage[] {
  return g.names.slice(1).map((_, j) => {
    const path = ['features', j + 1, 'properties', g.nameProperty];
    return { what: `features[${j + 1}] duplicates the name of features[0]`, damage: { op: 'set', path, value: g.names[0] }, expect: path };
  });
}
