/**
 * The derived view of an indicator: which observations are plotted, on which line, where on the
 * time axis, which are derived, converted or left out (and why). Computed once from the data so
 * that the chart, the summary, the tooltip and the table never disagree. Pure functions.
 *
 * Time axis: every period is placed at its MIDPOINT (a year at mid-year, a quarter mid-quarter, a
 * month mid-month, Jan–Sep at the middle of those nine months), in UTC milliseconds (the option
 * sets `useUTC: true`). A value describes its whole period, so annual and quarterly figures of the
 * same dataset sit inside the right year without pretending a year-end or a year-start date.
 *
 * Lines: a line joins only observations that are comparable: the same series, the same vintage
 * (first-published vs revised), the same period length (years, quarters, months, or the same span
 * of months) and the same measure. Two points of a line are joined only when their periods are
 * consecutive; a missing period is a gap, never a zero or a straight line drawn through it.
 */
import type { Bound, LocalizedText, Observation, ReferenceTarget, Unit } from '../../data/types.js';
import { type Period, isoWeekStart, isoWeeksIn, parsePeriod } from '../../core/periods.js';
import { conversionFactor, convert, isMoney, sameUnit } from '../../core/units.js';
import { text } from '../../core/locale.js';
import { formatNumber } from '../../core/format.js';
import type { IndicatorTrendData, IndicatorTrendSeries } from './types.js';

export type Vintage = 'first' | 'revised';

export interface Placement {
  /** Period length: `year`, `half`, `quarter`, `month`, `months:1-9` (a span of months), `week` or `day`. */
  freq: string;
  /** Consecutive periods of one `freq` have consecutive ordinals. */
  ordinal: number;
  start: number;
  end: number;
  /** Midpoint, UTC ms: where the value is drawn. */
  x: number;
}

const DAY = 86400000;
/** The first Monday of 1970: week ordinals count whole weeks from it. */
const MONDAY_0 = Date.UTC(1970, 0, 5);

/** Where a period goes on the time axis; undefined for free text that cannot be placed. */
export function placePeriod(period: string): Placement | undefined {
  const p: Period = parsePeriod(period);
  let freq: string;
  let ordinal: number;
  let start: number;
  let end: number;
  switch (p.kind) {
    case 'year':
      freq = 'year';
      ordinal = p.year;
      start = Date.UTC(p.year, 0, 1);
      end = Date.UTC(p.year + 1, 0, 1);
      break;
    case 'quarter':
      freq = 'quarter';
      ordinal = p.year * 4 + p.quarter - 1;
      start = Date.UTC(p.year, (p.quarter - 1) * 3, 1);
      end = Date.UTC(p.year, p.quarter * 3, 1);
      break;
    case 'month':
      freq = 'month';
      ordinal = p.year * 12 + p.month - 1;
      start = Date.UTC(p.year, p.month - 1, 1);
      end = Date.UTC(p.year, p.month, 1);
      break;
    case 'months':
      freq = `months:${p.from}-${p.to}`;
      ordinal = p.year;
      start = Date.UTC(p.year, p.from - 1, 1);
      end = Date.UTC(p.year, p.to, 1);
      break;
    case 'half':
      freq = 'half';
      ordinal = p.year * 2 + p.half - 1;
      start = Date.UTC(p.year, (p.half - 1) * 6, 1);
      end = Date.UTC(p.year, p.half * 6, 1);
      break;
    case 'week':
      freq = 'week';
      start = isoWeekStart(p.year, p.week);
      end = start + 7 * DAY;
      ordinal = Math.round((start - MONDAY_0) / (7 * DAY));
      break;
    case 'day':
      freq = 'day';
      start = Date.UTC(p.year, p.month - 1, p.day);
      end = start + DAY;
      ordinal = Math.round(start / DAY);
      // A day is drawn at its start (its midpoint would be noon: the axis reads days at midnight).
      return { freq, ordinal, start, end, x: start };
    default:
      return undefined;
  }
  return { freq, ordinal, start, end, x: start + Math.round((end - start) / 2 / DAY) * DAY };
}

/** The period one year before (for a level derived from a year-on-year rate). */
function periodYearBefore(period: string): string | undefined {
  const p = parsePeriod(period);
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (p.kind) {
    case 'year':
      return String(p.year - 1);
    case 'quarter':
      return `${p.year - 1}-Q${p.quarter}`;
    case 'month':
      return `${p.year - 1}-${pad(p.month)}`;
    case 'months':
      return `${p.year - 1}-${pad(p.from)}..${pad(p.to)}`;
    case 'half':
      return `${p.year - 1}-H${p.half}`;
    case 'week':
      return p.week <= isoWeeksIn(p.year - 1) ? `${p.year - 1}-W${pad(p.week)}` : undefined;
    case 'day':
      return p.month === 2 && p.day === 29 ? undefined : `${p.year - 1}-${pad(p.month)}-${pad(p.day)}`;
    default:
      return undefined;
  }
}

