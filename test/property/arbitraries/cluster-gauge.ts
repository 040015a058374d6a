/** Valid `ClusterGaugeData` (README: civic-cluster-gauge; src/components/cluster-gauge/types.ts) and its fields. */
import fc from 'fast-check';
import type { ClusterGaugeData } from '../../../src/components/cluster-gauge/types.js';
import type { Tier } from '../../../src/data/types.js';
import { type Breakage, type FieldAt, fieldKinds as k, observationFields, sourceFields } from '../support/mutate.js';
import { type Magnitudes, UNITS, amount, localized, notes, observation, safeId, source, yearNumber } from './common.js';

export const TIERS: readonly Tier[] = ['千亿级', '五千亿级', '万亿级'];

export function clusterGaugeData(mag: Magnitudes = 'realistic'): fc.Arbitrary<ClusterGaugeData> {
  return fc.constantFrom(...UNITS).chain((unit) =>
    fc.record(
      {
        id: safeId,
        name: localized(),
        tier: fc.constantFrom(...TIERS),
        // Any plan's tiers: the 246 plan's names, or its own, labelled; in the target's unit, unique.
        tiers: fc.uniqueArray(
          fc.record(
            { tier: fc.oneof(fc.constantFrom(...TIERS), fc.constantFrom('gold', 'silver', 'bronze', 'A级', 'B级', 'C级')), label: localized(), value: amount(mag), unit: fc.constant(unit) },
            { requiredKeys: ['tier', 'value', 'unit'] },
          ),
          { minLength: 1, maxLength: 6, selector: (t) => t.tier },
        ),
        target: fc.record(
          {
            value: amount(mag, { positive: true }),
            unit: fc.constant(unit),
            measure: localized(),
            year: fc.oneof(yearNumber(mag), fc.constant(null)),
            yearNote: localized(),
            source: source(),
          },
          { requiredKeys: ['value', 'unit', 'year', 'source'] },
        ),
        // The figure shown is in the target's unit (a level on another scale is refused).
        value: fc.oneof({ weight: 5, arbitrary: observation({ mag, units: [unit] }) }, { weight: 1, arbitrary: fc.constant(null) }),
        otherObservations: fc.array(observation({ mag, signed: true }), { maxLength: 4 }),
        title: localized(),
        notes,
      },
      { requiredKeys: ['name', 'tier', 'target', 'value'] },
    ),
  ).chain((d) =>
    // The cluster's tier is one of the tiers given (or of the 246 plan's when none are).
    fc.constantFrom(...(d.tiers ? d.tiers.map((t) => t.tier) : TIERS)).map((tier) => ({ ...d, tier })),
  );
}

export function clusterGaugeFields(d: ClusterGaugeData): FieldAt[] {
  const fields: FieldAt[] = [
    [['id'], k.str()],
    [['name'], k.loc(true)],
    [['tier'], k.str(true)],
    [['title'], k.loc()],
    [['tiers'], { t: 'array', nonEmpty: true }],
    ...(d.tiers ?? []).flatMap((_, i): FieldAt[] => [
      [['tiers', i], { t: 'object', required: true }],
      [['tiers', i, 'tier'], k.str(true)],
      [['tiers', i, 'label'], k.loc()],
      [['tiers', i, 'value'], { t: 'number', required: true, min: 0 }],
      [['tiers', i, 'unit'], k.unit()],
    ]),
    [['target'], { t: 'object', required: true }],
    [['target', 'value'], { t: 'number', required: true, min: 0, positive: true }],
    [['target', 'unit'], k.unit()],
    [['target', 'measure'], k.loc()],
    [['target', 'year'], { t: 'number', required: true, nullable: true }],
    [['target', 'yearNote'], k.loc()],
    ...sourceFields(['target', 'source'], d.target.source),
    [['value'], { t: 'object', required: true, nullable: true }],
    ...(d.value ? observationFields(['value'], d.value, 0).slice(1) : []),
    [['otherObservations'], { t: 'array' }],
    ...(d.otherObservations ?? []).flatMap((o, i) => observationFields(['otherObservations', i], o)),
    [['notes'], { t: 'array' }],
    ...(d.notes ?? []).map((_, i): FieldAt => [['notes', i], k.loc(true)]),
  ];
  return fields;
}

/** Rules across fields: a value with a level must be in the target's unit; the tier is one of the tiers. */
export function clusterGaugeCrossBreakages(d: ClusterGaugeData): Breakage[] {
  const tier: Breakage = { what: 'tier: not one of the tiers', damage: { op: 'set', path: ['tier'], value: 'no such tier' }, expect: ['tier'] };
  if (!d.value || d.value.value === null) return [tier];
  return [tier, ...UNITS.filter((u) => JSON.stringify(u) !== JSON.stringify(d.target.unit)).map((u) => ({
    what: `value.unit: ${u}, not the target's ${d.target.unit}`,
    damage: { op: 'set', path: ['value', 'unit'], value: u },
    expect: ['value', 'unit'],
  }) as Breakage)];
}
