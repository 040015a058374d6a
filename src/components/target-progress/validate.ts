/**
 * The schema of `TargetProgressData` (see core/schema.ts): its validator, its published JSON
 * Schema and, through `Infer`, the type checked equal to types.ts.
 */
import type { Issue } from '../../core/schema.js';
import { array, at, boolean, localized, nullable, number, object, oneOf, opt, optNullable, req, string, validate, type ValidationResult } from '../../core/schema.js';
import { bound, nonNegative, observation, source, unit } from '../../core/validate.js';
import { type Unit, sameUnit, unitText } from '../../core/units.js';
import type { TargetGoal, TargetProgressData } from './types.js';

const laterTarget = object(
  {
    id: opt(string()),
    label: req(localized(), 'text'),
    value: req(number({ min: 0 }), 'a number'),
    unit: req(unit, 'a unit'),
    bound: req(bound, 'one of exact, lowerBound, approx, estimate'),
    year: nullable(number(), 'a number, or null'),
    source: req(source, 'every figure needs its source'),
    note: opt(localized()),
  },
  { noun: 'a target object' },
);

const goal = object(
  {
    id: opt(string()),
    label: req(localized(), 'text'),
    kind: opt(oneOf(['level', 'flow', 'ratio'] as const)),
    direction: opt(oneOf(['up', 'down'] as const)),
    measure: opt(localized()),
    whole: opt(localized()),
    counter: opt(object({ zh: opt(string()), en: opt(string()) })),
    target: req(object(
        {
          value: req(number({ above: 0 }), 'a number'),
          unit: req(unit, 'a unit'),
          bound: req(bound, 'one of exact, lowerBound, approx, estimate'),
          relativeTo: opt(oneOf(['baseline'] as const)),
          source: req(source, 'every figure needs its source'),
          note: opt(localized()),
        },
        { noun: 'a target object' },
      ), 'an object'),
    deadline: req(object({
        year: nullable(number(), 'a number, or null when no source gives one'),
        inferred: opt(boolean()),
        note: opt(localized()),
      }), 'an object'),
    start: opt(object({ period: req(string(), 'a string'), inferred: opt(boolean()), note: opt(localized()) })),
    baseline: optNullable(nonNegative(observation)),
    progress: req(array(nonNegative(observation)), 'a list'),
    laterTargets: opt(array(laterTarget)),
    notes: opt(array(localized())),
  },
  { noun: 'a goal object' },
);

const unitName = (u: Unit) => unitText(u, 'zh-CN');

/** Rules across a goal's fields. */
function refineGoal(g: TargetGoal, path: string, issues: Issue[]): void {
  const kind = g.kind ?? 'level';
  const down = g.direction === 'down';
  const relative = g.target.relativeTo === 'baseline';
  const baseline = g.baseline && g.baseline.value !== null ? g.baseline : undefined;
  if (down && kind !== 'level') issues.push({ path: at(path, 'direction'), message: `must be "up" for a ${kind} goal ("down" is for a level to bring down)` });
  if ((down || relative) && !baseline) {
    issues.push({ path: at(path, 'baseline'), message: `is required (a level with a value) for a goal ${relative ? 'relative to its baseline' : 'that goes down'}` });
  }
  if (relative && g.target.unit !== '%') issues.push({ path: at(at(path, 'target'), 'unit'), message: `must be "%" for a target relative to the baseline, got ${unitName(g.target.unit)}` });
  if (relative && !down && kind !== 'level') issues.push({ path: at(at(path, 'target'), 'relativeTo'), message: 'is for level goals' });
  if (kind === 'ratio' && g.deadline.year !== null) {
    issues.push({ path: at(at(path, 'deadline'), 'year'), message: 'must be null for a ratio (a part of a whole has no deadline)' });
  }
  // Values on another scale than the target (or, relative to the baseline, than the baseline) cannot be compared with it.
  const scale = relative ? baseline?.unit : g.target.unit;
  if (!scale) return;
  const compared: [Unit, string][] = g.progress.map((o, i) => [o.unit, at(at(at(path, 'progress'), i), 'unit')]);
  if (g.baseline && !relative) compared.push([g.baseline.unit, at(at(path, 'baseline'), 'unit')]);
  for (const [u, p] of compared) {
    if (!sameUnit(u, scale)) issues.push({ path: p, message: `must match the ${relative ? "baseline's" : "target's"} unit (${unitName(scale)}), got ${unitName(u)}` });
  }
}

export const targetProgressSchema = object(
  {
    id: opt(string()),
    title: opt(localized()),
    goals: req(array(goal, { min: 1, noun: 'goal' }), 'a list'),
    notes: opt(array(localized())),
  },
  {
    refine: (d, _path, issues) => (d as TargetProgressData).goals.forEach((g, i) => refineGoal(g, at('goals', i), issues)),
  },
);

export function validateTargetProgressData(input: unknown): ValidationResult<TargetProgressData> {
  return validate(targetProgressSchema, input) as ValidationResult<TargetProgressData>;
}