export interface Derivation {
  /** "16.2 ÷ (1 + 7.9%)" */
  method: LocalizedText;
  from: Observation;
}

export interface TrendPoint {
  seriesIndex: number;
  lineIndex: number;
  period: string;
  place: Placement;
  /** In `unit`, its line's display unit. */
  value: number;
  /** The display unit of its series (its axis). */
  unit: Unit;
  bound: Bound;
  revised: boolean;
  /** The observation shown (for a derived point: the observation it was computed from). */
  obs: Observation;
  /** Set when the observation's unit was converted to the display unit (not a derived value). */
  convertedFrom?: Unit;
  derived?: Derivation;
  /** Other observations of the same line and period (corroborating or weaker sources). */
  alsoReported: Observation[];
  /** A reported year-on-year rate of this observation. */
  yoyPct?: number;
}

export interface TrendLine {
  index: number;
  seriesIndex: number;
  vintage: Vintage;
  freq: string;
  measure: string;
  /** The display unit of its series. */
  unit: Unit;
  /** Which level axis: 0 (left, the data's unit) or 1 (right, a second unit). */
  axis: 0 | 1;
  points: TrendPoint[];
}

export interface ChangeBar {
  key: string;
  seriesIndex: number;
  period: string;
  place: Placement;
  value: number;
  unit: '%' | 'pp';
  /** Real growth at comparable prices. */
  comparable: boolean;
  /** `yoy`: the yoyPct of a level observation; `series`: a value of a `change` series. */
  kind: 'yoy' | 'series';
  obs: Observation;
  alsoReported: Observation[];
}

export type UnplottedReason = 'period' | 'unit' | 'duplicate' | 'noValue';

export interface Unplotted {
  seriesIndex: number;
  obs: Observation;
  reason: UnplottedReason;
}

export interface TargetLine {
  target: ReferenceTarget;
  /** In the unit of the first level axis; undefined when it does not convert to it (then only tabled). */
  value?: number;
}

export interface TrendModel {
  /** The data the model was built from. */
  data: IndicatorTrendData;
  /** Series ids left out (hidden with the legend); empty for the full model. */
  hidden: ReadonlySet<string>;
  lines: TrendLine[];
  bars: ChangeBar[];
  unplotted: Unplotted[];
  targets: TargetLine[];
  /** The units of the level axes: the data's, and a second one when a series is another quantity. */
  levelUnits: [Unit] | [Unit, Unit];
  /** Unit of the change axis: `%`, `pp`, or undefined when both occur (labels carry the unit). */
  changeUnit?: '%' | 'pp';
  xMin: number;
  xMax: number;
  /** Every plotted level point, in period order (then series order). */
  points: TrendPoint[];
}

export { convert };

const BOUND_RANK: Record<Bound, number> = { exact: 0, approx: 1, lowerBound: 2, estimate: 3 };
const CONF_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Which of several observations of one line and period is drawn: the most exact, then the best source, then the first listed. */
function better(a: Observation, b: Observation): boolean {
  const bound = BOUND_RANK[a.bound] - BOUND_RANK[b.bound];
  if (bound !== 0) return bound < 0;
  return CONF_RANK[a.source.confidence ?? 'medium'] < CONF_RANK[b.source.confidence ?? 'medium'];
}

/** A bound is "uncertain" when the line into or out of it is dashed. */
export function uncertain(p: Pick<TrendPoint, 'bound' | 'derived'>): boolean {
  return p.bound === 'estimate' || p.bound === 'lowerBound' || !!p.derived;
}

/** What an observation of series `s` inherits when it does not say: the series' own, else the data's. */
export function seriesDefaults(data: IndicatorTrendData, s: IndicatorTrendSeries) {
  return { unit: s.unit ?? data.unit, bound: s.bound ?? data.bound, source: s.source ?? data.source, measure: s.measure ?? data.measure };
}

/**
 * A series' observations with the unit, bound, source and measure they inherit from the series
 * and the data filled in (an observation's own value wins). The input is not changed: an
 * observation that inherits nothing is returned as is, the others as copies.
 */
