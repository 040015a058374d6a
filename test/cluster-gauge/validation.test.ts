import { expect } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { gaugeData, withField, XSS } from './fixtures.js';
import { partText } from '../support/helpers.js';
import { untrustedStringsContract, validationContract, type InvalidCase } from '../support/contract.js';

const cases: InvalidCase[] = [
  ['a string for a number', withField('value.value', '2500'), 'value.value'],
  ['NaN', withField('value.value', NaN), 'value.value'],
  ['Infinity', withField('target.value', Infinity), 'target.value'],
  ['a negative value', withField('value.value', -1), 'value.value'],
  ['a missing name', withField('name', undefined), 'name'],
  ['a missing target', withField('target', undefined), 'target'],
  ['a missing source', withField('value.source', undefined), 'value.source'],
  ['a wrong tier', withField('tier', '百亿级'), 'tier'],
  ['a wrong unit', withField('value.unit', 'dollars'), 'value.unit'],
  ['a wrong bound', withField('value.bound', 'maybe'), 'value.bound'],
  ['a number for a name', withField('name', 42), 'name'],
  ['an array for the target', withField('target', [1, 2]), 'target'],
  ['a boolean period', withField('value.period', true), 'value.period'],
  ['a non-http source url', withField('value.source', { kind: 'external', quote: 'q', url: 'javascript:alert(1)' }), 'value.source.url'],
  ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(gaugeData()).slice(1)}`), '__proto__'],
  ['a nested constructor key', withField('value.source', { kind: 'seed', quote: 'q', constructor: { prototype: {} } }), 'value.source.constructor'],
  ['a number instead of an object', 7, '(root)'],
];

describe('civic-cluster-gauge: invalid data', () => {
  validationContract<CivicClusterGauge>({
    tag: 'civic-cluster-gauge',
    cases,
    notJson: true,
    lastGood: {
      good: () => gaugeData(),
      bad: () => withField('value.value', 'lots'),
      kept(el) {
        const series = (el.chart!.getOption() as { series: { data: { value: number }[] }[] }).series;
        expect(series[0].data[0].value).to.equal(2500);
        expect(partText(el, 'summary')).to.contain('2500亿元');
      },
      recovered: () => gaugeData({ value: { ...gaugeData().value!, value: 4000 } }),
      recoveredCheck: (el) => expect(partText(el, 'summary')).to.contain('4000亿元'),
    },
  });
});

describe('civic-cluster-gauge: untrusted strings', () => {
  const src = { kind: 'external' as const, quote: XSS, url: 'https://example.org/<script>', publisher: XSS };
  untrustedStringsContract<CivicClusterGauge>({
    tag: 'civic-cluster-gauge',
    data: () =>
      gaugeData({
        name: XSS,
        title: `${XSS}<script>window.__xss=2</script>`,
        notes: [XSS],
        target: { ...gaugeData().target, measure: XSS, yearNote: XSS, source: src },
        value: { ...gaugeData().value!, measure: XSS, note: XSS, period: XSS, source: src },
        otherObservations: [{ ...gaugeData().value!, period: XSS, source: src }],
      }),
    key: 'ArrowRight',
    parts: ['summary', 'tooltip', 'table', 'source', 'notes'],
  });
});
