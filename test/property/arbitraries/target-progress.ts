/** Valid `TargetProgressData` (README: civic-target-progress; src/components/target-progress/types.ts) and its fields. */
import fc from 'fast-check';
import type { GoalKind, TargetGoal, TargetProgressData } from '../../../src/components/target-progress/types.js';
import { type Breakage, type FieldAt, fieldKinds as k, observationFields, referenceTargetFields, sourceFields } from '../support/mutate.js';
import { type Magnitudes, UNITS, BOUNDS, amount, localized, notes, observation, period, referenceTarget, safeId, safeText, source, yearNumber } from './common.js';

const KINDS: readonly GoalKind[] = ['level', 'flow', 'ratio'];

function goal(mag: Magnitudes): fc.Arbitrary<TargetGoal> {
  return fc.tuple(fc.option(fc.constantFrom(...KINDS), { nil: undefined }), fc.constantFrom(...UNITS)).chain(([kind, unit]) =>
    fc
      .record(
        {
          id: safeId,
          label: localized(),
          measure: localized(),
          whole: localized(),
          counter: fc.record({ zh: safeText({ maxLength: 3, long: false }), en: safeText({ maxLength: 8, long: false }) }, { requiredKeys: [] }),
          target: fc.record(
            { value: amount(mag, { positive: true }), unit: fc.constant(unit), bound: fc.constantFrom(...BOUNDS), source: source(), note: localized() },
            { requiredKeys: ['value', 'unit', 'bound', 'source'] },
          ),
          // A ratio (a part of a whole) has no deadline.
          deadline: fc.record(
            { year: kind === 'ratio' ? fc.constant(null) : fc.oneof({ weight: 4, arbitrary: yearNumber(mag) }, { weight: 1, arbitrary: fc.constant(null) }), inferred: fc.boolean(), note: localized() },
            { requiredKeys: ['year'] },
          ),
          start: fc.record({ period: period(), inferred: fc.boolean(), note: localized() }, { requiredKeys: ['period'] }),
          baseline: fc.oneof(observation({ mag, units: [unit] }), fc.constant(null)),
          progress: fc.array(observation({ mag, units: [unit] }), { maxLength: 5 }),
          // README: a later target has no id.
          laterTargets: fc.array(referenceTarget({ mag }).map(({ id: _, ...t }) => t), { maxLength: 2 }),
          notes,
        },
        { requiredKeys: ['label', 'target', 'deadline', 'progress'] },
      )
      .map((g): TargetGoal => (kind ? { ...g, kind } : g)),
  );
}

export function targetProgressData(mag: Magnitudes = 'realistic'): fc.Arbitrary<TargetProgressData> {
  return fc.record(
    { id: safeId, title: localized(), goals: fc.array(goal(mag), { minLength: 1, maxLength: 4 }), notes },
    { requiredKeys: ['goals'] },
  );
}

export function targetProgressFields(d: TargetProgressData): FieldAt[] {
  return [
    [['id'], k.str()],
    [['title'], k.loc()],
    [['goals'], { t: 'array', required: true, nonEmpty: true }],
    [['notes'], { t: 'array' }],
    ...(d.notes ?? []).map((_, i): FieldAt => [['notes', i], k.loc(true)]),
    ...d.goals.flatMap((g, i): FieldAt[] => {
      const p = ['goals', i];
      return [
        [p, { t: 'object', required: true }],
        [[...p, 'id'], k.str()],
        [[...p, 'label'], k.loc(true)],
        [[...p, 'kind'], k.en(false)],
        [[...p, 'measure'], k.loc()],
        [[...p, 'whole'], k.loc()],
        [[...p, 'counter'], { t: 'object' }],
        ...(g.counter ? ([[[...p, 'counter', 'zh'], k.str()], [[...p, 'counter', 'en'], k.str()]] as FieldAt[]) : []),
        [[...p, 'target'], { t: 'object', required: true }],
        [[...p, 'target', 'value'], { t: 'number', required: true, min: 0, positive: true }],
        [[...p, 'target', 'unit'], k.unit()],
        [[...p, 'target', 'bound'], k.en()],
        [[...p, 'target', 'note'], k.loc()],
        ...sourceFields([...p, 'target', 'source'], g.target.source),
        [[...p, 'deadline'], { t: 'object', required: true }],
        [[...p, 'deadline', 'year'], { t: 'number', required: true, nullable: true }],
        [[...p, 'deadline', 'inferred'], k.bool],
        [[...p, 'deadline', 'note'], k.loc()],
        [[...p, 'start'], { t: 'object' }],
        ...(g.start
          ? ([
              [[...p, 'start', 'period'], k.str(true)],
              [[...p, 'start', 'inferred'], k.bool],
              [[...p, 'start', 'note'], k.loc()],
            ] as FieldAt[])
          : []),
        [[...p, 'baseline'], { t: 'object', nullable: true }],
        ...(g.baseline ? observationFields([...p, 'baseline'], g.baseline, 0).slice(1) : []),
        [[...p, 'progress'], { t: 'array', required: true }],
        ...g.progress.flatMap((o, j) => observationFields([...p, 'progress', j], o, 0)),
        [[...p, 'laterTargets'], { t: 'array' }],
        ...(g.laterTargets ?? []).flatMap((t, j) => referenceTargetFields([...p, 'laterTargets', j], t, 0).filter(([path]) => path[path.length - 1] !== 'id')),
        [[...p, 'notes'], { t: 'array' }],
        ...(g.notes ?? []).map((_, j): FieldAt => [[...p, 'notes', j], k.loc(true)]),
      ];
    }),
  ];
}

/** Rules across fields: values in the target's unit; a ratio has no deadline year. */
export function targetProgressCrossBreakages(d: TargetProgressData): Breakage[] {
  const out: Breakage[] = [];
  d.goals.forEach((g, i) => {
    const other = UNITS.find((u) => JSON.stringify(u) !== JSON.stringify(g.target.unit))!;
    const obs: (string | number)[][] = [...(g.baseline ? [['baseline']] : []), ...g.progress.map((_, j) => ['progress', j])];
    for (const o of obs) {
      const path = ['goals', i, ...o, 'unit'];
      out.push({ what: `${path.join('.')}: ${other}, not the target's ${g.target.unit}`, damage: { op: 'set', path, value: other }, expect: path });
    }
    if (g.kind === 'ratio') {
      const path = ['goals', i, 'deadline', 'year'];
      out.push({ what: `goals[${i}]: a ratio with a deadline year`, damage: { op: 'set', path, value: 2025 }, expect: path });
    }
  });
  return out;
}
