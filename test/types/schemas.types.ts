/**
 * The JSON Schemas, the validators and the TypeScript types come from one declaration per element
 * (src/components/<name>/validate.ts). These compile-time checks make the documented interfaces
 * (types.ts) and the declarations' inferred types identical: `tsc --noEmit` (in `npm test`)
 * fails when one drifts from the other. No runtime code.
 */
import type { Infer } from '../../src/core/schema.js';
import type { clusterGaugeSchema } from '../../src/components/cluster-gauge/validate.js';
import type { ClusterGaugeData } from '../../src/components/cluster-gauge/types.js';
import type { indicatorTrendSchema } from '../../src/components/indicator-trend/validate.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import type { targetProgressSchema } from '../../src/components/target-progress/validate.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';
import type { instituteMapSchema } from '../../src/components/institute-map/validate.js';
import type { InstituteMapData } from '../../src/components/institute-map/types.js';
import type { observation, source } from '../../src/core/validate.js';
import type { Observation, Source } from '../../src/data/types.js';

/** Deep: every property, optional or not, the same at every depth. */
type Deep<T> = T extends (infer U)[] ? Deep<U>[] : T extends object ? { [K in keyof T]: Deep<T[K]> } : T;
type Equal<A, B> = (<X>() => X extends Deep<A> ? 1 : 2) extends <X>() => X extends Deep<B> ? 1 : 2 ? true : false;

export const sourceMatches: Equal<Infer<typeof source>, Source> = true;
export const observationMatches: Equal<Infer<typeof observation>, Observation> = true;
export const gaugeMatches: Equal<Infer<typeof clusterGaugeSchema>, ClusterGaugeData> = true;
export const trendMatches: Equal<Infer<typeof indicatorTrendSchema>, IndicatorTrendData> = true;
export const progressMatches: Equal<Infer<typeof targetProgressSchema>, TargetProgressData> = true;
export const mapMatches: Equal<Infer<typeof instituteMapSchema>, InstituteMapData> = true;