export function seriesObservations(data: IndicatorTrendData, s: IndicatorTrendSeries): Observation[] {
  const { unit, bound, source, measure } = seriesDefaults(data, s);
  return s.observations.map((o) => {
    if (o.unit !== undefined && o.bound !== undefined && o.source !== undefined && (o.measure !== undefined || measure === undefined)) {
      return o as Observation;
    }
    // Validated data has a bound and a source at one of the three levels.
    const full: Observation = { ...o, unit: o.unit ?? unit, bound: (o.bound ?? bound)!, source: (o.source ?? source)! };
    if (full.measure === undefined && measure !== undefined) full.measure = measure;
    return full;
  });
}

function measureKey(o: Observation): string {
  return o.measure ? text(o.measure, 'zh-CN') : '';
}

export function isChangeSeries(s: IndicatorTrendSeries): boolean {
  return s.kind === 'change';
}

/** Decimal places as written (16.2 → 1). */
export function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : Math.min(s.length - dot - 1, 4);
}

/** Rounds a derived value to the precision of the figure it comes from. */
export function roundLike(value: number, like: number): number {
  const f = 10 ** decimals(like);
  return Math.round(value * f) / f;
}

/**
 * The trend model. `hidden` holds series ids switched off in the legend: their points and bars are
 * left out of `lines`/`bars`/`points` (the table and summary use the full model, nothing hidden).
 */
/** A number in a derived level's method, "1234.5 ÷ (1 + 3.2%)": up to 4 decimals, no grouping, in both locales. */
const methodNumber = (n: number) => formatNumber(n, 'zh-CN', 4);

interface LineBuild {
  line: TrendLine;
  lastOrdinal: number;
  byOrdinal?: Map<number, TrendPoint>;
}

/** The `alsoReported` of the (many) points that have none: never pushed to, replaced when one comes. */
const NONE_ALSO = Object.freeze([]) as unknown as Observation[];

