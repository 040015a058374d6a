/**
 * The published JSON Schemas of the four data types (`civic-charts/schemas/<element>.json`),
 * made from the same declarations as the validators the elements run (core/schema.ts).
 */
import { type JsonSchema, toJsonSchema } from './core/schema.js';
import { clusterGaugeSchema } from './components/cluster-gauge/validate.js';
import { indicatorTrendSchema } from './components/indicator-trend/validate.js';
import { instituteMapSchema } from './components/institute-map/validate.js';
import { targetProgressSchema } from './components/target-progress/validate.js';
import { SCHEMA_DOCS } from './schema-docs.js';

export const ELEMENTS = ['cluster-gauge', 'indicator-trend', 'target-progress', 'institute-map'] as const;
export type ElementName = (typeof ELEMENTS)[number];

const roots = {
  'cluster-gauge': [clusterGaugeSchema, 'ClusterGaugeData'],
  'indicator-trend': [indicatorTrendSchema, 'IndicatorTrendData'],
  'target-progress': [targetProgressSchema, 'TargetProgressData'],
  'institute-map': [instituteMapSchema, 'InstituteMapData'],
} as const;

/** The JSON Schema of an element's data. */
export function jsonSchemaOf(element: ElementName): JsonSchema {
  const [schema, title] = roots[element];
  return toJsonSchema(schema, { id: `https://civic-charts.dev/schemas/${element}.json`, title, docs: SCHEMA_DOCS[element] });
}
