/** Text helpers of the trend: values in the display unit, marks, axis scales. Pure functions. */
import type { Bound, Unit } from '../../data/types.js';
import { formatNumber, formatValue } from '../../core/format.js';
import { baseEnglish, isMoney, scaledUnit, unitText } from '../../core/units.js';
import type { Locale } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { type AxisScale, trendMessages } from './messages.js';
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
  if (unit === 'pp') return trendMessages(locale).pp(`${sign}${n}`);
  return `${sign}${n}%`;
}

export function changeText(b: ChangeBar, locale: Locale): string {
  const v = signed(b.value, b.unit, locale);
  if (b.kind === 'series') return v;
  return trendMessages(locale).yoy(v, b.comparable);
}

/** Compact marks for chart labels. */
export function markWords(p: Pick<TrendPoint, 'bound' | 'revised' | 'derived' | 'obs'>, locale: Locale): string[] {
  const m = msg(locale);
  const out: string[] = [];
  if (p.bound === 'estimate' && !p.derived) out.push(m.boundWord.estimate);
  if (p.bound === 'lowerBound') out.push(m.boundWord.lowerBound);
  if (p.bound === 'approx' && !p.derived) out.push(m.boundWord.approx);
  if (p.revised) out.push(m.revised);
  if (p.derived) out.push(m.derived);
  if (!p.derived && p.obs.periodInferred) out.push(m.inferredPeriod);
  if (!p.derived && p.obs.source.confidence === 'low') out.push(m.lowConfidence);
  return out;
}

export function boundWord(b: Bound, locale: Locale): string {
  return msg(locale).boundWord[b];
}

/** How the level axis is labelled: zh keeps the unit (亿元), en money reads in billion / million / trillion yuan. */
export function levelAxisScale(unit: Unit, max: number, locale: Locale): AxisScale {
  const t = trendMessages(locale);
  const baseEn = isMoney(unit) ? 'yuan' : baseEnglish(unit);
  if (scaledUnit(unit) && baseEn !== undefined) return t.scaledAxis(unit, max, baseEn);
  switch (unit) {
    case '%':
      return { divisor: 1, name: '%' };
    case 'pp':
    case 'people':
    case 'seconds':
    case 'rank':
      return { divisor: 1, name: t.axisUnit[unit as 'pp' | 'people' | 'seconds' | 'rank'] };
    case 'count':
      return { divisor: 1, name: '' };
    default:
      // Any other unit as given ("°C", "ppm", "points").
      return { divisor: 1, name: unitText(unit, locale) };
  }
}

/** A number for an axis label (no unit; the axis name carries it). */
export function axisNumber(v: number, locale: Locale): string {
  const abs = Math.abs(v);
  return formatNumber(v, locale, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

