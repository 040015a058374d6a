/**
 * Formatting of numbers, units and bounds for zh-CN and en (periods: periods.ts).
 * Pure functions: the same input always gives the same text, in a browser or in Node.
 * Numbers are written without Intl.NumberFormat (see formatNumber): no formatter to make, none
 * to load.
 */
import type { Bound, Observation } from '../data/types.js';
import type { Locale } from './locale.js';
import { msg } from './messages.js';
import { type Unit, baseEnglish, isKnownUnit, scaledUnit, unitPlacement, unitText } from './units.js';

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
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [int, frac] = digits(n, maxDecimals).split('.');
  const grouped = locale === 'en' ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  // −0, and values that round to 0, read as 0.
  return `${n < 0 && /[1-9]/.test(int + (frac ?? '')) ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Percent with at most one decimal unless the input has more (43%, 136%, 2.85%). */
export function formatPercent(share: number, locale: Locale, decimals = 0): string {
  return `${formatNumber(share, locale, decimals)}%`;
}

const EN_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/**
 * English for a magnitude unit (亿元, 万人, 亿美元): "217.46 billion yuan", "32,000 people". The
 * source's last digit stays significant: 2174.6 亿 (0.1 亿 = 10^7) → 217.46 billion.
 */
function scaledEn(value: number, factor: number, base: string): string {
  const whole = value * factor;
  const word = base ? ` ${base}` : '';
  for (const [scale, name] of EN_SCALES) {
    if (Math.abs(whole) >= scale) {
      const decimals = Math.max(0, Math.round(decimalsOf(value) + Math.log10(scale) - Math.log10(factor)));
      // The whole amount overflows for the largest numbers there are; scaled in one step it does not.
      const scaled = Number.isFinite(whole) ? whole / scale : value * (factor / scale);
      return `${formatNumber(scaled, 'en', Math.min(decimals, 6))} ${name}${word}`;
    }
  }
  const decimals = Math.max(0, Math.round(decimalsOf(value) - Math.log10(factor)));
  return `${formatNumber(whole, 'en', Math.min(decimals, 6))}${word}`;
}

/** Chinese counts of 10,000 or more read as 万: 30000 → "3万". */
function countZh(value: number): string {
  if (Math.abs(value) >= 1e4) return `${formatNumber(value / 1e4, 'zh-CN', 4)}万`;
  return formatNumber(value, 'zh-CN');
}

export interface FormatOptions {
  /** The counter word for `count` in Chinese (家, 个, 项); default 个. */
  counterZh?: string;
  /** The noun for `count` in English (enterprises); default none. */
  counterEn?: string;
}

/** A value with a unit the report does not use, as given: "-0.17 °C", "315.7 ppm", "$1,234", "3.2万人". */
function customQuantity(value: number, unit: Unit, locale: Locale): string {
  const en = locale === 'en';
  const scaled = scaledUnit(unit);
  const baseEn = en ? baseEnglish(unit) : undefined;
  if (scaled && baseEn !== undefined) return scaledEn(value, scaled.factor, baseEn);
  const label = unitText(unit, locale);
  const n = formatNumber(value, locale);
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

/** A value with its unit, without the bound: "2174.6亿元", "217.46 billion yuan", "3万人", "315.7 ppm". */
export function formatQuantity(value: number, unit: Unit, locale: Locale, opts: FormatOptions = {}): string {
  const en = locale === 'en';
  if (!isKnownUnit(unit)) return customQuantity(value, unit, locale);
  switch (unit) {
    case '万元':
    case '亿元':
    case '万亿元': {
      const s = scaledUnit(unit)!;
      return en ? scaledEn(value, s.factor, 'yuan') : `${formatNumber(value, locale)}${unit}`;
    }
    case '%':
      return `${formatNumber(value, locale)}%`;
    case 'pp':
      return en ? `${formatNumber(value, locale)} percentage points` : `${formatNumber(value, locale)}个百分点`;
    case 'people':
      return en ? `${formatNumber(value, locale)} people` : `${countZh(value)}人`;
    case 'rank':
      return en ? `No. ${formatNumber(value, locale)}` : `第${formatNumber(value, locale)}位`;
    case 'seconds':
      return en ? `${formatNumber(value, locale)} s` : `${formatNumber(value, locale)}秒`;
    case 'count':
      return en
        ? `${formatNumber(value, locale)}${opts.counterEn ? ` ${opts.counterEn}` : ''}`
        : `${countZh(value)}${opts.counterZh ?? '个'}`;
  }
}

const BOUND_WORDS: Record<Bound, Record<Locale, string>> = {
  exact: { 'zh-CN': '', en: '' },
  lowerBound: { 'zh-CN': '超过', en: 'over ' },
  approx: { 'zh-CN': '约', en: 'about ' },
  estimate: { 'zh-CN': '预计', en: 'an estimated ' },
};

/** A value as a reader should take it: "超过3万人", "over 30,000 people", "约200个", "预计2.4%". */
export function formatValue(
  value: number,
  unit: Unit,
  bound: Bound,
  locale: Locale,
  opts: FormatOptions = {},
): string {
  return `${BOUND_WORDS[bound][locale]}${formatQuantity(value, unit, locale, opts)}`;
}

/** A one-word label for a bound, for tables and tooltips ("下限", "lower bound"); empty for exact. */
export function boundLabel(bound: Bound, locale: Locale): string {
  const zh = { exact: '', lowerBound: '下限（超过）', approx: '约数', estimate: '预计值' };
  const en = { exact: '', lowerBound: 'lower bound', approx: 'approximate', estimate: 'estimate' };
  return (locale === 'en' ? en : zh)[bound];
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
    boundLabel(o.bound, locale) || (withExact ? m.exact : ''),
    o.revised ? m.revised : '',
    o.periodInferred ? m.inferredPeriod : '',
    o.source.confidence === 'low' ? m.lowConfidence : '',
  ]
    .filter(Boolean)
    .join(m.sep);
}
