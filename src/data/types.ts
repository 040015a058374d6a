/**
 * The data model shared by every civic-charts element and the bundled report dataset.
 *
 * Every number carries what a reader needs to trust it: its unit, its period, how exact it is
 * (`bound`), whether it was revised, and its source. Derived values are never stored: each element
 * computes them in its model and marks them `derived` where they are shown.
 */

/** How exact a reported value is. */
export type Bound =
  /** a plain number as published */
  | 'exact'
  /** 超过 / 超 / 多 / 以上 / 突破 / "over": the true value is at least this */
  | 'lowerBound'
  /** 左右 / 约 / rounded (1.57 trillion) / an order-of-magnitude phrase (百亿) */
  | 'approx'
  /** 预计: a preliminary estimate written before final statistics */
  | 'estimate';

/** Units as published: the report's (亿元 … seconds) keep their formatting; any other is shown as given (see core/units.ts). */
export type { KnownUnit, Unit } from '../core/units.js';
import type { Unit } from '../core/units.js';

/** Text in the report's language with an optional English rendering. A plain string is used as is. */
export type LocalizedText = string | { zh?: string; en?: string };

/** Where a figure comes from. */
export interface Source {
  /** `seed`: the report itself; `external`: another public page; `illustrative`: made-up data for stories and tests. */
  kind: 'seed' | 'external' | 'illustrative';
  /** The exact text the figure was taken from. */
  quote: string;
  /** The page of the original publication, for `external` sources. */
  url?: string;
  /**
   * Where the text was found when the original is not online: a mirror or a copy. Listed in the
   * table's source column, never named as the source.
   */
  copyUrl?: string;
  /** The title of the original publication. */
  title?: string;
  /** ISO date (or partial date) of the original publication, when known. */
  date?: string;
  /** Who published the original, shown in source lines (for example "宁波日报", "China Daily"). */
  publisher?: string;
  /** How far the page can be trusted; `low` figures render flagged. */
  confidence?: 'high' | 'medium' | 'low';
  /** True when the page carries no date (then `date` is absent). */
  undated?: boolean;
  note?: LocalizedText;
}

/** One reported figure. */
export interface Observation {
  /**
   * The period: `2019` (a year), `2019-Q1` (a quarter), `2019-05` (a month), `2022-01..09` (a
   * span of months), or free text when the source states none (shown as written).
   */
  period: string;
  /** How to show a free-text period in each language (free-text periods only). */
  periodLabel?: LocalizedText;
  /** True when the period is inferred from context rather than written in the source. */
  periodInferred?: boolean;
  /** The level; null when only a growth rate is reported. */
  value: number | null;
  unit: Unit;
  bound: Bound;
  /** True for a value revised after first publication (for example after an economic census). */
  revised?: boolean;
  /** Year-on-year change in percent, as reported. */
  yoyPct?: number;
  /** What is measured (工业总产值, 工业增加值, …). */
  measure?: LocalizedText;
  note?: LocalizedText;
  source: Source;
}

export type Tier = '万亿级' | '五千亿级' | '千亿级';

/** A tier of the 246 plan and its output threshold. */
export interface TierThreshold {
  tier: Tier;
  value: number;
  unit: Unit;
}

// ---- The bundled report dataset (seeds/*.json) ------------------------------------------------

/** The ten county-level districts of Ningbo, named as in the district map. */
export type District =
  | '海曙区'
  | '江北区'
  | '北仑区'
  | '镇海区'
  | '鄞州区'
  | '奉化区'
  | '余姚市'
  | '慈溪市'
  | '宁海县'
  | '象山县';

/** An institute's role in the report; one institute can hold several. */
export type InstituteStatus =
  /** named in 「先后引进建设了…」 */
  | 'introduced'
  /** one of the six in 「…等6家研究院已经启动实质性建设」 */
  | 'substantiveConstruction'
  /** 「积极洽谈引进…」 */
  | 'toBeIntroduced'
  /** 「规划建设…甬江实验室」 */
  | 'plannedLab'
  /** named only for results or media coverage */
  | 'mentioned';

/** `sourced`: a source states the place; `inferred`: reasoned from sources; `unknown`: not known. */
export type LocationConfidence = 'sourced' | 'inferred' | 'unknown';

export interface InstituteLocation {
  /** null when unknown or only hinted at: a null district is never plotted. */
  district: District | null;
  /** A zone inside or across districts (梅山, 宁波国家高新区, 杭州湾新区), when known. */
  zone: string | null;
  confidence: LocationConfidence;
  sources: Source[];
  note?: LocalizedText;
}

export interface SeedInstitute {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: 'institute' | 'campus' | 'lab' | 'platform';
  statuses: InstituteStatus[];
  seedQuote: Source;
  location: InstituteLocation;
  /** Cluster ids the institute serves; [] when no source says (everywhere, so far). */
  alignedClusterIds: string[];
  aliases?: string[];
  note?: LocalizedText;
}

