/**
 * Generators shared by every element: reader-safe text, localized text, periods, numbers, sources,
 * observations and reference targets, valid by the rules of src/core/validate.ts and the public
 * types (src/data/types.ts). Each element's generator (./<element>.ts) builds on these, so a new
 * unit, period format or sign rule is one edit here.
 *
 * Text: the tokens a reader must never see (see FORBIDDEN in ../support/text.ts) must not come from
 * the data, or a found token would prove nothing. Generated text therefore never contains any
 * letter of those tokens (N a u n d e f i I t y l o b j c O [ ] ∞), so no token can appear in it,
 * nor be completed by the library's own words written before or after it.
 */
import fc from 'fast-check';
import type { Bound, LocalizedText, Observation, ReferenceTarget, Source, Unit } from '../../../src/data/types.js';

/** Builds an arbitrary once per distinct options (generators call these inside `chain`, per case). */
const cache = new Map<string, fc.Arbitrary<unknown>>();
function memo<T>(key: string, build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  let a = cache.get(key) as fc.Arbitrary<T> | undefined;
  if (!a) cache.set(key, (a = build()));
  return a;
}

/** The report's units and portals' own: text ("°C", "ppm", a magnitude "万人") and { zh, en }. */
export const UNITS: readonly Unit[] = [
  '亿元', '万元', '万亿元', '%', 'pp', 'count', 'people', 'rank', 'seconds',
  '°C', 'ppm', 'points', '万人', '亿美元', 'µg/m³', 'years', { zh: '吨', en: 'tonnes' },
];
export const MONEY_UNITS: readonly Unit[] = ['亿元', '万元', '万亿元'];
export const BOUNDS: readonly Bound[] = ['exact', 'lowerBound', 'approx', 'estimate'];
export const SOURCE_KINDS = ['seed', 'external', 'illustrative'] as const;
export const CONFIDENCE = ['high', 'medium', 'low'] as const;

// ---- text -----------------------------------------------------------------------------------

/** Latin letters that occur in no forbidden token. */
const SAFE_LATIN = 'ghkmpqrsvwxzABCDEFGHJKLMPQRSTUVWXYZ';
const SAFE_OTHER = '0123456789 -.,:;!?%/&<>"\'`{}|$#@*+=~^_()（），。、：；“”《》—…·\n\t';
/** Words the builders look for (clusterName, isOutputMeasure, free-text years), with token-safe edges. */
const WORDS = ['产值', '增加值', '工业总产值', '集群', '产业集群', 'cluster', '新材料', '2019年', '2020年末', '约', '超过', '<script>', '&amp;', '{b}', '{c|x}', '🏭', 'ש', 'é', '\u200b', '\u0301'];

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const safeChar = fc.oneof(
  { weight: 4, arbitrary: cjk },
  { weight: 3, arbitrary: fc.constantFrom(...SAFE_LATIN) },
  { weight: 2, arbitrary: fc.constantFrom(...SAFE_OTHER) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
);

/** Non-empty (after trim) reader-safe text; `long` allows a few hundred characters now and then. */
export function safeText(opts: { maxLength?: number; long?: boolean } = {}): fc.Arbitrary<string> {
  return memo(`text${JSON.stringify(opts)}`, () => buildSafeText(opts));
}

function buildSafeText(opts: { maxLength?: number; long?: boolean }): fc.Arbitrary<string> {
  const short = fc.array(safeChar, { minLength: 1, maxLength: opts.maxLength ?? 12 }).map((a) => a.join(''));
  // Long text repeats a short one (cheap to generate and to shrink).
  const long = fc.tuple(short, fc.integer({ min: 20, max: 80 })).map(([t, n]) => t.repeat(n));
  const text = opts.long === false ? short : fc.oneof({ weight: 19, arbitrary: short }, { weight: 1, arbitrary: long });
  return text.filter((s) => s.trim() !== '');
}

/** A plain string or `{ zh?, en? }` with at least one (non-empty) of them. */
export function localized(): fc.Arbitrary<LocalizedText> {
  return memo('localized', () => fc.oneof(
    safeText(),
    fc.record({ zh: safeText() }),
    fc.record({ en: safeText() }),
    fc.record({ zh: safeText(), en: safeText() }),
  ));
}

/** An id: short token-safe text (ids are shown nowhere, but keys are built from them). */
export const safeId = fc.array(fc.constantFrom(...'ghkmpqrsvwxz0123456789_-'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

/** Distinct ids, `n` of them. */
export function uniqueIds(n: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(safeId, { minLength: n, maxLength: n });
}

// ---- numbers --------------------------------------------------------------------------------

/**
 * `realistic`: what statistics publish (integers, up to four decimals, up to 10^12);
 * `any`: every finite double the validators accept, 5e-324 and 1.79e308 included.
 */
export type Magnitudes = 'realistic' | 'any';

/** A finite number ≥ min (0 by default); `signed` allows negatives. */
export function amount(mag: Magnitudes, opts: { signed?: boolean; positive?: boolean } = {}): fc.Arbitrary<number> {
  return memo(`amount${mag}${JSON.stringify(opts)}`, () => buildAmount(mag, opts));
}

function buildAmount(mag: Magnitudes, opts: { signed?: boolean; positive?: boolean }): fc.Arbitrary<number> {
  const realistic = fc.oneof(
    fc.integer({ min: 0, max: 100000 }),
    fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => n / 10 ** d),
    fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000),
    fc.constantFrom(0, 0.5, 1, 99.99, 100, 1000, 5000, 10000, 1e8, 1e12),
  );
  const base =
    mag === 'realistic'
      ? realistic
      : fc.oneof(realistic, fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Number.MIN_VALUE, Number.MAX_VALUE, 1e21, 1e-7));
  const nonNeg = base.map((n) => (Object.is(n, -0) ? 0 : n));
  const positive = opts.positive ? nonNeg.filter((n) => n > 0) : nonNeg;
  if (!opts.signed) return positive;
  return fc.tuple(positive, fc.boolean()).map(([n, neg]) => (neg && n !== 0 ? -n : n));
}

