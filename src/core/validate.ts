/**
 * The shared parts of every element's schema (see schema.ts): sources, observations, units,
 * bounds. Validation of untrusted data never throws and never changes its input; every problem
 * names the path of the bad field, so an element can warn precisely and keep its last good chart.
 */
import type { Bound, Observation, Source } from '../data/types.js';
import {
  type Issue,
  type Schema,
  type ValidationResult,
  anyOf,
  at,
  boolean,
  checkForbiddenKeys,
  custom,
  describe,
  isRecord,
  localized,
  nullable,
  number,
  object,
  oneOf,
  opt,
  req,
  string,
} from './schema.js';
import { KNOWN_UNITS, type Unit } from './units.js';

export type { Issue, ValidationResult };
export { at, checkForbiddenKeys, describe, isRecord };

export const BOUNDS: readonly Bound[] = ['exact', 'lowerBound', 'approx', 'estimate'];
const SOURCE_KINDS = ['seed', 'external', 'illustrative'] as const;
const CONFIDENCE = ['high', 'medium', 'low'] as const;

export const bound = oneOf(BOUNDS);

/** A unit: one of the report's (kept formatting), or any other as text or `{ zh, en }`. */
export const unit: Schema<Unit> = (() => {
  const text = string();
  const known = oneOf(KNOWN_UNITS);
  const both = object(
    { zh: opt(string()), en: opt(string()) },
    {
      noun: 'a unit',
      refine: (u, path, issues) => void (u.zh === undefined && u.en === undefined && issues.push({ path, message: 'must give zh or en' })),
    },
  );
  return anyOf<Unit>([known, text, both], 'a unit (text, or { zh, en })', (v) =>
    typeof v === 'string' ? text : isRecord(v) ? both : undefined,
  );
})();

const httpUrl = string({ pattern: /^https?:\/\//i, patternMessage: 'must be an http(s) URL' });

export const source: Schema<Source> = object(
  {
    kind: req(oneOf(SOURCE_KINDS), 'one of seed, external, illustrative'),
    quote: req(string({ allowEmpty: true }), 'a string'),
    url: opt(httpUrl),
    copyUrl: opt(httpUrl),
    title: opt(string()),
    date: opt(string()),
    publisher: opt(string()),
    confidence: opt(oneOf(CONFIDENCE)),
    undated: opt(boolean()),
    note: opt(localized()),
  },
  {
    noun: 'a source object',
    shared: true,
    refine: (s, path, issues) => {
      if (s.kind !== 'illustrative' && s.quote.trim() === '') issues.push({ path: at(path, 'quote'), message: 'must not be empty' });
      if (s.kind === 'external' && s.url === undefined && s.copyUrl === undefined) {
        issues.push({ path: at(path, 'url'), message: 'is required (an external source needs its page)' });
      }
    },
  },
);

/** The fields of an observation but its unit, bound and source. */
const observationFields = {
  period: req(string(), 'a string'),
  periodLabel: opt(localized()),
  periodInferred: opt(boolean()),
  value: nullable(number(), 'a number, or null when only a change is reported'),
  revised: opt(boolean()),
  yoyPct: opt(number()),
  measure: opt(localized()),
  note: opt(localized()),
};

const observationNoun = { noun: 'an observation object' };
/** An observation with its unit, bound and source. */
export const observation: Schema<Observation> = object(
  {
    ...observationFields,
    unit: req(unit, 'a unit'),
    bound: req(bound, 'one of exact, lowerBound, approx, estimate'),
    source: req(source, 'every figure needs its source'),
  },
  observationNoun,
);
/** An observation whose unit, bound and source may be given once on its series or data (the trend). */
export const looseObservation = object({ ...observationFields, unit: opt(unit), bound: opt(bound), source: opt(source) }, observationNoun);

/** A non-negative value of an observation (levels of money, counts, shares). */
export function nonNegative<S extends Schema<Observation>>(s: S): S {
  return custom(
    (v, path, issues) => {
      if (!s.check(v, path, issues)) return false;
      const value = (v as Observation).value;
      if (value !== null && value < 0) return !issues.push({ path: at(path, 'value'), message: `must be at least 0, got ${value}` });
      return true;
    },
    () => s.json(),
  ) as S;
}

/** Checks an observation (the bundled dataset's tests use it on seed records). */
export function validateObservation(v: unknown, path: string, issues: Issue[]): void {
  observation.check(v, path, issues);
}
