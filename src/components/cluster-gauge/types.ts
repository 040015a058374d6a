/**
 * The public data type of `<civic-cluster-gauge>`: one industrial cluster against its tier target,
 * with the plan's tier thresholds as bands. Any plan's bands can be given as data (one to six, in
 * any unit); without them the 246 plan's three are drawn. The value is the shared `Observation`;
 * the share of the target reached is derived by the element, never stored.
 */
import type { LocalizedText, Observation, Source, Tier, Unit } from '../../data/types.js';

export type { Tier };

/** A band of the scale: a tier of a plan and the threshold that starts it. */
export interface GaugeTier {
  /** The tier's name or id (`千亿级`, or any plan's own, e.g. `gold`); unique within `tiers`. */
  tier: string;
  /** How the tier is named to readers, when not its `tier` (the 246 plan's tiers have their own names). */
  label?: LocalizedText;
  /** The threshold, in `unit` (which must be the target's). */
  value: number;
  unit: Unit;
}

/** Data for `<civic-cluster-gauge>`: one industrial cluster against its tier target. */
export interface ClusterGaugeData {
  /** Stable id (the record id for bundled data). */
  id?: string;
  name: LocalizedText;
  /** The cluster's tier: one of `tiers[].tier`, or of the 246 plan's (千亿级, 五千亿级, 万亿级) when `tiers` is absent. */
  tier: string;
  /** One to six tier thresholds drawn as bands (any order). Defaults to the 246 plan's 1,000 / 5,000 / 10,000 亿元. */
  tiers?: GaugeTier[];
  /** The cluster's own target (the threshold of its tier). */
  target: {
    value: number;
    unit: Unit;
    /** What the target measures (产值, output value). */
    measure?: LocalizedText;
    /** Target year; null when no source confirms one. */
    year: number | null;
    yearNote?: LocalizedText;
    source: Source;
  };
  /** The figure the gauge shows; null when none is reported (the element is then `empty`). */
  value: Observation | null;
  /** Other reported figures for the cluster, listed in the data table only. */
  otherObservations?: Observation[];
  /** Optional title; defaults to the cluster's name. */
  title?: LocalizedText;
  /** Notes shown under the chart (context, caveats). */
  notes?: LocalizedText[];
}
