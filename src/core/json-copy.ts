/**
 * Copies of JSON data (the bundled records). Strings are immutable, so copies share them:
 * `structuredClone` copied every string, and ten elements' copies of a record held ten copies of
 * its quotes (issue 10).
 */

/** A deep copy of JSON data (objects, arrays, primitives) that shares its strings. */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value !== null && typeof value === 'object') {
    // fromEntries defines keys: a "__proto__" key stays a key.
    return Object.fromEntries(Object.keys(value).map((k) => [k, copyJson((value as Record<string, unknown>)[k])])) as T;
  }
  return value;
}

/**
 * Makes equal strings of `value` one string, in place (JSON.parse makes a string per occurrence:
 * a note repeated for 48 institutes was 48 strings). Returns `value`.
 */
export function internStrings<T>(value: T, seen: Map<string, string> = new Map()): T {
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (typeof v === 'string') {
      const canonical = seen.get(v);
      if (canonical === undefined) seen.set(v, v);
      else if (canonical !== v) obj[k] = canonical;
    } else if (v !== null && typeof v === 'object') internStrings(v, seen);
  }
  return value;
}
