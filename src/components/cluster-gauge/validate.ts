/** Validation of `ClusterGaugeData` from untrusted sources (see core/validate.ts for the toolkit). */
import type { Observation } from '../../data/types.js';
import type { ClusterGaugeData } from './types.js';
import {
  Fields,
  TIERS,
  UNITS,
  type ValidationResult,
  at,
  checkLocalized,
  describe,
  isRecord,
  runValidation,
  validateObservation,
  validateSource,
} from '../../core/validate.js';

export function validateClusterGaugeData(input: unknown): ValidationResult<ClusterGaugeData> {
  return runValidation<ClusterGaugeData>(input, (f) => {
    f.string('id', { optional: true });
    f.localized('name');
    f.oneOf('tier', TIERS);
    f.localized('title', { optional: true });
    const tiers = f.array('tiers', { optional: true });
    tiers?.forEach((t, i) => {
      const p = at('tiers', i);
      if (!isRecord(t)) return f.issues.push({ path: p, message: `must be a tier object, got ${describe(t)}` });
      const tf = new Fields(t, p, f.issues);
      tf.oneOf('tier', TIERS);
      tf.number('value', { min: 0 });
      tf.oneOf('unit', UNITS);
    });
    if (tiers && tiers.length === 0) f.issues.push({ path: 'tiers', message: 'must list at least one tier' });
    const target = f.object('target');
    if (target) {
      target.number('value', { min: 0 });
      target.oneOf('unit', UNITS);
      target.localized('measure', { optional: true });
      if (target.obj.year !== null) target.number('year');
      target.localized('yearNote', { optional: true });
      if (target.has('source')) validateSource(target.obj.source, at(target.path, 'source'), f.issues);
      else f.issues.push({ path: 'target.source', message: 'is required' });
    }
    if (!f.has('value') && f.obj.value !== null) f.issues.push({ path: 'value', message: 'is required (an observation, or null)' });
    else if (f.obj.value !== null) validateObservation(f.obj.value, 'value', f.issues, { min: 0 });
    const others = f.array('otherObservations', { optional: true });
    others?.forEach((o, i) => validateObservation(o, at('otherObservations', i), f.issues));
    const notes = f.array('notes', { optional: true });
    notes?.forEach((n, i) => checkLocalized(n, at('notes', i), f.issues));
    // A value on another scale than its target cannot be compared on one gauge.
    const value = f.obj.value as Observation | null;
    const t = f.obj.target as { unit?: unknown } | undefined;
    if (!f.issues.length && value && value.value !== null && t && value.unit !== t.unit) {
      f.issues.push({ path: 'value.unit', message: `must match target.unit (${String(t.unit)}), got ${value.unit}` });
    }
  });
}

