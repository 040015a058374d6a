/**
 * Formatting of numbers, units and bounds, in each locale's words and conventions (messages.ts;
 * periods: periods.ts).
 * Pure functions: the same input always gives the same text, in a browser or in Node.
 * Numbers are written without Intl.NumberFormat (see formatNumber): no formatter to make, none
 * to load.
 */
import type { Bound, Observation } from '../data/types.js';
import type { Locale } from './locale.js';
import { formatMsg, msg } from './messages.js';
import { type Unit, baseEnglish, scaledUnit, unitPlacement, unitText } from './units.js';

/** Decimal places written in a number as published (2174.6 → 1), capped to keep float noise out. */
export function decimalsOf(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 2;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 4);
}

/**
 * |n| at most `d` decimals, rounded half away from zero on its shortest decimal form, as
 * Intl.NumberFormat does (1.005 → "1.01", 0.024999999999999998 → "0.02"); no trailing zeros.
 */
function digits(n: number, d: number): string {
  const s = String(Math.abs(n));
  // 1e21 and above: the shortest digits, then zeros (1.7976931348623157e+308 → 17976931348623157000…).
  const big = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(s);
  if (big) return (big[1] + (big[2] ?? '')).padEnd(Number(big[3]) + 1, '0');
  if (s.includes('e')) return Math.abs(n).toFixed(d).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const [int, frac = ''] = s.split('.');
  if (frac.length <= d) return s;
  const out = (int + frac.slice(0, d)).split('').map(Number);
  if (frac.charCodeAt(d) >= 53 /* '5' */) {
    let k = out.length - 1;
    while (k >= 0 && out[k] === 9) out[k--] = 0;
    if (k < 0) out.unshift(1);
    else out[k]++;
  }
  const all = out.join('');
  return d ? `${all.slice(0, all.length - d)}.${all.slice(all.length - d)}`.replace(/\.?0+$/, '') : all;
}

/**
 * A plain number. zh-CN writes large numbers without separators (18147.7), English groups them.
 * Written by hand, not with Intl.NumberFormat: the first formatter of a page loads ICU's number
 * data, a task of 200 ms and more on a slow phone, for digits and commas (the output is Intl's).
 */
export function formatNumber(n: number, locale: Locale, maxDecimals = decimalsOf(n)): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = digits(n, maxDecimals).split('.');
  const grouped = msg(locale).grouping ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  // −0, and values that round to 0, read as 0.
  return `${n < 0 && /[1-9]/.test(int + (frac ?? '')) ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * An amount of a magnitude unit (亿元, 万人, 亿美元) in the locale's magnitude words: "217.46
 * billion yuan", "32,000 people". The source's last digit stays significant: 2174.6 亿 (0.1 亿 =
 * 10^7) → 217.46 billion.
 */
function scaledAmount(value: number, factor: number, base: string, scales: [number, string][], locale: Locale): string {
  const whole = value * factor;
  const word = base ? ` ${base}` : '';
  for (const [scale, name] of scales) {
    if (Math.abs(whole) >= scale) {
      const decimals = Math.max(0, Math.round(decimalsOf(value) + Math.log10(scale) - Math.log10(factor)));
      // The whole amount overflows for the largest numbers there are; scaled in one step it does not.
      const scaled = Number.isFinite(whole) ? whole / scale : value * (factor / scale);
      return `${formatNumber(scaled, locale, Math.min(decimals, 6))} ${name}${word}`;
    }
  }
  const decimals = Math.max(0, Math.round(decimalsOf(value) - Math.log10(factor)));
  return `${formatNumber(whole, locale, Math.min(decimals, 6))}${word}`;
}

/** A count as the locale writes it: zh-CN counts of 10,000 or more in 万 (30000 → "3万"). */
function countText(value: number, locale: Locale): string {
  const big = formatMsg(locale).bigCount;
  return big && Math.abs(value) >= big[0] ? `${formatNumber(value / big[0], locale, 4)}${big[1]}` : formatNumber(value, locale);
}

export interface FormatOptions {
  /** The counter word for `count` in Chinese (家, 个, 项); default 个. */
  counterZh?: string;
  /** The noun for `count` in English (enterprises); default none. */
  counterEn?: string;
}

/**
 * A value with its unit, without the bound: "2174.6亿元", "217.46 billion yuan", "3万人", "315.7 ppm".
 * The report's own units are worded by the locale (messages.ts); money and any other unit are
 * written as given, a Chinese magnitude in the locale's magnitude words when it has them.
 */
export function formatQuantity(value: number, unit: Unit, locale: Locale, opts: FormatOptions = {}): string {
  const m = formatMsg(locale);
  const q = m.quantity;
  const n = formatNumber(value, locale);
  switch (unit) {
    case 'pp':
    case 'rank':
    case 'seconds':
      return q[unit as 'pp'](n);
    case 'people':
      return q.people(countText(value, locale));
    case 'count':
      return q.count(countText(value, locale), opts);
  }
  const scaled = scaledUnit(unit);
  const base = m.scales && baseEnglish(unit);
  if (scaled && base !== undefined) return scaledAmount(value, scaled.factor, base, m.scales!, locale);
  const label = unitText(unit, locale);
  if (!label) return n;
  switch (unitPlacement(label)) {
    case 'prefix':
      return value < 0 ? `-${label}${formatNumber(-value, locale)}` : `${label}${n}`;
    case 'tight':
      return `${n}${label}`;
    default:
      return `${n} ${label}`;
  }
}

/** A value as a reader should take it: "超过3万人", "over 30,000 people", "约200个", "预计2.4%". */
export function formatValue(
  value: number,
  unit: Unit,
  bound: Bound,
  locale: Locale,
  opts: FormatOptions = {},
): string {
  return `${formatMsg(locale).boundPrefix[bound]}${formatQuantity(value, unit, locale, opts)}`;
}

/** A compact mark for chart labels: ">", "≈", "~" (estimate) or "". */
export function boundMark(bound: Bound): string {
  return { exact: '', lowerBound: '>', approx: '≈', estimate: '~' }[bound];
}

/**
 * What a reader must know about how firm an observation is, as one phrase: "下限（超过）；修订值；
 * 时期为推断" / "lower bound; revised; period inferred". Exact and sure: "" (or "exact" when asked).
 */
export function precisionText(o: Observation, locale: Locale, withExact = false): string {
  const m = msg(locale);
  return [
    o.bound !== 'exact' || withExact ? m.boundWord[o.bound] : '',
    o.revised ? m.revised : '',
    o.periodInferred ? m.inferredPeriod : '',
    o.source.confidence === 'low' ? m.lowConfidence : '',
  ]
    .filter(Boolean)
    .join(m.sep);
}
