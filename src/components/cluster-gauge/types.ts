/**
 * The public data type of `<civic-cluster-gauge>`: one industrial cluster against its tier target,
 * with the plan's tier thresholds as bands. The value is the shared `Observation` (unit, period,
 * bound, source); the share of the target reached is derived by the element, never stored.
 */
import type { LocalizedText, Observation, Source, Tier, TierThreshold, Unit } from '../../data/types.js';

export type { Tier, TierThreshold };

/** Data for `<civic-cluster-gauge>`: one industrial cluster against its tier target. */
export interface ClusterGaugeData {
  /** Stable id (the record id for bundled data). */
  id?: string;
  name: LocalizedText;
  tier: Tier;
  /** The tier thresholds drawn as bands, ascending. Defaults to 1,000 / 5,000 / 10,000 亿元. */
  tiers?: TierThreshold[];
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
