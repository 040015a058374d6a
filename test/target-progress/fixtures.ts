/**
 * Illustrative data for tests only. Every source says `illustrative`, so the element's source line
 * says so too. The figures are not statistics.
 */
import type { TargetGoal, TargetProgressData } from '../../src/components/target-progress/types.js';

export const illustrative = { kind: 'illustrative', quote: 'Illustrative test data' } as const;

export function goal(overrides: Partial<TargetGoal> = {}): TargetGoal {
  return {
    id: 'test_goal',
    label: { zh: '测试目标：全年新增100家', en: 'Test goal: 100 new in the year' },
    kind: 'flow',
    measure: { zh: '新增测试企业', en: 'new test firms' },
    counter: { zh: '家', en: 'firms' },
    target: { value: 100, unit: 'count', bound: 'exact', source: illustrative },
    deadline: { year: 2030, inferred: false },
    start: { period: '2030' },
    baseline: null,
    progress: [{ period: '2030-01..06', value: 40, unit: 'count', bound: 'exact', source: illustrative }],
    ...overrides,
  };
}

export function progressData(overrides: Partial<TargetProgressData> = {}, goalOverrides: Partial<TargetGoal> = {}): TargetProgressData {
  return { goals: [goal(goalOverrides)], ...overrides };
}

/** A deep copy of progressData() with one field replaced (dot path; numbers index arrays). */
export function withField(path: string, value: unknown): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(progressData())) as Record<string, unknown>;
  const keys = path.split('.');
  let obj = data as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete obj[last];
  else obj[last] = value;
  return data;
}

export const XSS = '<img src=x onerror="window.__xss=1">';