/** A year as a period or a deadline: mostly recent years; with `any`, any finite number. */
export function yearNumber(mag: Magnitudes): fc.Arbitrary<number> {
  const recent = fc.integer({ min: 2010, max: 2030 });
  return mag === 'realistic'
    ? recent
    : fc.oneof({ weight: 8, arbitrary: recent }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 9999 }) }, { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) });
}

// ---- periods --------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const periodYear = fc.integer({ min: 2012, max: 2026 });

/** The supported formats ('2019', '2019-H1', '2019-Q1', '2019-05', '2019-01..09', '2019-W05', '2019-01-31'), near misses and free text. */
export function period(): fc.Arbitrary<string> {
  return memo('period', () => fc.oneof(
    { weight: 4, arbitrary: periodYear.map(String) },
    { weight: 1, arbitrary: fc.tuple(periodYear, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`) },
    { weight: 1, arbitrary: fc.tuple(periodYear, fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}-W${pad(w)}`) },
    { weight: 2, arbitrary: fc.tuple(periodYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`) },
    { weight: 2, arbitrary: fc.tuple(periodYear, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`) },
    { weight: 2, arbitrary: fc.tuple(periodYear, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(periodYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, a, b]) => `${y}-${pad(Math.min(a, b))}..${pad(Math.max(a, b))}`),
    },
    // Near misses are free text: month 13, quarter 5, a reversed span, padding.
    {
      weight: 1,
      arbitrary: fc.oneof(
        periodYear.map((y) => `${y}-13`),
        periodYear.map((y) => `${y}-Q5`),
        periodYear.map((y) => `${y}-09..03`),
        periodYear.map((y) => ` ${y} `),
        periodYear.map((y) => `${y}-00`),
        periodYear.map((y) => `${y}-02-30`),
        periodYear.map((y) => `${y}-W54`),
        periodYear.map((y) => `${y}-H3`),
      ),
    },
    { weight: 2, arbitrary: safeText() },
  ));
}

// ---- sources, observations, targets ---------------------------------------------------------

