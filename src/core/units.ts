/**
 * Units as published. The report's units (`亿元` … `seconds`) keep their formatting; any other
 * unit is accepted as given, as text (`°C`, `ppm`, `points`, `万人`) or `{ zh, en }`, and shown in
 * each locale as given. A Chinese magnitude prefix on any base (`万人`, `亿美元`, `万吨`) is read
 * as such: an English reader sees "32,000 people" or "3.56 billion US dollars", and values of the
 * same base in different magnitudes (`万元` and `亿元`, `人` and `万人`) convert into each other.
 */
import { type Locale, text } from './locale.js';

/** The units of the report, each with its own wording. */
export type KnownUnit = '亿元' | '万元' | '万亿元' | '%' | 'pp' | 'count' | 'people' | 'rank' | 'seconds';

export const KNOWN_UNITS: readonly KnownUnit[] = ['亿元', '万元', '万亿元', '%', 'pp', 'count', 'people', 'rank', 'seconds'];

/** A unit: a known one, any other as plain text, or `{ zh, en }` where the languages differ. */
export type Unit = KnownUnit | (string & {}) | { zh?: string; en?: string };

const MAGNITUDES: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
];

/** English words of common Chinese base units (what a magnitude prefix multiplies). */
const BASE_EN: Record<string, string> = {
  元: 'yuan',
  人民币元: 'yuan',
  美元: 'US dollars',
  欧元: 'euros',
  港元: 'Hong Kong dollars',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  户: 'households',
  家: 'enterprises',
  吨: 'tonnes',
  千克: 'kg',
  公斤: 'kg',
  辆: 'vehicles',
  件: 'items',
  项: 'items',
  个: '',
  台: 'units',
  套: 'sets',
  千瓦: 'kW',
  千瓦时: 'kWh',
  度: 'kWh',
  平方米: 'm²',
  平方公里: 'km²',
  立方米: 'm³',
  公里: 'km',
  亩: 'mu',
  标准箱: 'TEU',
  次: 'times',
};

/** Units written before the number ("$1,234"). */
const PREFIX = new Set(['$', 'US$', 'HK$', '€', '£', '¥', '￥']);
/** Units written right after the number, with no space, in both languages. */
const TIGHT = new Set(['%', '‰', '°', '℃', '℉']);

/** The unit's text in a locale: the given text, or the locale's side of `{ zh, en }` (the other when missing). */
export const unitText: (u: Unit, locale: Locale) => string = text;

/** A stable key for comparing units: two units are the same when their keys are. */
export function unitKey(u: Unit): string {
  return typeof u === 'string' ? u : `${u.zh ?? ''}|${u.en ?? ''}`;
}

export function sameUnit(a: Unit, b: Unit): boolean {
  if (unitKey(a) === unitKey(b)) return true;
  if (typeof a === 'string' || typeof b === 'string') {
    // "万人" and { zh: '万人' } are the same unit.
    const s = typeof a === 'string' ? a : (b as string);
    const o = typeof a === 'string' ? (b as { zh?: string; en?: string }) : a;
    return o.zh === s || (o.zh === undefined && o.en === s);
  }
  return false;
}

/** A magnitude and its base: `亿美元` → 1e8 × `美元`; `万元` → 1e4 × `元`. */
export interface Scaled {
  factor: number;
  base: string;
}

/** Reads a Chinese magnitude prefix on a base unit (the report's money units too); undefined when there is none. */
export function scaledUnit(u: Unit): Scaled | undefined {
  const zh = typeof u === 'string' ? u : u.zh;
  if (!zh) return undefined;
  for (const [prefix, factor] of MAGNITUDES) {
    if (zh.startsWith(prefix) && zh.length > prefix.length) return { factor, base: zh.slice(prefix.length) };
  }
  return undefined;
}

/** Money: a magnitude of yuan (the report's 万元, 亿元, 万亿元). */
export function isMoney(u: Unit): boolean {
  return scaledUnit(u)?.base === '元';
}

/**
 * The factor that takes a value in `from` to `to`, or undefined when they are not the same
 * quantity (a base unit and its magnitudes convert; nothing else does).
 */
export function conversionFactor(from: Unit, to: Unit): number | undefined {
  const f = factors(from, to);
  return f && f[0] / f[1];
}

/** The magnitudes of two units of one base ([1e8, 1e12] for 亿元 → 万亿元); undefined when they do not convert. */
function factors(from: Unit, to: Unit): [number, number] | undefined {
  if (sameUnit(from, to)) return [1, 1];
  const a = scaledUnit(from) ?? (typeof from === 'string' ? { factor: 1, base: from } : undefined);
  const b = scaledUnit(to) ?? (typeof to === 'string' ? { factor: 1, base: to } : undefined);
  if (!a || !b || a.base !== b.base || a.base === '') return undefined;
  return [a.factor, b.factor];
}

/**
 * A value in `from` expressed in `to`, or undefined when the units do not convert (or the value is
 * too large to be written in `to`: 1e306 万亿元 is beyond any number in 万元).
 */
export function convert(value: number, from: Unit, to: Unit): number | undefined {
  const f = factors(from, to);
  if (!f) return undefined;
  // Multiply first, as a reader would (2174.6 亿 = 217460000000, ÷ 10^12): exact in the last digit;
  // scaled in one step only when the whole amount would overflow.
  let v = (value * f[0]) / f[1];
  if (!Number.isFinite(v)) v = value * (f[0] / f[1]);
  return Number.isFinite(v) ? v : undefined;
}

/** The English word of a scaled unit's base, when known ("US dollars"); the unit's `en` wins. */
export function baseEnglish(u: Unit): string | undefined {
  if (typeof u === 'object' && u.en) return undefined;
  const s = scaledUnit(u);
  return s && s.base in BASE_EN ? BASE_EN[s.base] : undefined;
}

/** How a custom unit sits beside its number: before it, right after it, or after a space. */
export function unitPlacement(text: string): 'prefix' | 'tight' | 'space' {
  if (PREFIX.has(text)) return 'prefix';
  if (TIGHT.has(text) || /^[\u3000-\u9fff\uff00-\uffef]/.test(text)) return 'tight';
  return 'space';
}
