/**
 * The schema of `InstituteMapData` (see core/schema.ts): its validator, its published JSON Schema
 * and, through `Infer`, the type checked equal to types.ts.
 */
import type { InstituteStatus } from '../../data/types.js';
import type { Issue } from '../../core/schema.js';
import {
  array,
  at,
  custom,
  describe,
  localized,
  nullable,
  number,
  object,
  oneOf,
  opt,
  optNullable,
  req,
  string,
  validate,
  type Schema,
  type ValidationResult,
} from '../../core/schema.js';
import { source } from '../../core/validate.js';
import type { InstituteMapData } from './types.js';

/** Every status, the most advanced first (the same order as model.ts STATUS_ORDER). */
const STATUSES: readonly InstituteStatus[] = ['substantiveConstruction', 'introduced', 'toBeIntroduced', 'plannedLab', 'mentioned'];

const location = object(
  {
    district: nullable(string(), 'a district name, or null when unknown'),
    lon: opt(number({ min: -180, max: 180 })),
    lat: opt(number({ min: -90, max: 90 })),
    confidence: req(oneOf(['sourced', 'inferred', 'unknown'] as const), 'one of sourced, inferred, unknown'),
    zone: optNullable(string()),
    hint: opt(localized()),
    note: opt(localized()),
    sources: opt(array(source)),
  },
  {
    refine: (l, path, issues) => {
      if (l.lon !== undefined && l.lat === undefined) issues.push({ path: at(path, 'lat'), message: 'is required when lon is given' });
      if (l.lat !== undefined && l.lon === undefined) issues.push({ path: at(path, 'lon'), message: 'is required when lat is given' });
    },
  },
);

const institute = object(
  {
    id: req(string(), 'a string'),
    name: req(localized(), 'text'),
    statuses: req(array(oneOf(STATUSES), { min: 1, noun: 'status' }), 'a list'),
    kind: opt(oneOf(['institute', 'campus', 'lab', 'platform'] as const)),
    location: req(location, 'an object'),
    source: req(source, 'where the institute is named'),
    note: opt(localized()),
  },
  { noun: 'an institute object' },
);

/** `[west, south, east, north]` in degrees, west < east and south < north. */
const bounds: Schema<[number, number, number, number]> = custom(
  (v, path, issues) => {
    const fail = (message: string) => !issues.push({ path, message });
    if (!Array.isArray(v) || v.length !== 4) return fail(`must be [west, south, east, north], got ${describe(v)}`);
    const ok = (x: unknown, lo: number, hi: number) => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;
    const [w, s, e, n] = v as unknown[];
    if (!ok(w, -180, 180) || !ok(e, -180, 180) || !ok(s, -90, 90) || !ok(n, -90, 90)) return fail('must hold longitudes within ±180 and latitudes within ±90');
    if ((w as number) >= (e as number) || (s as number) >= (n as number)) return fail('must have west < east and south < north');
    return true;
  },
  () => ({
    type: 'array',
    prefixItems: [
      { type: 'number', minimum: -180, maximum: 180 },
      { type: 'number', minimum: -90, maximum: 90 },
      { type: 'number', minimum: -180, maximum: 180 },
      { type: 'number', minimum: -90, maximum: 90 },
    ],
    minItems: 4,
    maxItems: 4,
  }),
);

function refine(d: InstituteMapData, issues: Issue[]): void {
  const ids = new Map<string, number>();
  d.institutes.forEach((inst, i) => {
    if (ids.has(inst.id)) issues.push({ path: at(at('institutes', i), 'id'), message: `duplicates institutes[${ids.get(inst.id)}].id ("${inst.id}")` });
    else ids.set(inst.id, i);
  });
}

export const instituteMapSchema = object(
  {
    id: opt(string()),
    title: opt(localized()),
    institutes: req(array(institute), 'a list'),
    districtNameProperty: opt(string()),
    bounds: opt(bounds),
    notes: opt(array(localized())),
  },
  {
    refine: (d, _path, issues) => refine(d as InstituteMapData, issues),
  },
);

export function validateInstituteMapData(input: unknown): ValidationResult<InstituteMapData> {
  return validate(instituteMapSchema, input) as ValidationResult<InstituteMapData>;
}