export function trendModel(data: IndicatorTrendData, hidden: ReadonlySet<string> = new Set()): TrendModel {
  const lines: TrendLine[] = [];
  const bars: ChangeBar[] = [];
  const unplotted: Unplotted[] = [];
  // The level axes, from every level series (hidden or not, so the axes stay put): the first
  // series' unit on the left, a second quantity on the right. The validator allows no third.
  const levelUnits = levelAxisUnits(data);
  const axisOf = (u: Unit): 0 | 1 | undefined => {
    const i = levelUnits.findIndex((a) => conversionFactor(u, a) !== undefined);
    return i === 0 || i === 1 ? i : undefined;
  };

  data.series.forEach((s, si) => {
    const off = hidden.has(s.id);
    const axis = axisOf(s.unit ?? data.unit) ?? 0;
    const lineUnit = levelUnits[axis]!;
    const lineMap = new Map<string, TrendLine>();
    /**
     * Per line, the last period ordinal added and, only once a period comes out of order, its
     * points by ordinal: a series in period order (the usual case) needs no map of 10,000 entries.
     */
    const builds = new Map<TrendLine, LineBuild>();
    const barMap = new Map<string, ChangeBar>();
    let last: { vintage: Vintage; freq: string; measure: string; build: LineBuild } | undefined;
    let anyYoy = false;

    const addBar = (o: Observation, place: Placement, value: number, unit: '%' | 'pp', kind: ChangeBar['kind']) => {
      const k = `${place.freq}|${o.period}`;
      const existing = barMap.get(k);
      if (existing) {
        existing.alsoReported.push(o);
        return;
      }
      barMap.set(k, {
        key: `${s.id}|change|${o.period}`,
        seriesIndex: si,
        period: o.period,
        place,
        value,
        unit,
        comparable: kind === 'yoy' && !!s.yoyAtComparablePrices,
        kind,
        obs: o,
        alsoReported: [],
      });
    };

    for (const o of seriesObservations(data, s)) {
      const place = placePeriod(o.period);
      if (!place) {
        unplotted.push({ seriesIndex: si, obs: o, reason: 'period' });
        continue;
      }
      if (isChangeSeries(s)) {
        if (o.value === null) {
          unplotted.push({ seriesIndex: si, obs: o, reason: 'noValue' });
          continue;
        }
        if (o.unit === '%' || o.unit === 'pp') addBar(o, place, o.value, o.unit as '%' | 'pp', 'series');
        else unplotted.push({ seriesIndex: si, obs: o, reason: 'unit' });
        continue;
      }
      if (o.yoyPct !== undefined) {
        anyYoy = true;
        addBar(o, place, o.yoyPct, '%', 'yoy');
      }
      if (o.value === null) {
        if (o.yoyPct === undefined) unplotted.push({ seriesIndex: si, obs: o, reason: 'noValue' });
        continue;
      }
      const value = convert(o.value, o.unit, lineUnit);
      if (value === undefined) {
        unplotted.push({ seriesIndex: si, obs: o, reason: 'unit' });
        continue;
      }
      const vintage: Vintage = s.vintage === 'revised' || o.revised ? 'revised' : 'first';
      const measure = measureKey(o);
      // Consecutive observations almost always share their line: no key built for them.
      let build = last && last.vintage === vintage && last.freq === place.freq && last.measure === measure ? last.build : undefined;
      if (!build) {
        const lineKey = `${vintage}|${place.freq}|${measure}`;
        let known = lineMap.get(lineKey);
        if (!known) {
          known = { index: -1, seriesIndex: si, vintage, freq: place.freq, measure, unit: lineUnit, axis, points: [] };
          lineMap.set(lineKey, known);
          builds.set(known, { line: known, lastOrdinal: -Infinity });
        }
        build = builds.get(known)!;
        last = { vintage, freq: place.freq, measure, build };
      }
      const line = build.line;
      const point: TrendPoint = {
        seriesIndex: si,
        lineIndex: -1,
        period: o.period,
        place,
        value,
        unit: lineUnit,
        bound: o.bound,
        revised: vintage === 'revised',
        obs: o,
        convertedFrom: sameUnit(o.unit, lineUnit) ? undefined : o.unit,
        // Shared until a point has one (below): no empty array per point of a long series.
        alsoReported: NONE_ALSO,
        yoyPct: o.yoyPct,
      };
      if (place.ordinal > build.lastOrdinal) {
        // After every period so far: new to the line.
        build.lastOrdinal = place.ordinal;
        build.byOrdinal?.set(place.ordinal, point);
        line.points.push(point);
        continue;
      }
      const points = (build.byOrdinal ??= new Map(line.points.map((q) => [q.place.ordinal, q])));
      const existing = points.get(place.ordinal);
      if (!existing) {
        points.set(place.ordinal, point);
        line.points.push(point);
      } else if (better(o, existing.obs)) {
        // The better observation is drawn; the one it replaces is listed as also reported.
        const at = line.points.indexOf(existing);
        point.alsoReported = [existing.obs, ...existing.alsoReported];
        line.points[at] = point;
        points.set(place.ordinal, point);
      } else {
        existing.alsoReported = [...existing.alsoReported, o];
      }
    }

    // Derived previous levels: only from a nominal growth rate (never at comparable prices), only
    // for levels of money or counts, only where the previous period is not reported in that line.
    if (anyYoy && !s.yoyAtComparablePrices && !isChangeSeries(s)) {
      for (const line of lineMap.values()) {
        const ordinals = new Set(line.points.map((q) => q.place.ordinal));
        for (const p of [...line.points]) {
          if (p.yoyPct === undefined || p.derived) continue;
          if (!(isMoney(lineUnit) || lineUnit === 'count' || lineUnit === 'people')) continue;
          if (p.bound !== 'exact' && p.bound !== 'approx') continue;
          if (p.yoyPct <= -100) continue;
          const prev = periodYearBefore(p.period);
          const place = prev ? placePeriod(prev) : undefined;
          if (!prev || !place) continue;
          if (ordinals.has(place.ordinal)) continue;
          const raw = p.obs.value as number;
          const value = p.value / (1 + p.yoyPct / 100);
          if (!Number.isFinite(value)) continue; // never a derived level of ∞
          ordinals.add(place.ordinal);
          line.points.push({
            seriesIndex: si,
            lineIndex: -1,
            period: prev,
            place,
            value,
            unit: lineUnit,
            bound: 'approx',
            revised: p.revised,
            obs: p.obs,
            derived: {
              method: {
                zh: `${methodNumber(raw)} ÷ (1 + ${methodNumber(p.yoyPct)}%)`,
                en: `${methodNumber(raw)} ÷ (1 + ${methodNumber(p.yoyPct)}%)`,
              },
              from: p.obs,
            },
            convertedFrom: p.convertedFrom,
            alsoReported: [],
          });
        }
      }
    }

    for (const line of lineMap.values()) {
      line.points.sort((a, b) => a.place.ordinal - b.place.ordinal);
      if (!off) lines.push(line);
    }
    if (!off) bars.push(...barMap.values());
    // Observations that lost to a better one in the same line and period are in `alsoReported`;
    // the table lists them with the reason.
    for (const line of lineMap.values()) {
      for (const p of line.points) for (const o of p.alsoReported) unplotted.push({ seriesIndex: si, obs: o, reason: 'duplicate' });
    }
    for (const b of barMap.values()) {
      if (b.kind === 'series') for (const o of b.alsoReported) unplotted.push({ seriesIndex: si, obs: o, reason: 'duplicate' });
    }
  });

  lines.forEach((l, i) => {
    l.index = i;
    for (const p of l.points) p.lineIndex = i;
  });
  bars.sort((a, b) => a.place.x - b.place.x || a.seriesIndex - b.seriesIndex);

  const targets: TargetLine[] = (data.targets ?? []).map((t) => ({ target: t, value: convert(t.value, t.unit, levelUnits[0]) }));
  // One line is in period order already (sorted above, one point per period).
  const points =
    lines.length === 1
      ? lines[0]!.points.slice()
      : lines.flatMap((l) => l.points).sort((a, b) => a.place.x - b.place.x || a.seriesIndex - b.seriesIndex || a.lineIndex - b.lineIndex);

  const units = new Set(bars.map((b) => b.unit));
  let xMin = Infinity;
  let xMax = -Infinity;
  for (const list of [points, bars]) {
    for (const p of list) {
      if (p.place.start < xMin) xMin = p.place.start;
      if (p.place.end > xMax) xMax = p.place.end;
    }
  }
  if (points.length) {
    for (const t of targets) {
      if (t.value !== undefined && t.target.year !== null) xMax = Math.max(xMax, Date.UTC(t.target.year + 1, 0, 1));
    }
  }
  return {
    data,
    hidden,
    levelUnits,
    lines,
    bars,
    unplotted,
    targets,
    changeUnit: units.size === 1 ? [...units][0] : undefined,
    xMin,
    xMax,
    points,
  };
}

