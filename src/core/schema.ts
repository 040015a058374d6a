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

import { FORBIDDEN_KEYS, type Field, type Issue, type JsonSchema, type Schema, type ValidationResult, at, checkForbiddenKeys, describe, fail, isRecord, pathlessRun, schema, withoutPaths } from './schema-base.js';

export * from './schema-base.js';
export * from './schema-scalars.js';

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
  /**
   * Often one object referred to from many places in a row (a source given to every
   * observation): the object just found valid is not checked again in the same run. Only valid
   * input is remembered, and only while paths are not built, so every place of an invalid object
   * is still reported. (One reference, not a set: remembering every object cost more than it
   * saved on data whose objects are all distinct, as parsed JSON.)
   */
  shared?: boolean;
}

export function object<S extends Shape>(shape: S, o: ObjectOptions<ObjectOf<S>> = {}): Schema<ObjectOf<S>> {
  // Parallel arrays and one read per field: this runs for each of 10,000 observations.
  const keys = Object.keys(shape);
  const fields = keys.map((k) => shape[k]!);
  const last = o.shared ? { run: 0, valid: undefined as unknown } : undefined;
  return schema(
    (v, path, issues) => {
      if (!isRecord(v)) return fail(issues, path, `must be ${o.noun ?? 'an object'}, got ${describe(v)}`);
      const run = last ? pathlessRun() : 0;
      if (run && last!.run === run && last!.valid === v) return true;
      let ok = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const field = fields[i]!;
        const value = v[key];
        if (value === undefined || !Object.prototype.hasOwnProperty.call(v, key)) {
          if (!field.optional) ok = fail(issues, at(path, key), field.required);
          continue;
        }
        if (value === null && field.nullable) continue;
        ok = field.schema.check(value, at(path, key), issues) && ok;
      }
      if (ok && o.refine) {
        const before = issues.length;
        o.refine(v as ObjectOf<S>, path, issues);
        ok = issues.length === before;
      }
      if (ok && run) {
        last!.run = run;
        last!.valid = v;
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
  const run = () => {
    const issues: Issue[] = [];
    checkForbiddenKeys(input, '', issues);
    if (!issues.length) root.check(input, '', issues);
    return issues;
  };
  // Valid input is checked once, without building paths; invalid input again, with them.
  if (!withoutPaths(run).length) return { ok: true, value: input as T };
  return { ok: false, issues: run() };
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
