/** Validation of `InstituteMapData` from untrusted sources (see core/validate.ts for the toolkit). */
import type { InstituteStatus } from '../../data/types.js';
import {
  Fields,
  type ValidationResult,
  at,
  checkLocalized,
  describe,
  isRecord,
  runValidation,
  validateSource,
} from '../../core/validate.js';
import { STATUS_ORDER } from './model.js';
import type { InstituteMapData } from './types.js';

const CONFIDENCE = ['sourced', 'inferred', 'unknown'] as const;
const KINDS = ['institute', 'campus', 'lab', 'platform'] as const;

export function validateInstituteMapData(input: unknown): ValidationResult<InstituteMapData> {
  return runValidation<InstituteMapData>(input, (f) => {
    f.string('id', { optional: true });
    f.localized('title', { optional: true });
    f.string('districtNameProperty', { optional: true });
    const notes = f.array('notes', { optional: true });
    notes?.forEach((n, i) => checkLocalized(n, at('notes', i), f.issues));

    const institutes = f.array('institutes');
    const ids = new Map<string, number>();
    institutes?.forEach((inst, i) => {
      const p = at('institutes', i);
      if (!isRecord(inst)) return f.issues.push({ path: p, message: `must be an institute object, got ${describe(inst)}` });
      const g = new Fields(inst, p, f.issues);
      const id = g.string('id');
      if (id !== undefined) {
        if (ids.has(id)) f.issues.push({ path: at(p, 'id'), message: `duplicates institutes[${ids.get(id)}].id ("${id}")` });
        else ids.set(id, i);
      }
      g.localized('name');
      g.oneOf('kind', KINDS, { optional: true });
      g.localized('note', { optional: true });
      const statuses = g.array('statuses');
      if (statuses) {
        if (statuses.length === 0) f.issues.push({ path: at(p, 'statuses'), message: 'must list at least one status' });
        statuses.forEach((s, j) => {
          if (!STATUS_ORDER.includes(s as InstituteStatus)) {
            f.issues.push({ path: at(at(p, 'statuses'), j), message: `must be one of ${STATUS_ORDER.join(', ')}, got ${describe(s)}` });
          }
        });
      }
      if (g.has('source')) validateSource(inst.source, at(p, 'source'), f.issues);
      else f.issues.push({ path: at(p, 'source'), message: 'is required (where the institute is named)' });

      const loc = g.object('location');
      if (!loc) return;
      if (!loc.has('district') && loc.obj.district !== null) {
        f.issues.push({ path: at(loc.path, 'district'), message: 'is required (a district name, or null when unknown)' });
      } else if (loc.obj.district !== null) {
        loc.string('district');
      }
      const hasLon = loc.has('lon');
      const hasLat = loc.has('lat');
      if (hasLon || hasLat) {
        if (!hasLon) f.issues.push({ path: at(loc.path, 'lon'), message: 'is required when lat is given' });
        if (!hasLat) f.issues.push({ path: at(loc.path, 'lat'), message: 'is required when lon is given' });
        const lon = hasLon ? loc.number('lon', { min: -180 }) : undefined;
        const lat = hasLat ? loc.number('lat', { min: -90 }) : undefined;
        if (lon !== undefined && lon > 180) f.issues.push({ path: at(loc.path, 'lon'), message: `must be at most 180, got ${lon}` });
        if (lat !== undefined && lat > 90) f.issues.push({ path: at(loc.path, 'lat'), message: `must be at most 90, got ${lat}` });
      }
      loc.oneOf('confidence', CONFIDENCE);
      if (loc.has('zone') && loc.obj.zone !== null) loc.string('zone');
      loc.localized('hint', { optional: true });
      loc.localized('note', { optional: true });
      const sources = loc.array('sources', { optional: true });
      sources?.forEach((s, j) => validateSource(s, at(at(loc.path, 'sources'), j), f.issues));
    });
  });
}
