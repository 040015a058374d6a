import { expect } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { illustrative, progressData, withField, XSS } from './fixtures.js';
import { partText } from '../support/helpers.js';
import { untrustedStringsContract, validationContract, type InvalidCase } from '../support/contract.js';
import { rowsDrawing } from './drawing.js';

const cases: InvalidCase[] = [
  ['a string for a number', withField('goals.0.progress.0.value', '40'), 'goals[0].progress[0].value'],
  ['NaN', withField('goals.0.progress.0.value', NaN), 'goals[0].progress[0].value'],
  ['Infinity', withField('goals.0.target.value', Infinity), 'goals[0].target.value'],
  ['a negative value', withField('goals.0.progress.0.value', -1), 'goals[0].progress[0].value'],
  ['a zero target', withField('goals.0.target.value', 0), 'goals[0].target.value'],
  ['a missing label', withField('goals.0.label', undefined), 'goals[0].label'],
  ['a missing target', withField('goals.0.target', undefined), 'goals[0].target'],
  ['a missing deadline', withField('goals.0.deadline', undefined), 'goals[0].deadline'],
  ['a string deadline year', withField('goals.0.deadline.year', '2030'), 'goals[0].deadline.year'],
  ['a missing progress list', withField('goals.0.progress', undefined), 'goals[0].progress'],
  ['a missing source', withField('goals.0.progress.0.source', undefined), 'goals[0].progress[0].source'],
  ['a missing target source', withField('goals.0.target.source', undefined), 'goals[0].target.source'],
  ['a wrong kind', withField('goals.0.kind', 'stock'), 'goals[0].kind'],
  ['a wrong unit', withField('goals.0.progress.0.unit', 'dollars'), 'goals[0].progress[0].unit'],
  ['a unit other than the target\'s', withField('goals.0.progress.0.unit', '%'), 'goals[0].progress[0].unit'],
  ['a wrong bound', withField('goals.0.target.bound', 'maybe'), 'goals[0].target.bound'],
  ['a number for a label', withField('goals.0.label', 42), 'goals[0].label'],
  ['an empty goal list', withField('goals', []), 'goals'],
  ['a goal that is not an object', withField('goals', ['x']), 'goals[0]'],
  ['a ratio with a deadline', withField('goals.0.kind', 'ratio'), 'goals[0].deadline.year'],
  ['a boolean period', withField('goals.0.progress.0.period', true), 'goals[0].progress[0].period'],
  ['a non-http source url', withField('goals.0.target.source', { kind: 'external', quote: 'q', url: 'javascript:alert(1)' }), 'goals[0].target.source.url'],
  ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(progressData()).slice(1)}`), '__proto__'],
  ['a nested constructor key', withField('goals.0.target.source', { kind: 'seed', quote: 'q', constructor: { prototype: {} } }), 'goals[0].target.source.constructor'],
  ['a number instead of an object', 7, '(root)'],
];

describe('civic-target-progress: invalid data', () => {
  validationContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    cases,
    notJson: true,
    lastGood: {
      title: 'keeps the last good rows and data when bad data arrives, and recovers with good data',
      drawing: rowsDrawing,
      good: () => progressData(),
      bad: () => withField('goals.0.progress.0.value', 'lots'),
      kept(el) {
        expect(el.shadowRoot!.querySelector('.goal')!.getAttribute('aria-valuenow')).to.equal('40');
        expect(partText(el, 'summary')).to.contain('40家');
      },
      recovered: () => progressData({}, { progress: [{ period: '2030', value: 70, unit: 'count', bound: 'exact', source: illustrative }] }),
      recoveredCheck: (el) => expect(el.shadowRoot!.querySelector('.goal')!.getAttribute('aria-valuenow')).to.equal('70'),
    },
  });
});

describe('civic-target-progress: untrusted strings', () => {
  const src = { kind: 'external' as const, quote: XSS, url: 'https://example.org/<script>', publisher: XSS };
  const obs = { period: XSS, periodLabel: XSS, value: 40, unit: 'count' as const, bound: 'exact' as const, note: XSS, measure: XSS, source: src };
  untrustedStringsContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    data: () =>
      progressData(
        { title: `${XSS}<script>window.__xss=2</script>`, notes: [XSS] },
        {
          label: XSS,
          measure: XSS,
          whole: XSS,
          counter: { zh: XSS, en: XSS },
          target: { value: 100, unit: 'count', bound: 'exact', source: src, note: XSS },
          deadline: { year: 2030, note: XSS },
          baseline: { ...obs, period: '2029' },
          progress: [obs],
          notes: [XSS],
          laterTargets: [{ label: XSS, value: 1, unit: 'count', bound: 'exact', year: null, source: src, note: XSS }],
        },
      ),
    drawing: rowsDrawing,
    key: 'ArrowDown',
    parts: ['summary', 'tooltip', 'table', 'source', 'notes'],
    extra: (el) => expect(el.shadowRoot!.querySelector('.goal')!.getAttribute('aria-valuetext')).to.contain('<img src=x'),
  });
});
