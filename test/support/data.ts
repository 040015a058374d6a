/** What the illustrative test data of every element shares. */

/** The source of illustrative test data: the element's source line says so. */
export const illustrative = { kind: 'illustrative', quote: 'Illustrative test data' } as const;

/** A string that would run script if it were ever parsed as HTML. */
export const XSS = '<img src=x onerror="window.__xss=1">';

/**
 * A deep copy of `base` with one field replaced, for invalid-data cases (dot path; numeric parts
 * index arrays); `undefined` deletes the field.
 */
export function withFieldOf(base: object, path: string, value: unknown): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const keys = path.split('.');
  let obj = data as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete obj[last];
  else obj[last] = value;
  return data;
}
