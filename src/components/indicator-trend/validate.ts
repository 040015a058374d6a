/** Validation of `IndicatorTrendData` from untrusted sources (see core/validate.ts for the toolkit). */
import {
  BOUNDS,
  Fields,
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
import type { IndicatorTrendData } from './types.js';

/** More points than this are refused (a chart is not a database). */
export const MAX_OBSERVATIONS = 100000;

export function validateIndicatorTrendData(input: unknown): ValidationResult<IndicatorTrendData> {
  return runValidation<IndicatorTrendData>(input, (f) => {
    f.string('id', { optional: true });
    f.localized('name');
    f.localized('title', { optional: true });
    f.localized('measure', { optional: true });
    f.localized('scope', { optional: true });
    const unit = f.oneOf('unit', UNITS);
    const series = f.array('series');
    const ids = new Set<string>();
    let count = 0;
    series?.forEach((s, i) => {
      const p = at('series', i);
      if (!isRecord(s)) return f.issues.push({ path: p, message: `must be a series object, got ${describe(s)}` });
      const sf = new Fields(s, p, f.issues);
      const id = sf.string('id');
      if (id !== undefined) {
        if (ids.has(id)) f.issues.push({ path: at(p, 'id'), message: `duplicates the id "${id}"` });
        ids.add(id);
      }
      sf.localized('name');
      const kind = sf.oneOf('kind', ['level', 'change'] as const, { optional: true });
      sf.oneOf('vintage', ['first', 'revised'] as const, { optional: true });
      sf.boolean('yoyAtComparablePrices', { optional: true });
      const obs = sf.array('observations');
      count += obs?.length ?? 0;
      // Levels of money, counts, people and durations cannot be negative; changes and shares of change can.
      const min = kind === 'change' || unit === 'pp' ? undefined : 0;
      obs?.forEach((o, j) => validateObservation(o, at(at(p, 'observations'), j), f.issues, { min }));
    });
    if (count > MAX_OBSERVATIONS) f.issues.push({ path: 'series', message: `holds ${count} observations, more than ${MAX_OBSERVATIONS}` });
    const targets = f.array('targets', { optional: true });
    targets?.forEach((t, i) => {
      const p = at('targets', i);
      if (!isRecord(t)) return f.issues.push({ path: p, message: `must be a target object, got ${describe(t)}` });
      const tf = new Fields(t, p, f.issues);
      tf.string('id', { optional: true });
      tf.localized('label');
      tf.number('value');
      tf.oneOf('unit', UNITS);
      tf.oneOf('bound', BOUNDS);
      if (t.year !== null) tf.number('year');
      tf.localized('note', { optional: true });
      if (tf.has('source')) validateSource(t.source, at(p, 'source'), f.issues);
      else f.issues.push({ path: at(p, 'source'), message: 'is required (every figure needs its source)' });
    });
    const notes = f.array('notes', { optional: true });
    notes?.forEach((n, i) => checkLocalized(n, at('notes', i), f.issues));
  });
}
