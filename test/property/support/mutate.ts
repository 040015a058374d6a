/**
 * Broken inputs for the validators: arbitrary values, valid data with random damage anywhere, and
 * valid data with one field made invalid in a known way (the validator must then name that field).
 */
import fc from 'fast-check';
import type { Issue, ValidationResult } from '../../../src/core/validate.js';

export type Key = string | number;

/** A path as the validators write it: `series[0].observations[2].value`. */
export function showPath(path: readonly Key[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// ---- a fingerprint of any value, to prove an input unchanged ----------------------------------

/**
 * A canonical description of a value: own keys in order (a JSON.parse-made `__proto__` key
 * included), NaN, ±Infinity, -0, undefined, prototypes, shared and cyclic references. Two
 * fingerprints are equal when nothing observable was changed.
 */
export function fingerprint(root: unknown): string {
  const ids = new Map<object, number>();
  const out: string[] = [];
  const go = (v: unknown, depth: number): void => {
    if (depth > 5000) throw new Error('fingerprint: nesting deeper than 5000');
    switch (typeof v) {
      case 'number':
        out.push(Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`);
        return;
      case 'string':
        out.push(`s:${JSON.stringify(v)}`);
        return;
      case 'bigint':
        out.push(`b:${v}`);
        return;
      case 'boolean':
      case 'undefined':
        out.push(String(v));
        return;
      case 'symbol':
        out.push(`y:${String(v.description)}`);
        return;
      case 'function':
        out.push(`f:${v.name}`);
        return;
    }
    if (v === null) {
      out.push('null');
      return;
    }
    const o = v as object;
    if (ids.has(o)) {
      out.push(`ref:${ids.get(o)}`);
      return;
    }
    ids.set(o, ids.size);
    const proto = Object.getPrototypeOf(o);
    out.push(`{${proto === null ? 'null' : proto === Object.prototype ? 'O' : proto === Array.prototype ? 'A' : (proto.constructor?.name ?? '?')}`);
    if (o instanceof Date) out.push(`d:${o.getTime()}`);
    if (o instanceof Map) for (const [k, x] of o) { go(k, depth + 1); go(x, depth + 1); }
    if (o instanceof Set) for (const x of o) go(x, depth + 1);
    if (Array.isArray(o)) out.push(`len:${o.length}`);
    for (const k of Object.keys(o)) {
      out.push(`k:${JSON.stringify(k)}`);
      go((o as Record<string, unknown>)[k], depth + 1);
    }
    out.push('}');
  };
  go(root, 0);
  return out.join(',');
}

// ---- what every validator promises -------------------------------------------------------------

/**
 * Never throws, never changes its input, and answers either ok (with the input itself as value)
 * (the input itself as value, for element data) or with at least one issue, each naming a
 * non-empty path and saying a non-empty message. An input that is not an object is reported at
 * `rootPath`.
 */
export function checkValidatorContract<T>(
  validate: (v: unknown) => ValidationResult<T>,
  input: unknown,
  rootPath = '(root)',
  /** The value of an ok result is the input itself (element data), or built from it (a district index). */
  valueIsInput = true,
): ValidationResult<T> {
  const before = fingerprint(input);
  let result: ValidationResult<T>;
  try {
    result = validate(input);
  } catch (e) {
    throw new Error(`the validator threw: ${String(e)}`);
  }
  if (fingerprint(input) !== before) throw new Error('the validator changed its input');
  if (!isObj(result) || typeof result.ok !== 'boolean') throw new Error(`not a ValidationResult: ${String(result)}`);
  if (result.ok) {
    if (valueIsInput && result.value !== input) throw new Error('ok, but value is not the input');
    return result;
  }
  if (!Array.isArray(result.issues) || result.issues.length === 0) throw new Error('not ok, but no issue');
  result.issues.forEach((i: Issue, n) => {
    if (!isObj(i) || typeof i.path !== 'string' || i.path.trim() === '') throw new Error(`issue ${n} has no path: ${JSON.stringify(i)}`);
    if (typeof i.message !== 'string' || i.message.trim() === '') throw new Error(`issue ${n} (${i.path}) has no message`);
  });
  if ((!isObj(input) || Array.isArray(input)) && result.issues[0].path !== rootPath) {
    throw new Error(`a non-object input is reported at ${result.issues[0].path}, not ${rootPath}`);
  }
  return result;
}

// ---- arbitrary input ----------------------------------------------------------------------------

const KEYS = ['__proto__', 'constructor', 'prototype', 'value', 'name', 'unit', 'series', 'goals', 'institutes', 'target', 'source', 'type', 'features', 'id', 'period'];

/** Anything a page could hand an element: JSON values, and JavaScript values JSON cannot hold. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }),
  fc.anything({
    maxDepth: 4,
    key: fc.oneof(fc.string(), fc.constantFrom(...KEYS)),
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 })),
);

/** A JSON.parse-made own key (what `{"__proto__": …}` in a fetched file gives). */
export function defineOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function deep(depth: number, array: boolean): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}

/** A short description of a damage's value for failure reports (deep or huge values would not print). */
function brief(v: unknown): string {
  let depth = 0;
  for (let o = v; typeof o === 'object' && o !== null && depth < 10000; depth++) o = Array.isArray(o) ? o[0] : Object.values(o)[0];
  if (depth > 8) return `<${Array.isArray(v) ? 'list' : 'object'} nested ${depth} deep>`;
  if (typeof v === 'string' && v.length > 60) return `<string of ${v.length} characters>`;
  try {
    return fc.stringify(v);
  } catch {
    return String(typeof v);
  }
}

/** Gives a damage a readable description in fast-check's failure report. */
function described<D extends Damage>(d: D): D {
  const text = `${d.op} ${showPath(d.path)}${d.op === 'addKey' ? `.${d.key}` : ''}${'value' in d ? ` = ${brief(d.value)}` : ''}`;
  Object.defineProperty(d, fc.toStringMethod, { value: () => text, enumerable: false });
  return d;
}

/** Values that break any field: wrong types, non-finite and negative numbers, huge and deep values. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -1, -0, -1e308, 1e308, Number.MIN_VALUE, 0, '', ' ', '\u0000', '2500', 'NaN', null, undefined, true, false, [], {}, [null], { zh: 5 }, { en: '' }),
  fc.constantFrom('x'.repeat(100000), '长'.repeat(50000)),
  fc.integer({ min: 40, max: 1500 }).chain((d) => fc.boolean().map((a) => deep(d, a))),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')),
  fc.constantFrom<unknown>(Symbol('s'), 10n, new Date(NaN), new Map([['a', 1]]), Object.create(null)),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path in a value (objects and leaves), breadth first, at most `max`. */
export function allPaths(root: unknown, max = 400): Key[][] {
  const out: Key[][] = [];
  const queue: [unknown, Key[]][] = [[root, []]];
  while (queue.length && out.length < max) {
    const [v, path] = queue.shift()!;
    if (path.length) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => queue.push([x, [...path, i]]));
    else if (isObj(v)) for (const k of Object.keys(v)) queue.push([v[k], [...path, k]]);
  }
  return out;
}

function parentOf(root: unknown, path: readonly Key[]): Record<Key, unknown> | undefined {
  let o: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (!isObj(o)) return undefined;
    o = (o as Record<Key, unknown>)[k];
  }
  return isObj(o) ? (o as Record<Key, unknown>) : undefined;
}

export type Damage =
  | { op: 'set'; path: Key[]; value: unknown }
  | { op: 'delete'; path: Key[] }
  | { op: 'addKey'; path: Key[]; key: string; value: unknown }
  | { op: 'cycle'; path: Key[] };

/** Applies damage to a copy of `base` (which stays as it was). */
export function damaged(base: unknown, damages: readonly Damage[]): unknown {
  const copy = structuredClone(base);
  for (const d of damages) {
    if (d.op === 'addKey') {
      const target = d.path.length ? parentOf(copy, [...d.path, '']) : copy;
      if (isObj(target)) defineOwn(target, d.key, d.value);
      continue;
    }
    const parent = parentOf(copy, d.path);
    if (!parent) continue;
    const key = d.path[d.path.length - 1];
    if (d.op === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else if (d.op === 'cycle') parent[key] = parent;
    else if (key === '__proto__') defineOwn(parent, key, d.value);
    else parent[key] = d.value;
  }
  return copy;
}

/** Up to four random damages anywhere in `base`. */
export function randomDamage(base: unknown): fc.Arbitrary<Damage[]> {
  const paths = allPaths(base);
  if (!paths.length) return fc.constant([]);
  const one: fc.Arbitrary<Damage> = fc.constantFrom(...paths).chain((path) =>
    fc.oneof(
      { weight: 5, arbitrary: nastyValue.map((value): Damage => described({ op: 'set', path, value })) },
      { weight: 2, arbitrary: fc.constant(null).map((): Damage => described({ op: 'delete', path })) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'value'), nastyValue)
          .map(([key, value]): Damage => described({ op: 'addKey', path, key, value })),
      },
      { weight: 1, arbitrary: fc.constant(null).map((): Damage => described({ op: 'cycle', path })) },
    ),
  );
  return fc.array(one, { minLength: 1, maxLength: 4 });
}

// ---- one invalid field at a known path --------------------------------------------------------

/** How a field is checked (src/core/validate.ts); what makes it invalid follows from it. */
export type Field =
  | { t: 'string'; required?: boolean; emptyOk?: boolean; nullable?: boolean }
  | { t: 'localized'; required?: boolean }
  | { t: 'number'; required?: boolean; nullable?: boolean; min?: number; max?: number; positive?: boolean }
  | { t: 'enum'; required?: boolean }
  | { t: 'boolean' }
  | { t: 'array'; required?: boolean; nonEmpty?: boolean }
  | { t: 'object'; required?: boolean; nullable?: boolean }
  | { t: 'url'; required?: boolean }
  /** A unit: any non-empty text or { zh, en } (so an unknown word is a valid unit). */
  | { t: 'unit'; required?: boolean };

/** A field of one concrete valid object, and how it is checked. */
export type FieldAt = [Key[], Field];

/** One invalid change and where the validator must report it. */
export interface Breakage {
  what: string;
  damage: Damage;
  /** The path an issue must name (or lie inside). */
  expect: Key[];
}

const v = (what: string, value: unknown) => ({ what, value });

/** The invalid values of a field: wrong types, non-finite and out-of-range numbers, blanks, and a missing required field. */
export function invalidValues(f: Field): { what: string; value?: unknown; remove?: true }[] {
  const out: { what: string; value?: unknown; remove?: true }[] = [];
  const required = 'required' in f && f.required;
  if (required) out.push({ what: 'missing', remove: true });
  const nullable = 'nullable' in f && f.nullable;
  if (!nullable) out.push(v('null', null));
  switch (f.t) {
    case 'string':
      out.push(v('a number', 42), v('true', true), v('an object', {}), v('a list', ['x']));
      if (!f.emptyOk) out.push(v('empty', ''), v('blank', '  \n'));
      break;
    case 'localized':
      out.push(v('a number', 42), v('empty', ''), v('blank', ' '), v('a list', ['x']), v('{}', {}), v('{ zh: 5 }', { zh: 5 }), v("{ en: '' }", { en: '' }), v('{ zh: null }', { zh: null }));
      break;
    case 'number':
      out.push(v('a numeric string', '5'), v('NaN', NaN), v('Infinity', Infinity), v('-Infinity', -Infinity), v('true', true), v('an object', { value: 1 }), v('a list', [1]));
      if (f.min !== undefined) out.push(v('below the minimum', f.min - 1), v('far below the minimum', -Number.MAX_VALUE), v('just below the minimum', f.min - 1e-9 * Math.max(1, Math.abs(f.min))));
      if (f.max !== undefined) out.push(v('above the maximum', f.max + 1));
      if (f.positive) out.push(v('zero', 0));
      break;
    case 'enum':
      out.push(v('an unknown word', 'bogus'), v('a number', 1), v('empty', ''), v('another case', 'EXACT'), v('a list', ['exact']));
      break;
    case 'boolean':
      out.push(v("'true'", 'true'), v('1', 1), v('an object', {}));
      break;
    case 'array':
      out.push(v('an object', { 0: 'x' }), v('a string', 'x'), v('a number', 3));
      if (f.nonEmpty) out.push(v('empty', []));
      break;
    case 'object':
      out.push(v('a list', []), v('a string', 'x'), v('a number', 1), v('true', true));
      break;
    case 'unit':
      out.push(v('a number', 42), v('empty', ''), v('blank', ' '), v('a list', ['亿元']), v('{}', {}), v('{ fr }', { fr: 'x' }), v('{ zh: 5 }', { zh: 5 }), v('true', true));
      break;
    case 'url':
      out.push(v('a javascript: URL', 'javascript:alert(1)'), v('an ftp URL', 'ftp://example.org/'), v('a relative URL', '//example.org/x'), v('a data: URL', 'data:text/html,x'), v('a number', 42), v('empty', ''));
      break;
  }
  return out;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let o: unknown = root;
  for (const k of path) o = isObj(o) ? (o as Record<Key, unknown>)[k] : undefined;
  return o;
}

/** The single invalid changes of one field of `data` (and a forbidden key when it is an object). */
export function fieldBreakages(data: unknown, [path, f]: FieldAt): Breakage[] {
  const out: Breakage[] = [];
  // A list item cannot be "missing": removing one leaves a shorter, valid list.
  const item = typeof path[path.length - 1] === 'number';
  for (const b of invalidValues(f)) {
    if (b.remove && item) continue;
    out.push({
      what: `${showPath(path)}: ${b.what}`,
      damage: b.remove ? { op: 'delete', path } : { op: 'set', path, value: b.value },
      expect: path,
    });
  }
  const current = valueAt(data, path);
  if (isObj(current) && !Array.isArray(current)) {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      out.push({ what: `${showPath(path)}: a ${key} key`, damage: { op: 'addKey', path, key, value: { polluted: true } }, expect: [...path, key] });
    }
  }
  return out;
}

/** One single invalid change of `data`: a field, then one way to break it; or one of the cross-field rules. */
export function oneBreakage(data: unknown, fields: FieldAt[], crossField: Breakage[] = []): fc.Arbitrary<Breakage> {
  const field = fc.constantFrom(...fields).chain((f) => fc.constantFrom(...fieldBreakages(data, f)));
  return crossField.length ? fc.oneof({ weight: 5, arbitrary: field }, { weight: 1, arbitrary: fc.constantFrom(...crossField) }) : field;
}

/**
 * The rule checked: some issue's path is the broken field's path, or lies inside it (a child, as
 * `name.zh` inside `name`, `target.__proto__` inside `target`). An issue elsewhere only does not
 * tell the reader which field to fix.
 */
export function namesPath(issues: Issue[], expect: readonly Key[]): boolean {
  const p = showPath(expect);
  return issues.some((i) => i.path === p || i.path.startsWith(`${p}.`) || i.path.startsWith(`${p}[`));
}

// ---- field lists shared by the elements ----------------------------------------------------------

const str = (required = false, extra: Partial<Extract<Field, { t: 'string' }>> = {}): Field => ({ t: 'string', required, ...extra });
const loc = (required = false): Field => ({ t: 'localized', required });
const en = (required = true): Field => ({ t: 'enum', required });
const bool: Field = { t: 'boolean' };
const unit = (required = true): Field => ({ t: 'unit', required });

/** A source's fields (its `kind` decides whether the quote may be empty and whether a URL is required). */
export function sourceFields(path: Key[], src: unknown): FieldAt[] {
  const kind = isObj(src) ? src.kind : undefined;
  return [
    [path, { t: 'object', required: true }],
    [[...path, 'kind'], en()],
    [[...path, 'quote'], str(true, { emptyOk: kind === 'illustrative' })],
    [[...path, 'url'], { t: 'url', required: kind === 'external' }],
    [[...path, 'date'], str()],
    [[...path, 'publisher'], str()],
    [[...path, 'confidence'], en(false)],
    [[...path, 'note'], loc()],
  ];
}

/**
 * An observation's fields; `min` is the least value allowed (none for changes); `inherits`: the
 * unit, bound and source a trend's observation may leave to its series or data.
 */
export function observationFields(path: Key[], obs: unknown, min?: number, inherits: { unit?: boolean; bound?: boolean; source?: boolean } = {}): FieldAt[] {
  const o = isObj(obs) ? obs : {};
  const src = sourceFields([...path, 'source'], o.source);
  if (inherits.source) src[0] = [[...path, 'source'], { t: 'object' }];
  return [
    [path, { t: 'object', required: true }],
    [[...path, 'period'], str(true)],
    [[...path, 'periodLabel'], loc()],
    [[...path, 'periodInferred'], bool],
    [[...path, 'value'], { t: 'number', required: true, nullable: true, min }],
    [[...path, 'unit'], unit(!inherits.unit)],
    [[...path, 'bound'], en(!inherits.bound)],
    [[...path, 'revised'], bool],
    [[...path, 'yoyPct'], { t: 'number' }],
    [[...path, 'measure'], loc()],
    [[...path, 'note'], loc()],
    ...src,
  ];
}

/** A reference target's fields (an indicator's goal line, a later target). */
export function referenceTargetFields(path: Key[], t: unknown, min?: number): FieldAt[] {
  const o = isObj(t) ? t : {};
  return [
    [path, { t: 'object', required: true }],
    [[...path, 'id'], str()],
    [[...path, 'label'], loc(true)],
    [[...path, 'value'], { t: 'number', required: true, min }],
    [[...path, 'unit'], unit()],
    [[...path, 'bound'], en()],
    [[...path, 'year'], { t: 'number', required: true, nullable: true }],
    [[...path, 'note'], loc()],
    ...sourceFields([...path, 'source'], o.source),
  ];
}

export const fieldKinds = { str, loc, en, bool, unit };