/** seeds/institutes.json: the institutes named in the report and the report's counts. */
export interface SeedInstitutes {
  counts: {
    /** 60 industrial technology research institutes */
    total: Observation;
    /** 52 of them aligned with the 246 clusters */
    aligned246: Observation;
    /** 12 introduced since 2018 */
    newSince2018: Observation;
    /** 6 of the 12 under substantive construction */
    substantiveConstruction: Observation;
  };
  institutes: SeedInstitute[];
  notes?: LocalizedText[];
  /** Pages about things that share a name with a seed entry but are not it. */
  context?: Source[];
}

/** A goal drawn as a reference line (an indicator's target, a later revised target). */
export interface ReferenceTarget {
  /** The targets.json record, when the goal has one. */
  id?: string;
  label: LocalizedText;
  value: number;
  unit: Unit;
  bound: Bound;
  year: number | null;
  source: Source;
  note?: LocalizedText;
}

/** One indicator of seeds/indicators.json (or the clusters' aggregate series). */
export interface SeedIndicator {
  id: string;
  nameZh: string;
  nameEn: string;
  scope: LocalizedText;
  /** The main unit; single observations may use another money unit (万亿元 where the source did). */
  unit: Unit;
  measure: LocalizedText;
  observations: Observation[];
  notes?: LocalizedText[];
  targets?: ReferenceTarget[];
  /** True when yoyPct is real growth at comparable prices: never derive previous levels from it. */
  yoyAtComparablePrices?: boolean;
  /** Ids of indicators that belong with this one. */
  related?: string[];
}

/** One goal of seeds/targets.json. */
export interface SeedTarget {
  id: string;
  /** `goal`: stated in a source; `ratio`: a part of a whole the report gives, shown as progress. */
  kind: 'goal' | 'ratio';
  goalZh: string;
  goalEn: string;
  target: { value: number; unit: Unit; bound: Bound };
  /** The deadline year; null when no year can be given. */
  deadline: number | null;
  deadlineInferred: boolean;
  deadlineNote: LocalizedText;
  baseline: Observation | null;
  /** Outturns toward the goal, oldest first; empty when none was found (never invented). */
  progress: Observation[];
  source: Source;
  /** The indicator that measures progress, when there is one. */
  indicatorId?: string;
  /** Later goals that replaced or raised this one. */
  laterTargets?: ReferenceTarget[];
  notes?: LocalizedText[];
}

/** A tier of the 246 plan with its threshold and where the threshold is stated. */
export interface PlanTier {
  tier: Tier;
  /** How many clusters the tier has (2, 4, 6). */
  count: number;
  threshold: TierThreshold;
  measure: LocalizedText;
  source: Source;
}

/** The "246" plan itself. */
export interface ClusterPlan {
  nameZh: string;
  nameEn: string;
  seedQuote: Source;
  policyDocument: Source;
  /** The plan's first year (2019). */
  firstYear: number;
  /** The plan's last year (2022): from 2023 figures belong to the "361" plan. */
  lastYear: number;
  lifeNote: LocalizedText;
  supersededBy: { name: LocalizedText; year: number; source: Source };
  /** Descending, as the plan lists them (万亿级, 五千亿级, 千亿级). */
  tiers: PlanTier[];
  /** null: no source confirms a target year. */
  targetYear: number | null;
  targetYearNote: LocalizedText;
  targetYearEvidence: Source;
  notes?: LocalizedText[];
  context?: Source[];
  /** All clusters together (record id `cluster246_added_value`). */
  aggregate: SeedIndicator;
}

export interface SeedCluster {
  id: string;
  nameZh: string;
  nameEn: string;
  tier: Tier;
  namedInSeed: boolean;
  /** Where the cluster's tier is stated. */
  structureSource: Source;
  /** The report's own words naming it, when it does. */
  seedQuote?: Source;
  /** Every figure found for the cluster (may be empty); measures differ, see each `measure`. */
  observations: Observation[];
  notes?: LocalizedText[];
  /** Qualitative sources about the cluster (no figure). */
  context?: Source[];
}

/** seeds/clusters.json */
export interface SeedClusters {
  plan: ClusterPlan;
  clusters: SeedCluster[];
}

/** seeds/report.json: what is known about the report itself. */
export interface ReportMeta {
  /** The seed file, relative to the shared data folder. */
  seedFile: string;
  seedBytes: number;
  /** The scraped copy carries no headline. */
  headline: null;
  /** A description of the report (ours, not its title). */
  description: LocalizedText;
  byline: Source;
  photoCredit: Source;
  /** The publication date; null: not stated. */
  date: null;
  /** The inferred time of writing, as a period ('2019-05..06'). */
  dateInferred: string;
  dateNote: LocalizedText;
  conferenceDate: { value: string | null; note: LocalizedText; sources: Source[] };
  provenance: {
    note: LocalizedText;
    footer: Source;
    probableOutlet: LocalizedText;
    /** A page by the same reporters in that outlet (evidence, not confirmation). */
    probableOutletEvidenceUrl: string;
  };
  /** How relative time words of the report map to periods (一季度 = 2019-Q1, …). */
  periodConventions: LocalizedText[];
  boundLegend: Record<Bound, LocalizedText>;
  confidenceLegend: Record<'high' | 'medium' | 'low', LocalizedText>;
  locationConfidenceLegend: Record<LocationConfidence, LocalizedText>;
  unitsNote: LocalizedText;
  derivedValuesNote: LocalizedText;
}
