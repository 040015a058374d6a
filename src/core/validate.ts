/**
 * Validation of untrusted data (a property, an attribute, a fetched URL). Every problem is an
 * `Issue` naming the path of the bad field, so the element can warn precisely and keep its last
 * good chart. Validators never throw and never mutate their input.
 */
import type { Bound, Tier, Unit } from '../data/types.js';

export interface Issue {
  /** Where the problem is, as a JavaScript-like path: `value.value`, `tiers[1].tier`. */
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const UNITS: readonly Unit[] = ['亿元', '万元', '万亿元', '%', 'pp', 'count', 'people', 'rank', 'seconds'];
export const BOUNDS: readonly Bound[] = ['exact', 'lowerBound', 'approx', 'estimate'];
export const TIERS: readonly Tier[] = ['千亿级', '五千亿级', '万亿级'];
const SOURCE_KINDS = ['seed', 'external', 'illustrative'] as const;
const CONFIDENCE = ['high', 'medium', 'low'] as const;
/** Keys that could reach an object's prototype when data is merged or copied. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? `${v}` : `${v}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reports every `__proto__`/`constructor`/`prototype` key at any depth (JSON.parse makes them own keys). */
export function checkForbiddenKeys(v: unknown, path: string, issues: Issue[], depth = 0): void {
  if (depth > 32 || typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) {
    v.forEach((item, i) => checkForbiddenKeys(item, at(path, i), issues, depth + 1));
    return;
  }
  for (const key of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(key)) issues.push({ path: at(path, key), message: `forbidden key "${key}"` });
    else checkForbiddenKeys((v as Record<string, unknown>)[key], at(path, key), issues, depth + 1);
  }
}

/** A small field reader bound to one object and its path; each check records an issue on failure. */
export class Fields {
  constructor(
    readonly obj: Record<string, unknown>,
    readonly path: string,
    readonly issues: Issue[],
  ) {}

  private fail(key: string, message: string): undefined {
    this.issues.push({ path: at(this.path, key), message });
    return undefined;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.obj, key) && this.obj[key] !== undefined;
  }

  /** A finite number (never a numeric string, NaN or Infinity). */
  number(key: string, opts: { optional?: boolean; min?: number } = {}): number | undefined {
    if (!this.has(key)) return opts.optional ? undefined : this.fail(key, 'is required (a number)');
    const v = this.obj[key];
    if (typeof v !== 'number') return this.fail(key, `must be a number, got ${describe(v)}`);
    if (!Number.isFinite(v)) return this.fail(key, `must be a finite number, got ${describe(v)}`);
    if (opts.min !== undefined && v < opts.min) return this.fail(key, `must be at least ${opts.min}, got ${v}`);
    return v;
  }

  string(key: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
    if (!this.has(key)) return opts.optional ? undefined : this.fail(key, 'is required (a string)');
    const v = this.obj[key];
    if (typeof v !== 'string') return this.fail(key, `must be a string, got ${describe(v)}`);
    if (opts.nonEmpty !== false && v.trim() === '') return this.fail(key, 'must not be empty');
    return v;
  }

  boolean(key: string, opts: { optional?: boolean } = {}): boolean | undefined {
    if (!this.has(key)) return opts.optional ? undefined : this.fail(key, 'is required (true or false)');
    const v = this.obj[key];
    return typeof v === 'boolean' ? v : this.fail(key, `must be true or false, got ${describe(v)}`);
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], opts: { optional?: boolean } = {}): T | undefined {
    if (!this.has(key)) return opts.optional ? undefined : this.fail(key, `is required (one of ${allowed.join(', ')})`);
    const v = this.obj[key];
    return allowed.includes(v as T) ? (v as T) : this.fail(key, `must be one of ${allowed.join(', ')}, got ${describe(v)}`);
  }

  /** A plain string or `{ zh?, en? }` with at least one non-empty string. */
  localized(key: string, opts: { optional?: boolean } = {}): boolean {
    if (!this.has(key)) return opts.optional ? true : !this.fail(key, 'is required (text)');
    return checkLocalized(this.obj[key], at(this.path, key), this.issues);
  }

  object(key: string, opts: { optional?: boolean; nullable?: boolean } = {}): Fields | null | undefined {
    if (!this.has(key)) return opts.optional ? undefined : this.fail(key, 'is required (an object)');
    const v = this.obj[key];
    if (v === null && opts.nullable) return null;
    if (!isRecord(v)) return this.fail(key, `must be an object, got ${describe(v)}`);
    return new Fields(v, at(this.path, key), this.issues);
  }

  array(key: string, opts: { optional?: boolean } = {}): unknown[] | undefined {
    if (!this.has(key)) return opts.optional ? undefined : this.fail(key, 'is required (a list)');
    const v = this.obj[key];
    return Array.isArray(v) ? v : this.fail(key, `must be a list, got ${describe(v)}`);
  }
}

