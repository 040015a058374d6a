/**
 * Bundled records → `ClusterGaugeData`: one cluster of the 246 plan against its tier target.
 * Nothing is invented here: the figure shown is chosen by a stated rule (`gaugeObservation`), every
 * other figure is listed, and why a figure is shown or left aside is said in the notes.
 */
import type { ClusterPlan, LocalizedText, Observation, SeedCluster, TierThreshold, Unit } from '../../data/types.js';
import { loadCluster, loadClusterPlan } from '../../data/records.js';
import type { ClusterGaugeData } from './types.js';
import { copyJson } from '../../core/json-copy.js';

/**
 * The year a period states at its start ('2020', '2019-Q1', '2022-01..09' → the year); undefined
 * when it states none ('not stated (reported 2020-09)': a report date is not the figure's year).
 */
export function statedYear(period: string): number | undefined {
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
    const year = statedYear(o.period);
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
  const value = shown && copyJson(shown);
  const otherObservations = cluster.observations.filter((o) => o !== shown).map((o) => copyJson(o));

  const notes: LocalizedText[] = (cluster.notes ?? []).map((n) => copyJson(n));
  const shownYear = shown ? statedYear(shown.period) : undefined;
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
    .map((o) => statedYear(o.period))
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
      yearNote: copyJson(plan.targetYearNote),
      source: copyJson(planTier.source),
    },
    value,
    otherObservations,
    notes,
  };
}

/** The gauge data of one cluster record; undefined for an unknown id. */
export async function loadClusterGaugeRecord(id: string): Promise<ClusterGaugeData | undefined> {
  const [cluster, plan] = await Promise.all([loadCluster(id), loadClusterPlan()]);
  return cluster && toClusterGaugeData(cluster, plan);
}
