/**
 * Illustrative data for tests only. Every source says `illustrative`, so the element's source line
 * says so too. The figures are not statistics.
 */
import type { TargetGoal, TargetProgressData } from '../../src/components/target-progress/types.js';
import { illustrative, withFieldOf } from '../support/data.js';

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

/** A deep copy of progressData() with one field replaced (dot path; numeric parts index arrays). */
export const withField = (path: string, value: unknown) => withFieldOf(progressData(), path, value);

export { illustrative, XSS } from '../support/data.js';
