/**
 * The bundled report dataset (seeds/*.json), loaded lazily: each file is a separate dynamic
 * import, so a page that shows one element downloads only the data that element needs. Every
 * function hands out fresh copies; the loaded modules are never mutated.
 */
import type {
  ClusterGaugeData,
  ClusterPlan,
  LocalizedText,
  Observation,
  ReportMeta,
  SeedCluster,
  SeedClusters,
  SeedIndicator,
  SeedInstitutes,
  SeedTarget,
  TierThreshold,
  Unit,
} from './types.js';

/** Record ids of `<civic-cluster-gauge>`: the twelve clusters of the 246 plan. */
export const clusterRecordIds: readonly string[] = [
  'green_petrochem',
  'automotive',
  'high_end_equipment',
  'electronic_info',
  'new_materials',
  'software_services',
  'key_components',
  'smart_appliances',
  'fashion_textiles',
  'biomedicine',
  'stationery_sports',
  'energy_env',
];

/** The clusters' aggregate series; it lives in clusters.json but loads as an indicator. */
const AGGREGATE_ID = 'cluster246_added_value';

/** Record ids of `<civic-indicator-trend>` (indicators.json, plus the clusters' aggregate). */
export const indicatorRecordIds: readonly string[] = [
  'gdp',
  'rd_intensity',
  'rd_intensity_change_pp',
  'rd_expenditure',
  'rd_expenditure_growth',
  'tech_transactions',
  'hitech_enterprise_count',
  'hitech_enterprise_new',
  'innovative_startups_new',
  'innovative_startups_cumulative',
  'industrial_output_above_scale',
  'research_institutes',
  'institutes_aligned_246',
  'institutes_new_since_2018',
  'institutes_substantive_construction',
  'institute_projects_municipal_plus',
  'institute_new_products',
  'institute_in_transformation',
  'institute_talent',
  'institute_rd_share',
  'institute_phd',
  'tech_transactions_province_share',
  'hitech_revenue',
  'hitech_new_product_output',
  'hitech_export_delivery',
  'talent_net_inflow_rank',
  'iiot_institute_vc',
  'special_projects_2025',
  'special_projects_2025_funding',
  'first_batch_funded_projects',
  'first_batch_funding',
  'first_batch_proposed_projects',
  'first_batch_local_lead_share',
  'cctv_report_length',
  AGGREGATE_ID,
];

/** Record ids of `<civic-target-progress>`. */
export const targetRecordIds: readonly string[] = [
  'rd_intensity_2025',
  'core_tech_5y',
  'strategic_products_5y',
  'startups_year',
  'new_hitech_year',
  'institutes_substantive_construction_share',
  'institutes_aligned_246_share',
];

/** The record id of `<civic-institute-map>`: the whole institute set. */
export const instituteRecordId = 'institutes';

// ---- lazy module loading -------------------------------------------------------------------

