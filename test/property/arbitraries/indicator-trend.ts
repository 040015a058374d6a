/** Valid `IndicatorTrendData` (README: civic-indicator-trend; src/components/indicator-trend/types.ts) and its fields. */
import fc from 'fast-check';
import type { IndicatorTrendData, IndicatorTrendSeries } from '../../../src/components/indicator-trend/types.js';
import type { Unit } from '../../../src/data/types.js';
import { type Breakage, type FieldAt, fieldKinds as k, observationFields, referenceTargetFields } from '../support/mutate.js';
import { type Magnitudes, UNITS, localized, notes, observation, referenceTarget, safeId, uniqueIds, unitsNear } from './common.js';

const CHANGE_UNITS: readonly Unit[] = ['%', 'pp'];

function series(id: string, unit: Unit, mag: Magnitudes, dataSigned: boolean): fc.Arbitrary<IndicatorTrendSeries> {
  return fc.option(fc.constantFrom<'level' | 'change'>('level', 'change'), { nil: undefined }).chain((kind) => {
    // Levels cannot be negative unless the data is declared signed; changes and pp can.
    const signed = kind === 'change' || unit === 'pp' || dataSigned;
    const units = kind === 'change' ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CHANGE_UNITS) }, { weight: 1, arbitrary: fc.constantFrom(...UNITS) }) : unitsNear(unit);
    return fc.record(
      {
        id: fc.constant(id),
        name: localized(),
        vintage: fc.constantFrom<'first' | 'revised'>('first', 'revised'),
        yoyAtComparablePrices: fc.boolean(),
        observations: units.chain((u) => fc.array(observation({ mag, units: [u], signed: signed && (u === 'pp' || kind === 'change' || dataSigned) }), { maxLength: 3 })).chain((first) =>
          // Mostly one unit per series, with a few in others.
          fc.array(observation({ mag, signed, units: kind === 'change' ? CHANGE_UNITS : [unit] }), { maxLength: 10 }).map((rest) => [...first, ...rest]),
        ),
      },
      { requiredKeys: ['id', 'name', 'observations'] },
    ).map((s): IndicatorTrendSeries => (kind ? { ...s, kind } : s));
  });
}

export function indicatorTrendData(mag: Magnitudes = 'realistic'): fc.Arbitrary<IndicatorTrendData> {
  return fc
    .tuple(fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 4 }), fc.boolean())
    .chain(([unit, n, signed]) =>
      uniqueIds(n).chain((ids) =>
        fc.record(
          {
            id: safeId,
            title: localized(),
            name: localized(),
            unit: fc.constant(unit),
            measure: localized(),
            scope: localized(),
            series: fc.tuple(...ids.map((id) => series(id, unit, mag, signed))),
            targets: fc.array(referenceTarget({ mag, signed: true, units: [unit, ...UNITS] }), { maxLength: 3 }),
            notes,
          },
          { requiredKeys: ['name', 'unit', 'series'] },
        // `signed` is added after the record: as an optional key, shrinking would drop it and leave negative levels.
        ).map((d) => (signed ? { ...d, signed } : d)),
      ),
    ) as fc.Arbitrary<IndicatorTrendData>;
}

export function indicatorTrendFields(d: IndicatorTrendData): FieldAt[] {
  return [
    [['id'], k.str()],
    [['name'], k.loc(true)],
    [['title'], k.loc()],
    [['measure'], k.loc()],
    [['scope'], k.loc()],
    [['unit'], k.unit()],
    [['series'], { t: 'array', required: true }],
    [['signed'], k.bool],
    ...d.series.flatMap((s, i): FieldAt[] => {
      // Below zero: a change, a pp value, or a series of signed data.
      const min = (o: { unit?: Unit }) => (s.kind === 'change' || d.signed || (o.unit ?? s.unit ?? d.unit) === 'pp' ? undefined : 0);
      return [
        [['series', i], { t: 'object', required: true }],
        [['series', i, 'id'], k.str(true)],
        [['series', i, 'name'], k.loc(true)],
        [['series', i, 'kind'], k.en(false)],
        [['series', i, 'vintage'], k.en(false)],
        [['series', i, 'yoyAtComparablePrices'], k.bool],
        [['series', i, 'observations'], { t: 'array', required: true }],
        // The unit may be left to the data's (always given); bound and source, here, to nothing higher up.
        ...s.observations.flatMap((o, j) => observationFields(['series', i, 'observations', j], o, min(o), { unit: true })),
      ];
    }),
    [['targets'], { t: 'array' }],
    ...(d.targets ?? []).flatMap((t, i) => referenceTargetFields(['targets', i], t)),
    [['notes'], { t: 'array' }],
    ...(d.notes ?? []).map((_, i): FieldAt => [['notes', i], k.loc(true)]),
  ];
}

/** Rules across fields: series ids are unique (the later duplicate is reported). */
export function indicatorTrendCrossBreakages(d: IndicatorTrendData): Breakage[] {
  return d.series.slice(1).map((_, j) => ({
    what: `series[${j + 1}].id duplicates series[0].id`,
    damage: { op: 'set', path: ['series', j + 1, 'id'], value: d.series[0].id },
    expect: ['series', j + 1, 'id'],
  }));
}
