// Small statistics over runs.
export const sorted = (xs) => [...xs].sort((a, b) => a - b);

export function quantile(xs, q) {
  const s = sorted(xs.filter((x) => typeof x === 'number' && Number.isFinite(x)));
  if (!s.length) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** Median, min and max of a list of numbers (nulls skipped). */
export function summary(xs) {
  const s = sorted(xs.filter((x) => typeof x === 'number' && Number.isFinite(x)));
  return { median: median(s), min: s.length ? s[0] : null, max: s.length ? s[s.length - 1] : null, n: s.length, values: xs };
}

/**
 * Cumulative layout shift as web-vitals defines it: the largest session window (shifts less than
 * 1 s apart, a window at most 5 s long), shifts right after input excluded. Also the plain sum.
 */
export function cls(shifts, from = -Infinity, to = Infinity) {
  let max = 0;
  let cur = 0;
  let first = -Infinity;
  let last = -Infinity;
  let sum = 0;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.input || s.t < from || s.t > to) continue;
    sum += s.value;
    if (s.t - last < 1000 && s.t - first < 5000) cur += s.value;
    else {
      cur = s.value;
      first = s.t;
    }
    last = s.t;
    max = Math.max(max, cur);
  }
  return { cls: max, sum };
}
