/**
 * The public data type of `<civic-indicator-trend>`: one indicator, or a few comparable ones, over
 * periods. Observations are the shared `Observation` of `src/data/types.ts`: each carries its unit,
 * period, bound (exact / lower bound / approximate / estimate), revision flag, year-on-year change
 * and source. Nothing here is derived: previous levels computed from growth rates, unit conversions
 * and changes over the range are computed by the element and marked as such where shown.
 */
import type { LocalizedText, Observation, ReferenceTarget, Unit } from '../../data/types.js';

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
  observations: Observation[];
}

/** Data for `<civic-indicator-trend>`. */
export interface IndicatorTrendData {
  /** Stable id (the record id for bundled data). */
  id?: string;
  /** Optional title; defaults to `name`. */
  title?: LocalizedText;
  /** The indicator's name. */
  name: LocalizedText;
  /** The display unit of level series: values in another money unit are converted to it (and marked "converted"). */
  unit: Unit;
  /** What is measured, shown under the title. */
  measure?: LocalizedText;
  /** Where (Ningbo city, current prices), shown under the title. */
  scope?: LocalizedText;
  series: IndicatorTrendSeries[];
  /** Goals drawn as reference lines (R&D intensity 3.4% by 2025, the later 3.6%). */
  targets?: ReferenceTarget[];
  /** Caveats shown under the chart. */
  notes?: LocalizedText[];
}
