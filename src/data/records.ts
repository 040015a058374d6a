/**
 * The bundled report dataset (seeds/*.json), loaded lazily: each file is a separate dynamic
 * import, so a page that shows one element downloads only the data that element needs. Every
 * function hands out fresh copies (sharing the immutable strings); the loaded modules are never
 * changed, but for their equal strings made one.
 */
import type { ClusterPlan, ReportMeta, SeedCluster, SeedClusters, SeedIndicator, SeedInstitutes, SeedTarget } from './types.js';
import { copyJson, internStrings } from '../core/json-copy.js';

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
      // Equal strings made one (a note repeated for many institutes); copies share them.
      (m) => internStrings(m.default) as T,
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
}

const clustersModule = () => import('../../seeds/clusters.json');
const indicatorsModule = () => import('../../seeds/indicators.json');
const targetsModule = () => import('../../seeds/targets.json');
const institutesModule = () => import('../../seeds/institutes.json');
const clustersFile = lazy<SeedClusters>(clustersModule);
const indicatorsFile = lazy<{ indicators: SeedIndicator[] }>(indicatorsModule);
const targetsFile = lazy<{ targets: SeedTarget[] }>(targetsModule);
const institutesFile = lazy<SeedInstitutes>(institutesModule);
const reportFile = lazy<ReportMeta>(() => import('../../seeds/report.json'));

/**
 * Starts fetching the file that holds a record of `kind` (the indicator `id` may live in the
 * clusters' file), without reading it: the network costs the page no work, and the element
 * converts its record on its turn (render-gate.ts). The module fetched is the one the loaders
 * above import; a failed fetch is tried again by them.
 */
export function prefetchRecordFile(kind: 'cluster' | 'indicator' | 'target' | 'institutes', id?: string): void {
  const module =
    kind === 'cluster' || (kind === 'indicator' && id === AGGREGATE_ID)
      ? clustersModule
      : kind === 'indicator'
        ? indicatorsModule
        : kind === 'target'
          ? targetsModule
          : institutesModule;
  module().catch(() => {});
}

// ---- raw seed records ----------------------------------------------------------------------

/** The 246 plan (tiers, thresholds, life, aggregate series). */
export async function loadClusterPlan(): Promise<ClusterPlan> {
  return copyJson((await clustersFile()).plan);
}

/** One cluster as stored in the seed; undefined for an unknown id. */
export async function loadCluster(id: string): Promise<SeedCluster | undefined> {
  if (!clusterRecordIds.includes(id)) return undefined;
  const cluster = (await clustersFile()).clusters.find((c) => c.id === id);
  return cluster && copyJson(cluster);
}

/** One indicator (or the clusters' aggregate `cluster246_added_value`); undefined for an unknown id. */
export async function loadIndicator(id: string): Promise<SeedIndicator | undefined> {
  if (!indicatorRecordIds.includes(id)) return undefined;
  if (id === AGGREGATE_ID) return copyJson((await clustersFile()).plan.aggregate);
  const indicator = (await indicatorsFile()).indicators.find((i) => i.id === id);
  return indicator && copyJson(indicator);
}

/** One target; undefined for an unknown id. */
export async function loadTarget(id: string): Promise<SeedTarget | undefined> {
  if (!targetRecordIds.includes(id)) return undefined;
  const target = (await targetsFile()).targets.find((t) => t.id === id);
  return target && copyJson(target);
}

/** The institutes named in the report, their locations and the report's counts. */
export async function loadInstitutes(): Promise<SeedInstitutes> {
  return copyJson(await institutesFile());
}

/** What is known about the report itself (byline, inferred date, provenance, legends). */
export async function loadReportMeta(): Promise<ReportMeta> {
  return copyJson(await reportFile());
}
