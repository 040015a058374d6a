import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { obs, trendData, withField, XSS } from './fixtures.js';
import { partText, untilState } from '../support/helpers.js';
import { untrustedStringsContract, validationContract, type InvalidCase } from '../support/contract.js';
import { pointsOf } from './option-helpers.js';
import { validateIndicatorTrendData } from '../../src/components/indicator-trend/validate.js';

const O = 'series.0.observations.0';
const cases: InvalidCase[] = [
  ['a string for a number', withField(`${O}.value`, '100'), 'series[0].observations[0].value'],
  ['NaN', withField(`${O}.value`, NaN), 'series[0].observations[0].value'],
  ['Infinity in a growth rate', withField(`${O}.yoyPct`, Infinity), 'series[0].observations[0].yoyPct'],
  ['a negative level', withField(`${O}.value`, -1), 'series[0].observations[0].value'],
  ['a missing name', withField('name', undefined), 'name'],
  ['a missing unit', withField('unit', undefined), 'unit'],
  // Any unit is accepted as given (°C, ppm, dollars): what is refused is no unit at all.
  ['an empty display unit', withField('unit', ' '), 'unit'],
  ['a number for the display unit', withField('unit', 42), 'unit'],
  ['a missing series list', withField('series', undefined), 'series'],
  ['a series that is not an object', withField('series', [42]), 'series[0]'],
  ['a missing series id', withField('series.0.id', undefined), 'series[0].id'],
  ['a wrong series kind', withField('series.0.kind', 'total'), 'series[0].kind'],
  ['a wrong vintage', withField('series.0.vintage', 'final'), 'series[0].vintage'],
  ['a missing source', withField(`${O}.source`, undefined), 'series[0].observations[0].source'],
  ['a unit that is neither text nor { zh, en }', withField(`${O}.unit`, ['亿元']), 'series[0].observations[0].unit'],
  ['a unit object with neither zh nor en', withField(`${O}.unit`, { fr: 'dollars' }), 'series[0].observations[0].unit'],
  ['a wrong bound', withField(`${O}.bound`, 'maybe'), 'series[0].observations[0].bound'],
  ['a boolean period', withField(`${O}.period`, true), 'series[0].observations[0].period'],
  ['a string for revised', withField(`${O}.revised`, 'yes'), 'series[0].observations[0].revised'],
  ['a target without a value', withField('targets', [{ label: 't', unit: '亿元', bound: 'exact', year: 2025, source: { kind: 'seed', quote: 'q' } }]), 'targets[0].value'],
  ['a non-http source url', withField(`${O}.source`, { kind: 'external', quote: 'q', url: 'javascript:alert(1)' }), 'series[0].observations[0].source.url'],
  ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(trendData()).slice(1)}`), '__proto__'],
  ['a nested constructor key', withField(`${O}.source`, { kind: 'seed', quote: 'q', constructor: { prototype: {} } }), 'series[0].observations[0].source.constructor'],
  ['a number instead of an object', 7, '(root)'],
];

describe('civic-indicator-trend: invalid data', () => {
  validationContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    cases,
    notJson: true,
    lastGood: {
      good: () => trendData(),
      bad: () => withField(`${O}.value`, 'lots'),
      kept(el) {
        expect(pointsOf(el)[0].map((d) => d.value[1])).to.deep.equal([100, 110, 121]);
        expect(partText(el, 'summary')).to.contain('121亿元');
      },
      recovered: () => trendData({ series: [{ ...trendData().series[0], observations: [obs('2020', 400)] }] }),
      recoveredCheck: (el) => expect(partText(el, 'summary')).to.contain('400亿元'),
    },
  });

  it('checks a source shared by many observations, and names every place where it is wrong, whenever it changes', () => {
    const source = { kind: 'external' as const, quote: 'q', url: 'https://example.org/' };
    const data = trendData({ series: [{ id: 'a', name: 'A', observations: ['2018', '2019', '2020'].map((p, i) => obs(p, i + 1, { source })) }] });
    expect(validateIndicatorTrendData(data).ok).to.equal(true);
    // The same object, found valid a run before, made invalid: checked again, named at each observation.
    source.url = 'javascript:alert(1)';
    const r = validateIndicatorTrendData(data);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).to.deep.equal([0, 1, 2].map((j) => `series[0].observations[${j}].source.url`));
  });

  it('accepts negative changes in a change series and a negative growth rate', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    el.data = trendData({
      unit: '%',
      series: [{ id: 'c', name: '增速', kind: 'change', observations: [obs('2019', -2.5, { unit: '%' }), obs('2020', 3, { unit: '%', yoyPct: -1 })] }],
    });
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.contain('+3%');
  });
});

describe('civic-indicator-trend: untrusted strings', () => {
  const src = { kind: 'external' as const, quote: XSS, url: 'https://example.org/<script>', publisher: XSS };
  untrustedStringsContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    data: () => {
      const o = obs('2019', 10, { source: src, note: XSS, measure: XSS, yoyPct: 5 });
      return trendData({
        name: XSS,
        title: `${XSS}<script>window.__xss=2</script>`,
        measure: XSS,
        scope: XSS,
        notes: [XSS],
        targets: [{ label: XSS, value: 20, unit: '亿元', bound: 'exact', year: 2025, source: src, note: XSS }],
        series: [
          { id: XSS, name: XSS, observations: [obs('2018', 9, { source: src }), o, obs(XSS, 11, { periodLabel: XSS, source: src })] },
          { id: 'b', name: `${XSS}2`, observations: [obs('2019', 3, { source: src })] },
        ],
      });
    },
    key: 'ArrowRight',
    parts: ['subtitle', 'summary', 'tooltip', 'table', 'source', 'notes', 'legend'],
  });
});
