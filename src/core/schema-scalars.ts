/** The scalar schemas: numbers, strings, booleans, one of a list, localized text (see schema.ts). */
import { type Schema, at, describe, fail, isRecord, schema } from './schema-base.js';

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
      if (!o.allowEmpty && !/\S/.test(v)) return fail(issues, path, 'must not be empty');
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
      if (typeof v === 'string') return /\S/.test(v) || fail(issues, path, 'must not be empty');
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
