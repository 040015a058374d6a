/**
 * The schema of `IndicatorTrendData` (see core/schema.ts): its validator, its published JSON
 * Schema and, through `Infer`, the type checked equal to types.ts. Rules across fields: every
 * observation has a unit, bound and source (its own or its series' or the data's); levels are
 * at least 0 unless declared `signed`; series ids are unique; at most two level units.
 */
import type { Issue } from '../../core/schema.js';
import { array, at, boolean, localized, nullable, number, object, oneOf, opt, req, string, validate, type ValidationResult } from '../../core/schema.js';
import { bound, looseObservation, source, unit } from '../../core/validate.js';
import { type Unit, conversionFactor, unitText } from '../../core/units.js';
import type { IndicatorTrendData } from './types.js';

/** More points than this are refused (a chart is not a database). */
export const MAX_OBSERVATIONS = 100000;

const defaults = {
  bound: opt(bound),
  source: opt(source),
  measure: opt(localized()),
};

const series = object(
  {
    id: req(string(), 'a string'),
    name: req(localized(), 'text'),
    kind: opt(oneOf(['level', 'change'] as const)),
    vintage: opt(oneOf(['first', 'revised'] as const)),
    yoyAtComparablePrices: opt(boolean()),
    unit: opt(unit),
    signed: opt(boolean()),
    ...defaults,
    observations: req(array(looseObservation), 'a list'),
  },
  { noun: 'a series object' },
);

const target = object(
  {
    id: opt(string()),
    label: req(localized(), 'text'),
    value: req(number(), 'a number'),
    unit: req(unit, 'a unit'),
    bound: req(bound, 'one of exact, lowerBound, approx, estimate'),
    year: nullable(number(), 'a number, or null'),
    source: req(source, 'every figure needs its source'),
    note: opt(localized()),
  },
  { noun: 'a target object' },
);

const name = (u: Unit) => unitText(u, 'zh-CN');

/** Rules across the data, its series and their observations. */
function refine(d: IndicatorTrendData, issues: Issue[]): void {
  const ids = new Map<string, number>();
  const levelUnits: Unit[] = [];
  let count = 0;
  d.series.forEach((s, i) => {
    const sp = at('series', i);
    if (ids.has(s.id)) issues.push({ path: at(sp, 'id'), message: `duplicates the id "${s.id}"` });
    ids.set(s.id, i);
    const change = s.kind === 'change';
    const seriesUnit = s.unit ?? d.unit;
    if (!change && !levelUnits.some((u) => conversionFactor(seriesUnit, u) !== undefined)) {
      if (levelUnits.length === 2) {
        issues.push({
          path: at(sp, 'unit'),
          message: `must convert to ${levelUnits.map(name).join(' or ')}: a trend draws levels in at most two units (one axis each), got ${name(seriesUnit)}`,
        });
      } else levelUnits.push(seriesUnit);
    }
    const signed = s.signed ?? d.signed ?? false;
    count += s.observations.length;
    s.observations.forEach((o, j) => {
      const op = at(at(sp, 'observations'), j);
      if (o.bound === undefined && s.bound === undefined && d.bound === undefined) {
        issues.push({ path: at(op, 'bound'), message: 'is required (here, or once on the series or the data)' });
      }
      if (o.source === undefined && s.source === undefined && d.source === undefined) {
        issues.push({ path: at(op, 'source'), message: 'is required (every figure needs its source: here, or once on the series or the data)' });
      }
      // Levels of money, counts, people and shares cannot be negative unless the data says they can.
      const u = o.unit ?? seriesUnit;
      if (o.value !== null && o.value < 0 && !change && !signed && u !== 'pp') {
        issues.push({
          path: at(op, 'value'),
          message: `must be at least 0, got ${o.value} (values that can be below zero need "signed": true on the series or the data)`,
        });
      }
    });
  });
  if (count > MAX_OBSERVATIONS) issues.push({ path: 'series', message: `holds ${count} observations, more than ${MAX_OBSERVATIONS}` });
}

export const indicatorTrendSchema = object(
  {
    id: opt(string()),
    title: opt(localized()),
    name: req(localized(), 'text'),
    unit: req(unit, 'a unit'),
    signed: opt(boolean()),
    scope: opt(localized()),
    ...defaults,
    series: req(array(series), 'a list'),
    targets: opt(array(target)),
    notes: opt(array(localized())),
  },
  {
    refine: (d, _path, issues) => refine(d as IndicatorTrendData, issues),
  },
);

export function validateIndicatorTrendData(input: unknown): ValidationResult<IndicatorTrendData> {
  return validate(indicatorTrendSchema, input) as ValidationResult<IndicatorTrendData>;
}
