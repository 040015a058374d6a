/** Validation of `TargetProgressData` from untrusted sources (see core/validate.ts for the toolkit). */
import {
  BOUNDS,
  Fields,
  UNITS,
  type Issue,
  type ValidationResult,
  at,
  checkLocalized,
  describe,
  isRecord,
  runValidation,
  validateObservation,
  validateSource,
} from '../../core/validate.js';
import type { TargetProgressData } from './types.js';

const KINDS = ['level', 'flow', 'ratio'] as const;

function localizedList(f: Fields, key: string): void {
  const list = f.array(key, { optional: true });
  list?.forEach((n, i) => checkLocalized(n, at(at(f.path, key), i), f.issues));
}

function validateGoal(v: unknown, path: string, issues: Issue[]): void {
  if (!isRecord(v)) {
    issues.push({ path, message: `must be a goal object, got ${describe(v)}` });
    return;
  }
  const f = new Fields(v, path, issues);
  f.string('id', { optional: true });
  f.localized('label');
  const kind = f.oneOf('kind', KINDS, { optional: true });
  f.localized('measure', { optional: true });
  f.localized('whole', { optional: true });
  const counter = f.object('counter', { optional: true });
  if (counter) {
    counter.string('zh', { optional: true });
    counter.string('en', { optional: true });
  }
  const target = f.object('target');
  let unit: unknown;
  if (target) {
    // A target of 0 has no share: it must be positive.
    const value = target.number('value', { min: 0 });
    if (value === 0) issues.push({ path: at(target.path, 'value'), message: 'must be greater than 0' });
    unit = target.oneOf('unit', UNITS);
    target.oneOf('bound', BOUNDS);
    target.localized('note', { optional: true });
    if (target.has('source')) validateSource(target.obj.source, at(target.path, 'source'), issues);
    else issues.push({ path: at(target.path, 'source'), message: 'is required (every figure needs its source)' });
  }
  const deadline = f.object('deadline');
  if (deadline) {
    if (deadline.obj.year !== null) deadline.number('year');
    deadline.boolean('inferred', { optional: true });
    deadline.localized('note', { optional: true });
  }
  const start = f.object('start', { optional: true });
  if (start) {
    start.string('period');
    start.boolean('inferred', { optional: true });
    start.localized('note', { optional: true });
  }
  const observations: [unknown, string][] = [];
  if (f.has('baseline') && v.baseline !== null) {
    validateObservation(v.baseline, at(path, 'baseline'), issues, { min: 0 });
    observations.push([v.baseline, at(path, 'baseline')]);
  }
  const progress = f.array('progress');
  progress?.forEach((o, i) => {
    validateObservation(o, at(at(path, 'progress'), i), issues, { min: 0 });
    observations.push([o, at(at(path, 'progress'), i)]);
  });
  // Values on another scale than the target cannot be compared with it.
  if (typeof unit === 'string') {
    for (const [o, p] of observations) {
      if (isRecord(o) && typeof o.unit === 'string' && o.unit !== unit && UNITS.includes(o.unit as never)) {
        issues.push({ path: at(p, 'unit'), message: `must match the target's unit (${unit}), got ${o.unit}` });
      }
    }
  }
  if (kind === 'ratio' && deadline && typeof deadline.obj.year === 'number') {
    issues.push({ path: at(deadline.path, 'year'), message: 'must be null for a ratio (a part of a whole has no deadline)' });
  }
  const later = f.array('laterTargets', { optional: true });
  later?.forEach((lt, i) => {
    const p = at(at(path, 'laterTargets'), i);
    if (!isRecord(lt)) return void issues.push({ path: p, message: `must be a target object, got ${describe(lt)}` });
    const lf = new Fields(lt, p, issues);
    lf.localized('label');
    lf.number('value', { min: 0 });
    lf.oneOf('unit', UNITS);
    lf.oneOf('bound', BOUNDS);
    if (lt.year !== null) lf.number('year');
    lf.localized('note', { optional: true });
    if (lf.has('source')) validateSource(lt.source, at(p, 'source'), issues);
    else issues.push({ path: at(p, 'source'), message: 'is required' });
  });
  localizedList(f, 'notes');
}

export function validateTargetProgressData(input: unknown): ValidationResult<TargetProgressData> {
  return runValidation<TargetProgressData>(input, (f) => {
    f.string('id', { optional: true });
    f.localized('title', { optional: true });
    const goals = f.array('goals');
    if (goals && goals.length === 0) f.issues.push({ path: 'goals', message: 'must list at least one goal' });
    goals?.forEach((g, i) => validateGoal(g, at('goals', i), f.issues));
    localizedList(f, 'notes');
  });
}
