/**
 * The schema of `ClusterGaugeData` (see core/schema.ts): its validator, its published JSON Schema
 * and, through `Infer`, the type checked equal to types.ts.
 */
import { array, at, localized, nullable, number, object, opt, req, string, validate, type ValidationResult } from '../../core/schema.js';
import { nonNegative, observation, source, unit } from '../../core/validate.js';
import { sameUnit, unitText } from '../../core/units.js';
import type { ClusterGaugeData } from './types.js';

/** The 246 plan's tiers: the `tier` values allowed when the data brings no `tiers`. */
export const PLAN_TIERS = ['千亿级', '五千亿级', '万亿级'] as const;

const gaugeTier = object(
  {
    tier: req(string(), 'a string'),
    label: opt(localized()),
    value: req(number({ min: 0 }), 'a number'),
    unit: req(unit, 'a unit'),
  },
  { noun: 'a tier object' },
);

const unitName = (u: unknown) => (typeof u === 'string' || (u && typeof u === 'object') ? unitText(u as never, 'zh-CN') : String(u));

export const clusterGaugeSchema = object(
  {
    id: opt(string()),
    name: req(localized(), 'text'),
    tier: req(string(), 'a string'),
    tiers: opt(array(gaugeTier, { min: 1, max: 6, noun: 'tier' })),
    target: req(object({
        // A target of 0 has no share: it must be positive.
        value: req(number({ above: 0 }), 'a number'),
        unit: req(unit, 'a unit'),
        measure: opt(localized()),
        year: nullable(number(), 'a number, or null when no source confirms one'),
        yearNote: opt(localized()),
        source: req(source, 'every figure needs its source'),
      }), 'an object'),
    value: nullable(nonNegative(observation), 'an observation, or null'),
    otherObservations: opt(array(observation)),
    title: opt(localized()),
    notes: opt(array(localized())),
  },
  {
    refine: (d, _path, issues) => {
      const tiers = d.tiers;
      if (tiers) {
        const seen = new Map<string, number>();
        tiers.forEach((t, i) => {
          if (seen.has(t.tier)) issues.push({ path: at(at('tiers', i), 'tier'), message: `duplicates tiers[${seen.get(t.tier)}].tier ("${t.tier}")` });
          seen.set(t.tier, i);
          if (!sameUnit(t.unit, d.target.unit)) {
            issues.push({ path: at(at('tiers', i), 'unit'), message: `must match target.unit (${unitName(d.target.unit)}), got ${unitName(t.unit)}` });
          }
        });
        if (!seen.has(d.tier)) issues.push({ path: 'tier', message: `must be one of ${[...seen.keys()].join(', ')} (the tiers given), got "${d.tier}"` });
      } else if (!(PLAN_TIERS as readonly string[]).includes(d.tier)) {
        issues.push({ path: 'tier', message: `must be one of ${PLAN_TIERS.join(', ')} (or give "tiers"), got "${d.tier}"` });
      }
      // A value on another scale than its target cannot be compared on one gauge.
      const v = d.value;
      if (v && v.value !== null && !sameUnit(v.unit, d.target.unit)) {
        issues.push({ path: 'value.unit', message: `must match target.unit (${unitName(d.target.unit)}), got ${unitName(v.unit)}` });
      }
    },
  },
);

export function validateClusterGaugeData(input: unknown): ValidationResult<ClusterGaugeData> {
  return validate(clusterGaugeSchema, input) as ValidationResult<ClusterGaugeData>;
}