export function checkLocalized(v: unknown, path: string, issues: Issue[]): boolean {
  if (typeof v === 'string') {
    if (v.trim() !== '') return true;
    issues.push({ path, message: 'must not be empty' });
    return false;
  }
  if (isRecord(v)) {
    const f = new Fields(v, path, issues);
    const before = issues.length;
    f.string('zh', { optional: true });
    f.string('en', { optional: true });
    if (issues.length > before) return false;
    if (f.has('zh') || f.has('en')) return true;
  }
  issues.push({ path, message: `must be text or { zh, en }, got ${describe(v)}` });
  return false;
}

export function validateSource(v: unknown, path: string, issues: Issue[]): void {
  if (!isRecord(v)) {
    issues.push({ path, message: `must be a source object, got ${describe(v)}` });
    return;
  }
  const f = new Fields(v, path, issues);
  const kind = f.oneOf('kind', SOURCE_KINDS);
  f.string('quote', { nonEmpty: kind !== 'illustrative' && kind !== undefined });
  const url = f.string('url', { optional: kind !== 'external' });
  if (url !== undefined && !/^https?:\/\//i.test(url)) {
    issues.push({ path: at(path, 'url'), message: 'must be an http(s) URL' });
  }
  f.string('date', { optional: true });
  f.string('publisher', { optional: true });
  f.oneOf('confidence', CONFIDENCE, { optional: true });
  f.localized('note', { optional: true });
}

export function validateObservation(v: unknown, path: string, issues: Issue[], opts: { min?: number } = {}): void {
  if (!isRecord(v)) {
    issues.push({ path, message: `must be an observation object, got ${describe(v)}` });
    return;
  }
  const f = new Fields(v, path, issues);
  f.string('period');
  f.localized('periodLabel', { optional: true });
  f.boolean('periodInferred', { optional: true });
  if (v.value !== null) f.number('value', { min: opts.min });
  f.oneOf('unit', UNITS);
  f.oneOf('bound', BOUNDS);
  f.boolean('revised', { optional: true });
  f.number('yoyPct', { optional: true });
  f.localized('measure', { optional: true });
  f.localized('note', { optional: true });
  if (f.has('source')) validateSource(v.source, at(path, 'source'), issues);
  else issues.push({ path: at(path, 'source'), message: 'is required (every figure needs its source)' });
}

/** Runs a validator body over `input` with the common checks (object at the top, no forbidden keys). */
export function runValidation<T>(input: unknown, body: (f: Fields) => void): ValidationResult<T> {
  const issues: Issue[] = [];
  if (!isRecord(input)) {
    return { ok: false, issues: [{ path: '(root)', message: `must be an object, got ${describe(input)}` }] };
  }
  checkForbiddenKeys(input, '', issues);
  if (issues.length) return { ok: false, issues };
  body(new Fields(input, '', issues));
  return issues.length ? { ok: false, issues } : { ok: true, value: input as T };
}

