/**
 * Illustrative data for tests only. Every source says `illustrative`, so the element's source line
 * says so too. The figures are not statistics.
 */
import type { ClusterGaugeData } from '../../src/data/types.js';

const illustrative = { kind: 'illustrative', quote: 'Illustrative test data' } as const;

export function gaugeData(overrides: Partial<ClusterGaugeData> = {}): ClusterGaugeData {
  return {
    id: 'test_cluster',
    name: { zh: '测试', en: 'Test' },
    tier: '五千亿级',
    target: { value: 5000, unit: '亿元', measure: { zh: '产值', en: 'output value' }, year: null, source: illustrative },
    value: {
      period: '2020',
      value: 2500,
      unit: '亿元',
      bound: 'exact',
      measure: { zh: '工业总产值', en: 'gross industrial output' },
      source: illustrative,
    },
    ...overrides,
  };
}

/** A deep copy with one field replaced, for invalid-data cases (the path is dot/bracket syntax). */
export function withField(path: string, value: unknown): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(gaugeData())) as Record<string, unknown>;
  const keys = path.split('.');
  let obj = data as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete obj[last];
  else obj[last] = value;
  return data;
}

export const XSS = '<img src=x onerror="window.__xss=1">';