/** Caches one dynamic import; a failed import is retried on the next call. */
function lazy<T>(load: () => Promise<{ default: unknown }>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().then(
      (m) => m.default as T,
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
}

const clustersFile = lazy<SeedClusters>(() => import('../../seeds/clusters.json'));
const indicatorsFile = lazy<{ indicators: SeedIndicator[] }>(() => import('../../seeds/indicators.json'));
const targetsFile = lazy<{ targets: SeedTarget[] }>(() => import('../../seeds/targets.json'));
const institutesFile = lazy<SeedInstitutes>(() => import('../../seeds/institutes.json'));
const reportFile = lazy<ReportMeta>(() => import('../../seeds/report.json'));

// ---- raw seed records ----------------------------------------------------------------------

/** The 246 plan (tiers, thresholds, life, aggregate series). */
export async function loadClusterPlan(): Promise<ClusterPlan> {
  return structuredClone((await clustersFile()).plan);
}

/** One cluster as stored in the seed; undefined for an unknown id. */
export async function loadCluster(id: string): Promise<SeedCluster | undefined> {
  if (!clusterRecordIds.includes(id)) return undefined;
  const cluster = (await clustersFile()).clusters.find((c) => c.id === id);
  return cluster && structuredClone(cluster);
}

/** One indicator (or the clusters' aggregate `cluster246_added_value`); undefined for an unknown id. */
export async function loadIndicator(id: string): Promise<SeedIndicator | undefined> {
  if (!indicatorRecordIds.includes(id)) return undefined;
  if (id === AGGREGATE_ID) return structuredClone((await clustersFile()).plan.aggregate);
  const indicator = (await indicatorsFile()).indicators.find((i) => i.id === id);
  return indicator && structuredClone(indicator);
}

/** One target; undefined for an unknown id. */
export async function loadTarget(id: string): Promise<SeedTarget | undefined> {
  if (!targetRecordIds.includes(id)) return undefined;
  const target = (await targetsFile()).targets.find((t) => t.id === id);
  return target && structuredClone(target);
}

/** The institutes named in the report, their locations and the report's counts. */
export async function loadInstitutes(): Promise<SeedInstitutes> {
  return structuredClone(await institutesFile());
}

/** What is known about the report itself (byline, inferred date, provenance, legends). */
export async function loadReportMeta(): Promise<ReportMeta> {
  return structuredClone(await reportFile());
}

// ---- the cluster gauge ---------------------------------------------------------------------

/** The year a period starts in ('2020', '2019-Q1', '2022-01..09' → the year); undefined when unstated. */
export function periodYear(period: string): number | undefined {
  const m = /^(\d{4})(?!\d)/.exec(period.trim());
  return m ? Number(m[1]) : undefined;
}

/** True for output measures (产值: 工业总产值, 规上工业产值…), false for added value (增加值) or none. */
export function isOutputMeasure(measure: LocalizedText | undefined): boolean {
  const zh = typeof measure === 'string' ? measure : (measure?.zh ?? '');
  return zh.includes('产值') && !zh.includes('增加值');
}

/**
 * The figure a cluster's gauge shows: the latest output observation (产值, not 增加值) in the
 * target's unit whose period lies in the plan's life (year ≤ plan.lastYear) or is unstated.
 * A dated figure counts as later than an undated one; among equals the first listed wins.
 */
export function gaugeObservation(cluster: SeedCluster, plan: ClusterPlan, unit: Unit = '亿元'): Observation | null {
  let best: Observation | null = null;
  let bestYear = -Infinity;
  for (const o of cluster.observations) {
    if (o.value === null || o.unit !== unit || !isOutputMeasure(o.measure)) continue;
    const year = periodYear(o.period);
    if (year !== undefined && year > plan.lastYear) continue;
    const rank = year ?? -Infinity;
    if (best === null || rank > bestYear) {
      best = o;
      bestYear = rank;
    }
  }
  return best;
}

const yearList = (years: number[]): string => [...new Set(years)].sort((a, b) => a - b).join(', ');

/** Builds the `<civic-cluster-gauge>` data of one seed cluster. Pure: the inputs are not changed. */
export function toClusterGaugeData(cluster: SeedCluster, plan: ClusterPlan): ClusterGaugeData {
  const planTier = plan.tiers.find((t) => t.tier === cluster.tier);
  if (!planTier) throw new Error(`the 246 plan has no tier ${cluster.tier}`);
  const tiers: TierThreshold[] = plan.tiers
    .map((t) => ({ ...t.threshold }))
    .sort((a, b) => a.value - b.value);

  const shown = gaugeObservation(cluster, plan, planTier.threshold.unit);
  const value = shown && structuredClone(shown);
  const otherObservations = cluster.observations.filter((o) => o !== shown).map((o) => structuredClone(o));

  const notes: LocalizedText[] = (cluster.notes ?? []).map((n) => structuredClone(n));
  const shownYear = shown ? periodYear(shown.period) : undefined;
  if (shown && shownYear === undefined) {
    notes.push({
      zh: '所示数据的来源未写明年份。',
      en: 'The source of the figure shown states no year.',
    });
  }
  if (shownYear !== undefined && shownYear < plan.firstYear) {
    notes.push({
      zh: `所示数据（${shownYear}年）早于“246”规划（${plan.firstYear}年）。`,
      en: `The figure shown (${shownYear}) predates the '246' plan (${plan.firstYear}).`,
    });
  }
  const later = cluster.observations
    .map((o) => periodYear(o.period))
    .filter((y): y is number => y !== undefined && y > plan.lastYear);
  if (later.length) {
    const years = yearList(later);
    notes.push({
      zh: `更晚的数据（${years}年）属于“361”规划时期，列在表中。`,
      en: `Later figures (${years}) belong to the '361' plan and are listed in the table.`,
    });
  }
  if (cluster.observations.some((o) => o.value !== null && !isOutputMeasure(o.measure))) {
    notes.push({
      zh: '增加值不是产值，不与目标比较，只列在表中。',
      en: 'Added value is not output: it is not compared with the target and is listed in the table only.',
    });
  }

  return {
    id: cluster.id,
    name: { zh: cluster.nameZh, en: cluster.nameEn },
    tier: cluster.tier,
    tiers,
    target: {
      value: planTier.threshold.value,
      unit: planTier.threshold.unit,
      measure: { zh: '产值', en: 'output value' },
      year: plan.targetYear,
      yearNote: structuredClone(plan.targetYearNote),
      source: structuredClone(planTier.source),
    },
    value,
    otherObservations,
    notes,
  };
}

/** The gauge data of one cluster record; undefined for an unknown id. */
export async function loadClusterGaugeRecord(id: string): Promise<ClusterGaugeData | undefined> {
  if (!clusterRecordIds.includes(id)) return undefined;
  const seed = await clustersFile();
  const cluster = seed.clusters.find((c) => c.id === id);
  return cluster && toClusterGaugeData(cluster, seed.plan);
}