/** Two points of a line are joined when their periods are consecutive. */
export function consecutive(a: TrendPoint, b: TrendPoint): boolean {
  return b.place.ordinal - a.place.ordinal === 1;
}

/** Periods missing between the first and last point of a line (the gaps drawn as breaks). */
export function missingPeriods(line: TrendLine, limit = Infinity): { count: number; periods: string[] } {
  const name = periodOfOrdinal(line.freq);
  if (!name) return { count: 0, periods: [] };
  const periods: string[] = [];
  let count = 0;
  const pts = line.points.filter((p) => !p.derived);
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1].place.ordinal;
    const b = pts[i].place.ordinal;
    count += Math.max(0, b - a - 1);
    for (let o = a + 1; o < b && periods.length < limit; o++) periods.push(name(o));
  }
  return { count, periods };
}

/** The period of an ordinal of a frequency (the inverse of placePeriod); undefined for spans of months. */
function periodOfOrdinal(freq: string): ((ordinal: number) => string) | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  switch (freq) {
    case 'year':
      return (o) => String(o);
    case 'half':
      return (o) => `${Math.floor(o / 2)}-H${(o % 2) + 1}`;
    case 'quarter':
      return (o) => `${Math.floor(o / 4)}-Q${(o % 4) + 1}`;
    case 'month':
      return (o) => `${Math.floor(o / 12)}-${pad((o % 12) + 1)}`;
    case 'day':
      return (o) => iso(o * DAY);
    case 'week':
      return (o) => {
        // The ISO week of the Monday `o` weeks after MONDAY_0: the year of its Thursday.
        const monday = MONDAY_0 + o * 7 * DAY;
        const year = new Date(monday + 3 * DAY).getUTCFullYear();
        return `${year}-W${pad(Math.round((monday - isoWeekStart(year, 1)) / (7 * DAY)) + 1)}`;
      };
    default:
      return undefined;
  }
}

/** The units of the level axes: the first level series' unit (else the data's), and a second quantity's. */
export function levelAxisUnits(data: IndicatorTrendData): [Unit] | [Unit, Unit] {
  const units: Unit[] = [];
  for (const s of data.series) {
    if (isChangeSeries(s)) continue;
    // A series of the data's quantity is drawn in the data's unit (万元 on a 亿元 axis).
    const own = s.unit ?? data.unit;
    const u = conversionFactor(own, data.unit) !== undefined ? data.unit : own;
    if (!units.some((a) => conversionFactor(u, a) !== undefined) && units.length < 2) units.push(u);
  }
  return units.length === 2 ? [units[0], units[1]] : [units[0] ?? data.unit];
}

/** True when nothing can be plotted (no level point and no change bar): the empty state. */
export function nothingPlotted(m: TrendModel): boolean {
  return m.points.length === 0 && m.bars.length === 0;
}

/** What is drawn: the model with the legend's hidden series left out (the model itself when none are). */
export function trendView(m: TrendModel, hidden: ReadonlySet<string>): TrendModel {
  return hidden.size === 0 ? m : trendModel(m.data, hidden);
}