const HOSTS = ['www.zj.gov.cn', 'example.org', 'news.cn', 'pwc.com', 'sc.gov.cn', 'kexue.ac.cn'];

export const httpUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('http', 'https', 'HTTPS', 'Http'), fc.constantFrom(...HOSTS), fc.array(fc.constantFrom(...'ghkmpqrsvwxz0123456789-_/.'), { maxLength: 12 }))
  .map(([s, h, p]) => `${s}://${h}/${p.join('')}`);

export function source(): fc.Arbitrary<Source> {
  return memo('source', () => fc.oneof(...SOURCE_KINDS.map((kind) => sourceOf(kind))));
}

function sourceOf(kind: Source['kind']): fc.Arbitrary<Source> {
  return fc.record(
    {
      kind: fc.constant(kind),
      quote: kind === 'illustrative' ? fc.oneof(fc.constant(''), safeText()) : safeText(),
      url: kind === 'external' ? httpUrl : fc.oneof(httpUrl, fc.constant('http://')),
      date: fc.oneof(fc.constantFrom('2021-01-05', '2019', '2020-09'), safeText()),
      publisher: safeText(),
      confidence: fc.constantFrom(...CONFIDENCE),
      note: safeText(),
      undated: fc.boolean(),
    },
    { requiredKeys: kind === 'external' ? ['kind', 'quote', 'url'] : ['kind', 'quote'] },
  );
}

export interface ObservationOptions {
  mag: Magnitudes;
  /** Units to pick from (all by default). */
  units?: readonly Unit[];
  /** Negative values allowed (changes). */
  signed?: boolean;
  /** `value: null` allowed. */
  nullable?: boolean;
  period?: fc.Arbitrary<string>;
}

export function observation(o: ObservationOptions): fc.Arbitrary<Observation> {
  return o.period ? buildObservation(o) : memo(`observation${JSON.stringify(o)}`, () => buildObservation(o));
}

function buildObservation(o: ObservationOptions): fc.Arbitrary<Observation> {
  const value = amount(o.mag, { signed: o.signed });
  return fc.record(
    {
      period: o.period ?? period(),
      periodLabel: localized(),
      periodInferred: fc.boolean(),
      value: o.nullable === false ? value : fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }),
      unit: fc.constantFrom(...(o.units ?? UNITS)),
      bound: fc.constantFrom(...BOUNDS),
      revised: fc.boolean(),
      yoyPct: amount(o.mag, { signed: true }),
      measure: localized(),
      note: localized(),
      source: source(),
    },
    { requiredKeys: ['period', 'value', 'unit', 'bound', 'source'] },
  ) as fc.Arbitrary<Observation>;
}

export function referenceTarget(o: { mag: Magnitudes; units?: readonly Unit[]; signed?: boolean }): fc.Arbitrary<ReferenceTarget> {
  return memo(`target${JSON.stringify(o)}`, () => fc.record(
    {
      id: safeId,
      label: localized(),
      value: amount(o.mag, { signed: o.signed }),
      unit: fc.constantFrom(...(o.units ?? UNITS)),
      bound: fc.constantFrom(...BOUNDS),
      year: fc.oneof(yearNumber(o.mag), fc.constant(null)),
      source: source(),
      note: localized(),
    },
    { requiredKeys: ['label', 'value', 'unit', 'bound', 'year', 'source'] },
  ));
}

/** A list of notes, often absent. */
export const notes = fc.array(localized(), { maxLength: 3 });

/** A small palette of units biased toward `unit` (and the other money units when it is money). */
export function unitsNear(unit: Unit): fc.Arbitrary<Unit> {
  return memo(`near${unit}`, () => buildUnitsNear(unit));
}

function buildUnitsNear(unit: Unit): fc.Arbitrary<Unit> {
  const near = MONEY_UNITS.includes(unit) ? MONEY_UNITS : [unit];
  return fc.oneof({ weight: 6, arbitrary: fc.constant(unit) }, { weight: 3, arbitrary: fc.constantFrom(...near) }, { weight: 1, arbitrary: fc.constantFrom(...UNITS) });
}
