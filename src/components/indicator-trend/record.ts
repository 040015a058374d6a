/**
 * Bundled records → `IndicatorTrendData`. Every indicator id of `indicatorRecordIds` loads; a few
 * comparable indicators can be shown together with a comma-separated id list of the same unit
 * (`record="hitech_enterprise_count,hitech_enterprise_new"`). Nothing is invented or converted
 * here: the element converts units, splits vintages and derives values, and marks them.
 */
import type { LocalizedText, Observation, SeedIndicator } from '../../data/types.js';
import { indicatorRecordIds, loadIndicator } from '../../data/records.js';
import type { IndicatorTrendData, IndicatorTrendSeries } from './types.js';

/**
 * Change series shown with an indicator on the change axis: a level known only as a change
 * (R&D intensity 2019: +0.13 pp) or a growth series of the same quantity.
 */
const CHANGE_COMPANIONS: Record<string, string[]> = {
  rd_intensity: ['rd_intensity_change_pp'],
  rd_expenditure: ['rd_expenditure_growth'],
};

/** Indicators whose values are changes (drawn as bars on the change axis). */
function isChangeIndicator(ind: SeedIndicator): boolean {
  return ind.unit === 'pp' || /_growth$/.test(ind.id);
}

/**
 * Measures the seed states only in a note. hitech_enterprise_count 2016 (1,739) counts cumulative
 * certifications, not the valid stock of 2017 on (its note: "do not draw a line to the 1,479 valid
 * in 2017"); giving it its own measure keeps it off the stock's line.
 */
const MEASURE_FROM_NOTE: Record<string, { period: string; value: number; measure: LocalizedText }[]> = {
  hitech_enterprise_count: [
    { period: '2016', value: 1739, measure: { zh: '累计认定数（非有效数）', en: 'cumulative certifications (not the valid stock)' } },
  ],
};

function toSeries(ind: SeedIndicator, kind: 'level' | 'change'): IndicatorTrendSeries {
  const fixes = MEASURE_FROM_NOTE[ind.id] ?? [];
  const observations: Observation[] = ind.observations.map((o) => {
    const fix = fixes.find((x) => x.period === o.period && x.value === o.value);
    return fix && !o.measure ? { ...o, measure: fix.measure } : o;
  });
  return {
    id: ind.id,
    name: { zh: ind.nameZh, en: ind.nameEn },
    kind,
    ...(ind.yoyAtComparablePrices ? { yoyAtComparablePrices: true } : {}),
    observations,
  };
}

/** The trend data of one indicator id, or of several comparable ones joined by commas; undefined when unknown. */
export async function loadIndicatorTrendRecord(id: string): Promise<IndicatorTrendData | undefined> {
  const ids = id.split(',').map((s) => s.trim()).filter(Boolean);
  if (!ids.length || ids.some((x) => !indicatorRecordIds.includes(x))) return undefined;
  const seeds = await Promise.all(ids.map((x) => loadIndicator(x)));
  if (seeds.some((s) => !s)) return undefined;
  const inds = seeds as SeedIndicator[];
  const main = inds[0];
  // Side by side only when comparable: one unit for every level series.
  if (inds.some((i) => i.unit !== main.unit)) return undefined;

  const series: IndicatorTrendSeries[] = inds.map((i) => toSeries(i, isChangeIndicator(i) ? 'change' : 'level'));
  if (ids.length === 1) {
    for (const companion of CHANGE_COMPANIONS[main.id] ?? []) {
      const c = await loadIndicator(companion);
      if (c) series.push(toSeries(c, 'change'));
    }
  }
  const notes: LocalizedText[] = inds.flatMap((i) => i.notes ?? []);
  const targets = inds.flatMap((i) => i.targets ?? []);
  const name: LocalizedText =
    inds.length === 1
      ? { zh: main.nameZh, en: main.nameEn }
      : { zh: inds.map((i) => i.nameZh).join('与'), en: inds.map((i) => i.nameEn).join(' and ') };
  return {
    id: ids.join(','),
    name,
    unit: main.unit,
    measure: main.measure,
    scope: main.scope,
    series,
    ...(targets.length ? { targets } : {}),
    ...(notes.length ? { notes } : {}),
  };
}
