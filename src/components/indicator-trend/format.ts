/** Text helpers of the trend: values in the display unit, marks, axis scales. Pure functions. */
import type { Bound, Unit } from '../../data/types.js';
import { formatNumber, formatValue } from '../../core/format.js';
import { isMoney, scaledUnit, unitText } from '../../core/units.js';
import type { Locale } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { type ChangeBar, type TrendPoint, convert, roundLike } from './model.js';

/** The value a reader sees: bound word, unit; a derived value rounded to its source's precision. */
export function pointValue(p: TrendPoint, unit: Unit, locale: Locale): string {
  return formatValue(p.derived ? derivedDisplay(p, unit) : p.value, unit, p.bound, locale);
}

/** A derived value rounded to the precision of the figure it comes from, in that figure's unit, then converted. */
export function derivedDisplay(p: TrendPoint, unit: Unit): number {
  const raw = p.obs.value ?? 0;
  const yoy = p.derived?.from.yoyPct ?? 0;
  const rounded = roundLike(raw / (1 + yoy / 100), raw);
  return convert(rounded, p.obs.unit, unit) ?? p.value;
}

/** "+7.9%", "−0.5 pp", "同比增长7.9%". */
export function signed(value: number, unit: '%' | 'pp', locale: Locale): string {
  const n = formatNumber(Math.abs(value), locale);
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  if (unit === 'pp') return locale === 'en' ? `${sign}${n} pp` : `${sign}${n}个百分点`;
  return `${sign}${n}%`;
}

export function changeText(b: ChangeBar, locale: Locale): string {
  const en = locale === 'en';
  const v = signed(b.value, b.unit, locale);
  if (b.kind === 'series') return v;
  const comp = b.comparable ? (en ? ' (real, at comparable prices)' : '（按可比价格）') : '';
  return en ? `${v} year on year${comp}` : `同比${v}${comp}`;
}

/** Compact marks for chart labels. */
export function markWords(p: Pick<TrendPoint, 'bound' | 'revised' | 'derived' | 'obs'>, locale: Locale): string[] {
  const en = locale === 'en';
  const out: string[] = [];
  if (p.bound === 'estimate' && !p.derived) out.push(en ? 'estimate' : '预计值');
  if (p.bound === 'lowerBound') out.push(en ? 'lower bound' : '下限（超过）');
  if (p.bound === 'approx' && !p.derived) out.push(en ? 'approximate' : '约数');
  if (p.revised) out.push(msg(locale).revised);
  if (p.derived) out.push(msg(locale).derived);
  if (!p.derived && p.obs.periodInferred) out.push(msg(locale).inferredPeriod);
  if (!p.derived && p.obs.source.confidence === 'low') out.push(msg(locale).lowConfidence);
  return out;
}

export function boundWord(b: Bound, locale: Locale): string {
  const zh = { exact: '确数', approx: '约数', lowerBound: '下限（超过）', estimate: '预计值' };
  const en = { exact: 'exact', approx: 'approximate', lowerBound: 'lower bound', estimate: 'estimate' };
  return (locale === 'en' ? en : zh)[b];
}

export interface AxisScale {
  /** Axis values are data values divided by this. */
  divisor: number;
  name: string;
}

/** How the level axis is labelled: zh keeps the unit (亿元), en money reads in billion / million / trillion yuan. */
export function levelAxisScale(unit: Unit, max: number, locale: Locale): AxisScale {
  const en = locale === 'en';
  if (isMoney(unit)) {
    if (!en) return { divisor: 1, name: unitText(unit, locale) };
    const factor = scaledUnit(unit)!.factor;
    const yuan = (Math.abs(max) || 1) * factor;
    const [scale, word] = yuan >= 1e12 ? [1e12, 'trillion'] : yuan >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
    return { divisor: scale / factor, name: `${word} yuan` };
  }
  switch (unit) {
    case '%':
      return { divisor: 1, name: '%' };
    case 'pp':
      return { divisor: 1, name: en ? 'pp' : '百分点' };
    case 'people':
      return { divisor: 1, name: en ? 'people' : '人' };
    case 'seconds':
      return { divisor: 1, name: en ? 's' : '秒' };
    case 'rank':
      return { divisor: 1, name: en ? 'rank' : '位次' };
    default:
      return { divisor: 1, name: '' };
  }
}

/** A number for an axis label (no unit; the axis name carries it). */
export function axisNumber(v: number, locale: Locale): string {
  const abs = Math.abs(v);
  return formatNumber(v, locale, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

