import fc from 'fast-check';
import '../../src/components/target-progress/define.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';
import { goal, progressData, withField } from './fixtures.js';
import { type El, modelSuite } from '../support/model.js';

/** One goal of 100 with `value` reported. */
function reporting(value: number): TargetProgressData {
  const g = goal();
  return progressData({}, { progress: [{ ...g.progress[0], value }] });
}

/** One meter per goal with progress: their aria-valuenow (percent of the target). */
const meters = (el: El) => [...el.shadowRoot!.querySelectorAll('[role=meter]')].map((m) => Number(m.getAttribute('aria-valuenow')));

describe('civic-target-progress: model-based', () => {
  modelSuite<TargetProgressData>(
    {
      tag: 'civic-target-progress',
      drawing: 'rows',
      valid: fc.integer({ min: 1, max: 150 }).map(reporting),
      empty: () => progressData({}, { progress: [] }),
      label: (d) => `progress ${d.goals[0].progress[0]?.value}`,
      invalid: [['goals ["x"]', withField('goals', ['x'])], ['progress value "lots"', withField('goals.0.progress.0.value', 'lots')], ['label 42', withField('goals.0.label', 42)], ['a string', 'not data'], ['an array', []]],
      served: (n) => reporting(1 + (n % 150)),
      record: { known: 'new_hitech_year', unknown: 'no_such_target', is: (d) => d.goals[0]?.id === 'new_hitech_year' },
      shows: (el, data) => {
        const rows = el.shadowRoot!.querySelectorAll('.goal').length;
        if (rows !== data.goals.length) return `${rows} rows for ${data.goals.length} goals`;
        // The fixtures' goals have a target of 100: the meter's value is the value reported.
        if (data.goals[0].id !== 'test_goal') return '';
        const shown = meters(el);
        const expected = data.goals.map((g) => g.progress.at(-1)?.value);
        return JSON.stringify(shown) === JSON.stringify(expected) ? '' : `the meters show ${JSON.stringify(shown)}, the data ${JSON.stringify(expected)}`;
      },
    },
    { numRuns: 30, maxCommands: 25 },
  );
});
