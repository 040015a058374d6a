/**
 * Illustrative data for tests only. Every source says `illustrative`, so the element's source line
 * says so too. The figures are not statistics.
 */
import type { ClusterGaugeData } from '../../src/components/cluster-gauge/types.js';
import { illustrative, withFieldOf } from '../support/data.js';

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

/** A deep copy of gaugeData() with one field replaced (dot path; numeric parts index arrays). */
export const withField = (path: string, value: unknown) => withFieldOf(gaugeData(), path, value);

export { XSS } from '../support/data.js';
