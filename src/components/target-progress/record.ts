/**
 * The bundled dataset's goals (seeds/targets.json) as `TargetProgressData`.
 *
 * Record ids: each target id of targets.json (`new_hitech_year`, `rd_intensity_2025`,
 * `startups_year`, `core_tech_5y`, `strategic_products_5y`,
 * `institutes_substantive_construction_share`, `institutes_aligned_246_share`) shows that goal;
 * two group ids show several in one element: `report_targets` (the report's five goals) and
 * `institute_ratios` (the two part-of-whole ratios about research institutes).
 */
import type { LocalizedText, SeedTarget } from '../../data/types.js';
import { loadTarget, targetRecordIds } from '../../data/records.js';
import type { GoalKind, TargetGoal, TargetProgressData } from './types.js';
import { copyJson } from '../../core/json-copy.js';

/** What a sentence needs that the seed does not say in so many words (measure, counter, kind, window). */
const EXTRA: Record<string, Pick<TargetGoal, 'measure' | 'whole' | 'counter' | 'start'> & { kind: GoalKind }> = {
  rd_intensity_2025: { kind: 'level', measure: { zh: 'R&D投入强度', en: 'R&D intensity' } },
  core_tech_5y: {
    kind: 'flow',
    measure: { zh: '攻克的重大关键核心技术', en: 'major key and core technologies mastered' },
    counter: { zh: '个', en: 'technologies' },
  },
  strategic_products_5y: {
    kind: 'flow',
    measure: { zh: '推出的战略性创新产品', en: 'strategic innovative products launched' },
    counter: { zh: '个', en: 'products' },
  },
  startups_year: {
    kind: 'flow',
    measure: { zh: '备案创新型初创企业', en: 'innovative start-ups registered' },
    counter: { zh: '家', en: 'start-ups' },
    start: { period: '2019', inferred: true, note: { zh: '“全年”：2019年（推断）', en: "'全年': 2019 (inferred)" } },
  },
  new_hitech_year: {
    kind: 'flow',
    measure: { zh: '新增高新技术企业', en: 'new high-tech enterprises' },
    counter: { zh: '家', en: 'enterprises' },
    start: { period: '2019', inferred: true, note: { zh: '“全年”：2019年（推断）', en: "'全年': 2019 (inferred)" } },
  },
  institutes_substantive_construction_share: {
    kind: 'ratio',
    measure: { zh: '已启动实质性建设', en: 'have started substantive construction' },
    whole: { zh: '2018年以来新引进的研究院', en: 'institutes introduced since 2018' },
    counter: { zh: '家', en: 'institutes' },
  },
  institutes_aligned_246_share: {
    kind: 'ratio',
    measure: { zh: '主攻方向与“246”集群吻合', en: "focus on the '246' clusters" },
    whole: { zh: '产业技术研究院', en: 'industrial technology research institutes' },
    counter: { zh: '家', en: 'institutes' },
  },
};

/** Group record ids: several goals in one element, in this order. */
export const targetGroupRecords: Record<string, { title: LocalizedText; ids: string[] }> = {
  report_targets: {
    title: { zh: '报道提出的五项目标：进展', en: "The report's five goals: progress" },
    ids: ['new_hitech_year', 'startups_year', 'rd_intensity_2025', 'core_tech_5y', 'strategic_products_5y'],
  },
  institute_ratios: {
    title: { zh: '研究院：部分与整体', en: 'Research institutes: parts of a whole' },
    ids: ['institutes_substantive_construction_share', 'institutes_aligned_246_share'],
  },
};

/** Every record id `<civic-target-progress>` accepts. */
export const targetProgressRecordIds: readonly string[] = [...targetRecordIds, ...Object.keys(targetGroupRecords)];

/** One seed target as a goal. Pure: the seed is not changed. */
export function toGoal(seed: SeedTarget): TargetGoal {
  const extra = EXTRA[seed.id];
  const kind: GoalKind = seed.kind === 'ratio' ? 'ratio' : (extra?.kind ?? 'level');
  const goal: TargetGoal = {
    id: seed.id,
    label: { zh: seed.goalZh, en: seed.goalEn },
    kind,
    target: { ...copyJson(seed.target), source: copyJson(seed.source) },
    deadline: { year: seed.deadline, inferred: seed.deadlineInferred, note: copyJson(seed.deadlineNote) },
    baseline: seed.baseline ? copyJson(seed.baseline) : null,
    progress: copyJson(seed.progress),
    notes: copyJson(seed.notes ?? []),
  };
  if (extra?.measure) goal.measure = copyJson(extra.measure);
  if (extra?.whole) goal.whole = copyJson(extra.whole);
  if (extra?.counter) goal.counter = { ...extra.counter };
  if (extra?.start) goal.start = copyJson(extra.start);
  if (seed.laterTargets?.length) {
    goal.laterTargets = seed.laterTargets.map((t) => ({
      label: copyJson(t.label),
      value: t.value,
      unit: t.unit,
      bound: t.bound,
      year: t.year,
      source: copyJson(t.source),
      ...(t.note ? { note: copyJson(t.note) } : {}),
    }));
  }
  return goal;
}

/** The data of one record id (a target or a group); undefined for an unknown id. */
export async function loadTargetProgressRecord(id: string): Promise<TargetProgressData | undefined> {
  const group = targetGroupRecords[id];
  if (group && Object.prototype.hasOwnProperty.call(targetGroupRecords, id)) {
    const seeds = await Promise.all(group.ids.map((t) => loadTarget(t)));
    if (seeds.some((s) => !s)) return undefined;
    return { id, title: copyJson(group.title), goals: (seeds as SeedTarget[]).map(toGoal) };
  }
  const seed = await loadTarget(id);
  return seed && { id, goals: [toGoal(seed)] };
}
