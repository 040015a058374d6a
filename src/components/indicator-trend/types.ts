/**
 * The public data type of `<civic-indicator-trend>`: one indicator, or a few comparable ones, over
 * periods. Observations are the shared `Observation` of `src/data/types.ts`: each carries its unit,
 * period, bound (exact / lower bound / approximate / estimate), revision flag, year-on-year change
 * and source. `unit`, `bound`, `source` and `measure` may be given once, on the data or on a
 * series, and are inherited by its observations (an observation's own value wins). Nothing here
 * is derived: previous levels computed from growth rates, unit conversions and changes over the
 * range are computed by the element and marked as such where shown.
 */
import type { Bound, LocalizedText, Observation, ReferenceTarget, Source, Unit } from '../../data/types.js';

/** An observation whose unit, bound and source may come from its series or the data. */
export type TrendObservation = Omit<Observation, 'unit' | 'bound' | 'source'> & {
  unit?: Unit;
  bound?: Bound;
  source?: Source;
};

/** One series of observations drawn together (a legend entry). */
export interface IndicatorTrendSeries {
  /** Stable id within the data (used in `civic-select` details and legend state). */
  id: string;
  name: LocalizedText;
  /**
   * `level` (default): values are levels, drawn as a line on the level axis, in the data's `unit`.
   * `change`: values are changes (a growth rate in `%`, or `pp`), drawn as bars on the change axis.
   */
  kind?: 'level' | 'change';
  /**
   * `revised`: every value of the series is a revised value. Otherwise each observation's own
   * `revised` flag decides; revised and first-published values are never joined into one line.
   */
  vintage?: 'first' | 'revised';
  /**
   * True when `yoyPct` is real growth at comparable prices: no previous level is ever derived
   * from it (GDP, added value).
   */
  yoyAtComparablePrices?: boolean;
  /**
   * The series' unit (default: the data's). A level series in a unit that does not convert to the
   * data's is drawn on a second axis; a trend shows at most two such units.
   */
  unit?: Unit;
  /** Values may be below zero (overrides the data's `signed`). */
  signed?: boolean;
  /** Inherited by observations that give none. */
  bound?: Bound;
  source?: Source;
  measure?: LocalizedText;
  observations: TrendObservation[];
}

/** Data for `<civic-indicator-trend>`. */
export interface IndicatorTrendData {
  /** Stable id (the record id for bundled data). */
  id?: string;
  /** Optional title; defaults to `name`. */
  title?: LocalizedText;
  /** The indicator's name. */
  name: LocalizedText;
  /**
   * The unit of level series and the default of every observation. Values in another magnitude of
   * the same base (万元 for 亿元, 人 for 万人) are converted to it (and marked "converted").
   */
  unit: Unit;
  /**
   * Levels may be below zero: a temperature anomaly, a net migration, a balance, a profit that
   * turned into a loss. Without it, levels of money, counts and shares must be at least 0.
   */
  signed?: boolean;
  /** What is measured, shown under the title; also the default measure of every observation. */
  measure?: LocalizedText;
  /** Where (Ningbo city, current prices), shown under the title. */
  scope?: LocalizedText;
  /** Inherited by observations (and series) that give none. */
  bound?: Bound;
  source?: Source;
  series: IndicatorTrendSeries[];
  /** Goals drawn as reference lines (R&D intensity 3.4% by 2025, the later 3.6%). */
  targets?: ReferenceTarget[];
  /** Caveats shown under the chart. */
  notes?: LocalizedText[];
}
