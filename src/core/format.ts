/**
 * Formatting of numbers, units and bounds, in each locale's words and conventions (messages.ts;
 * periods: periods.ts).
 * Pure functions: the same input always gives the same text, in a browser or in Node.
 * Number formatters are made once per (locale, digits) and reused: a 10,000-point chart formats
 * its numbers with a handful of `Intl.NumberFormat`s, not ten thousand.
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

const formatters = new Map<string, Intl.NumberFormat>();

/** A plain number, grouped as the locale writes it: zh-CN 18147.7, English 18,147.7. */
export function formatNumber(n: number, locale: Locale, maxDecimals = decimalsOf(n)): string {
  const key = `${locale}|${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals, useGrouping: msg(locale).grouping });
    formatters.set(key, f);
  }
  // −0 reads as 0.
  return f.format(n === 0 ? 0 : n);
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
