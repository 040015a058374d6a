/**
 * One declaration per data type, three uses: the validator the elements run on untrusted input
 * (every problem an `Issue` naming its path), the JSON Schema published in the package
 * (`toJsonSchema`), and the TypeScript type (`Infer<typeof schema>`, checked equal to the
 * documented interface in test/types/, so the three cannot drift).
 *
 * Objects accept keys they do not know (data may carry more than an element shows); keys that
 * could reach a prototype (`__proto__`, `constructor`, `prototype`) are refused at any depth.
 * Rules across fields (a value's unit must match its target's) are `refine` functions: they run
 * when the object's own fields are valid, and the JSON Schema states them in its description.
 */

export interface Issue {
  /** Where the problem is, as a JavaScript-like path: `value.unit`, `series[1].observations[0]`. */
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { [key: string]: unknown };

export interface Schema<T> {
  /** Checks a present value; pushes issues and returns false when it is not valid. */
  check(v: unknown, path: string, issues: Issue[]): boolean;
  json(): JsonSchema;
  /** Phantom: the type a valid value has. */
  readonly _type?: T;
}

/** A field of an object: its schema, whether it may be absent or null, and its message when missing. */
export interface Field<T, Opt extends boolean = boolean> {
  schema: Schema<T>;
  optional: Opt;
  nullable: boolean;
  /** "is required (…)" when absent. */
  required: string;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** A value as an error message names it: `the string "30"`, `NaN`, `an array`. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return `${v}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Reports every `__proto__`/`constructor`/`prototype` key at any depth (JSON.parse makes them own keys). */
export function checkForbiddenKeys(v: unknown, path: string, issues: Issue[], depth = 0): void {
  if (depth > 64 || typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) {
    v.forEach((item, i) => checkForbiddenKeys(item, at(path, i), issues, depth + 1));
    return;
  }
  for (const key of Object.keys(v)) {
    if (FORBIDDEN_KEYS.includes(key)) issues.push({ path: at(path, key), message: `forbidden key "${key}"` });
    else checkForbiddenKeys((v as Record<string, unknown>)[key], at(path, key), issues, depth + 1);
  }
}

function schema<T>(check: Schema<T>['check'], json: () => JsonSchema): Schema<T> {
  return { check, json };
}

const fail = (issues: Issue[], path: string, message: string) => (issues.push({ path, message }), false);

// ---- scalars ------------------------------------------------------------------------------------

export function number(o: { min?: number; max?: number; above?: number } = {}): Schema<number> {
  return schema(
    (v, path, issues) => {
      if (typeof v !== 'number') return fail(issues, path, `must be a number, got ${describe(v)}`);
      if (!Number.isFinite(v)) return fail(issues, path, `must be a finite number, got ${describe(v)}`);
      if (o.min !== undefined && v < o.min) return fail(issues, path, `must be at least ${o.min}, got ${v}`);
      if (o.max !== undefined && v > o.max) return fail(issues, path, `must be at most ${o.max}, got ${v}`);
      if (o.above !== undefined && v <= o.above) return fail(issues, path, `must be greater than ${o.above}`);
      return true;
    },
    () => ({
      type: 'number',
      ...(o.min !== undefined ? { minimum: o.min } : {}),
      ...(o.max !== undefined ? { maximum: o.max } : {}),
      ...(o.above !== undefined ? { exclusiveMinimum: o.above } : {}),
    }),
  );
}

export function string(o: { allowEmpty?: boolean; pattern?: RegExp; patternMessage?: string } = {}): Schema<string> {
  return schema(
    (v, path, issues) => {
      if (typeof v !== 'string') return fail(issues, path, `must be a string, got ${describe(v)}`);
      if (!o.allowEmpty && v.trim() === '') return fail(issues, path, 'must not be empty');
      if (o.pattern && !o.pattern.test(v)) return fail(issues, path, o.patternMessage ?? `must match ${o.pattern}`);
      return true;
    },
    () => ({
      type: 'string',
      ...(o.allowEmpty ? {} : { pattern: o.pattern ? o.pattern.source : '\\S' }),
    }),
  );
}

export function boolean(): Schema<boolean> {
  return schema(
    (v, path, issues) => typeof v === 'boolean' || fail(issues, path, `must be true or false, got ${describe(v)}`),
    () => ({ type: 'boolean' }),
  );
}

export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return schema(
    (v, path, issues) => values.includes(v as T) || fail(issues, path, `must be one of ${values.join(', ')}, got ${describe(v)}`),
    () => ({ enum: [...values] }),
  );
}

/** Text in the report's language with an optional English rendering: a string or `{ zh?, en? }`, never empty. */
export function localized(): Schema<string | { zh?: string; en?: string }> {
  const nonEmpty = { type: 'string', pattern: '\\S' };
  return schema(
    (v, path, issues) => {
      if (typeof v === 'string') return v.trim() !== '' || fail(issues, path, 'must not be empty');
      if (isRecord(v)) {
        const before = issues.length;
        for (const k of ['zh', 'en']) {
          if (v[k] === undefined) continue;
          if (typeof v[k] !== 'string') fail(issues, at(path, k), `must be a string, got ${describe(v[k])}`);
          else if ((v[k] as string).trim() === '') fail(issues, at(path, k), 'must not be empty');
        }
        if (issues.length > before) return false;
        if (v.zh !== undefined || v.en !== undefined) return true;
      }
      return fail(issues, path, `must be text or { zh, en }, got ${describe(v)}`);
    },
    () => ({
      anyOf: [
        nonEmpty,
        { type: 'object', properties: { zh: nonEmpty, en: nonEmpty }, anyOf: [{ required: ['zh'] }, { required: ['en'] }] },
      ],
    }),
  );
}

// ---- structures ---------------------------------------------------------------------------------

export function array<T>(item: Schema<T>, o: { min?: number; max?: number; noun?: string } = {}): Schema<T[]> {
  return schema(
    (v, path, issues) => {
      if (!Array.isArray(v)) return fail(issues, path, `must be a list, got ${describe(v)}`);
      if (o.min !== undefined && v.length < o.min) return fail(issues, path, `must list at least ${o.min === 1 ? 'one' : o.min} ${o.noun ?? 'item'}`);
      if (o.max !== undefined && v.length > o.max) return fail(issues, path, `must list at most ${o.max} ${o.noun ?? 'items'}, got ${v.length}`);
      let ok = true;
      v.forEach((x, i) => (ok = item.check(x, at(path, i), issues) && ok));
      return ok;
    },
    () => ({
      type: 'array',
      items: item.json(),
      ...(o.min !== undefined ? { minItems: o.min } : {}),
      ...(o.max !== undefined ? { maxItems: o.max } : {}),
    }),
  );
}

/** A required field; `required` completes "is required (…)" when it is absent. */
export function req<T>(s: Schema<T>, required = ''): Field<T, false> {
  return { schema: s, optional: false, nullable: false, required: required ? `is required (${required})` : 'is required' };
}

/** An optional field (absent or undefined). */
export function opt<T>(s: Schema<T>): Field<T, true> {
  return { schema: s, optional: true, nullable: false, required: '' };
}

/** A required field that may be null (null says "not known", never a made-up value). */
export function nullable<T>(s: Schema<T>, required = ''): Field<T | null, false> {
  return { schema: s as Schema<T | null>, optional: false, nullable: true, required: required ? `is required (${required})` : 'is required' };
}

/** An optional field that may also be null. */
export function optNullable<T>(s: Schema<T>): Field<T | null, true> {
  return { schema: s as Schema<T | null>, optional: true, nullable: true, required: '' };
}

type Shape = Record<string, Field<unknown>>;
type FieldType<F> = F extends Field<infer T> ? T : never;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Field<unknown, true> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: FieldType<S[K]> } & { [K in OptionalKeys<S>]?: FieldType<S[K]> }
>;

export interface ObjectOptions<T> {
  /** How the object is named when it is not one: "a source object". */
  noun?: string;
  /** Rules across fields, run when every field is valid (the JSON Schema's docs state them: schema-docs.ts). */
  refine?(value: T, path: string, issues: Issue[]): void;
}

const present = (obj: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(obj, key) && obj[key] !== undefined;

export function object<S extends Shape>(shape: S, o: ObjectOptions<ObjectOf<S>> = {}): Schema<ObjectOf<S>> {
  return schema(
    (v, path, issues) => {
      if (!isRecord(v)) return fail(issues, path, `must be ${o.noun ?? 'an object'}, got ${describe(v)}`);
      let ok = true;
      for (const [key, field] of Object.entries(shape)) {
        const p = at(path, key);
        if (!present(v, key)) {
          if (!field.optional && !(field.nullable && v[key] === null)) ok = fail(issues, p, field.required);
          continue;
        }
        if (v[key] === null && field.nullable) continue;
        ok = field.schema.check(v[key], p, issues) && ok;
      }
      if (ok && o.refine) {
        const before = issues.length;
        o.refine(v as ObjectOf<S>, path, issues);
        ok = issues.length === before;
      }
      return ok;
    },
    () => {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, f] of Object.entries(shape)) {
        const inner = f.schema.json();
        properties[key] = f.nullable ? { anyOf: [inner, { type: 'null' }] } : inner;
        if (!f.optional) required.push(key);
      }
      return {
        type: 'object',
        properties,
        ...(required.length ? { required } : {}),
        propertyNames: { not: { enum: FORBIDDEN_KEYS } },
      };
    },
  );
}

/** Any of several schemas; the message names what was expected when none fits. */
export function anyOf<T>(schemas: Schema<T>[], expected: string, pick: (v: unknown) => Schema<T> | undefined): Schema<T> {
  return schema(
    (v, path, issues) => {
      const s = pick(v);
      return s ? s.check(v, path, issues) : fail(issues, path, `must be ${expected}, got ${describe(v)}`);
    },
    () => ({ anyOf: schemas.map((s) => s.json()) }),
  );
}

/** A schema with its own check and JSON (for values no combinator describes). */
export function custom<T>(check: Schema<T>['check'], json: () => JsonSchema): Schema<T> {
  return schema(check, json);
}

// ---- running --------------------------------------------------------------------------------------

/** Validates untrusted input against a root object schema. Never throws; never changes the input. */
export function validate<T>(root: Schema<T>, input: unknown): ValidationResult<T> {
  if (!isRecord(input)) return { ok: false, issues: [{ path: '(root)', message: `must be an object, got ${describe(input)}` }] };
  const issues: Issue[] = [];
  checkForbiddenKeys(input, '', issues);
  if (issues.length) return { ok: false, issues };
  root.check(input, '', issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: input as T };
}

/**
 * The published JSON Schema of a root schema. Descriptions are kept apart from the declarations
 * (they would weigh on every element bundle): `docs` maps a field path (`series[].unit`, '' for
 * the root) to its description; `*.key` and `*.parent.key` describe that key wherever it appears.
 */
export function toJsonSchema(root: Schema<unknown>, meta: { id: string; title: string; docs: Record<string, string> }): JsonSchema {
  const json = root.json();
  const segments = (path: string) => path.split('.').map((p) => p.replace(/\[\]$/, ''));
  // A path's own doc, else one for its last two or last segment ("*.source.kind", "*.period").
  const docOf = (path: string) => meta.docs[path] ?? meta.docs[`*.${segments(path).slice(-2).join('.')}`] ?? meta.docs[`*.${segments(path).slice(-1)[0]}`];
  const describeAt = (node: JsonSchema, path: string): void => {
    const doc = path ? docOf(path) : meta.docs[''];
    if (doc) node.description = doc;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) describeAt(child, path ? `${path}.${key}` : key);
    const items = node.items as JsonSchema | undefined;
    if (items) describeAt(items, `${path}[]`);
    for (const alt of (node.anyOf as JsonSchema[] | undefined) ?? []) if (alt.type === 'object' || alt.type === 'array') describeAt(alt, path);
  };
  describeAt(json, '');
  const { description, ...rest } = json;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: meta.id, title: meta.title, description, ...rest };
}
