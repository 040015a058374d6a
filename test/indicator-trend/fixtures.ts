/**
 * Illustrative data for tests only. Every source says `illustrative`, so the element's source line
 * says so too. The figures are not statistics.
 */
import type { Observation } from '../../src/data/types.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import { illustrative, withFieldOf } from '../support/data.js';

export function obs(period: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { period, value, unit: '亿元', bound: 'exact', source: illustrative, ...extra };
}

export function trendData(overrides: Partial<IndicatorTrendData> = {}): IndicatorTrendData {
  return {
    id: 'test_indicator',
    name: { zh: '测试指标', en: 'Test indicator' },
    unit: '亿元',
    series: [
      {
        id: 'main',
        name: { zh: '测试指标', en: 'Test indicator' },
        observations: [obs('2018', 100), obs('2019', 110, { yoyPct: 10 }), obs('2020', 121, { yoyPct: 10 })],
      },
    ],
    ...overrides,
  };
}

/** `n` monthly points from 1200-01 on: an illustrative long series. */
export function bigData(n: number): IndicatorTrendData {
  const observations: Observation[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1200 + Math.floor(i / 12);
    const m = String((i % 12) + 1).padStart(2, '0');
    observations.push({ period: `${y}-${m}`, value: 1000 + Math.round(300 * Math.sin(i / 40) + i / 10), unit: '亿元', bound: 'exact', source: illustrative });
  }
  return {
    name: { zh: '一万个点', en: 'Ten thousand points' },
    unit: '亿元',
    series: [{ id: 'big', name: { zh: '一万个点', en: 'Ten thousand points' }, observations }],
  };
}

/** A deep copy of trendData() with one field replaced (dot path; numeric parts index arrays). */
export const withField = (path: string, value: unknown) => withFieldOf(trendData(), path, value);

export { illustrative, XSS } from '../support/data.js';
