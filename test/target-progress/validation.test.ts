import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { illustrative, progressData, withField, XSS } from './fixtures.js';
import { captureWarnings, oneEvent, part, partText, until, untilState } from '../support/helpers.js';

const cases: [string, unknown, string][] = [
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
  for (const [what, input, path] of cases) {
    it(`rejects ${what} with the error state naming ${path}, without throwing`, async () => {
      const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="en"></civic-target-progress>`);
      let detail: { message: string; issues: { path: string; message: string }[] } | undefined;
      el.addEventListener('civic-error', (e) => (detail = (e as CustomEvent).detail));
      const warnings = await captureWarnings(async () => {
        expect(() => (el.data = input as never)).not.to.throw();
        await el.updateComplete;
      });
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(detail!.issues.map((i) => i.path)).to.include(path);
      expect(partText(el, 'error')).to.match(/^Invalid data: /).and.contain(path);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(path);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('rejects an invalid data attribute (not JSON) naming the attribute', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CivicTargetProgress>(html`<civic-target-progress data="{not json"></civic-target-progress>`);
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.match(/^数据无效：data is not valid JSON/);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data is not valid JSON');
  });

  it('keeps the last good rows and data when bad data arrives, and recovers with good data', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress></civic-target-progress>`);
    const good = progressData();
    el.data = good;
    await untilState(el, 'ready');
    await until(() => !!el.shadowRoot!.querySelector('.goal'), 'the rows');
    const errorEvent = oneEvent(el, 'civic-error');
    await captureWarnings(async () => {
      el.data = withField('goals.0.progress.0.value', 'lots') as never;
      await errorEvent;
      await el.updateComplete;
    });
    expect(el.state).to.equal('error');
    expect(el.data).to.equal(good);
    expect(part(el, 'chart')!.closest('.plot')!.hasAttribute('hidden')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.goal')!.getAttribute('aria-valuenow')).to.equal('40');
    expect(partText(el, 'summary')).to.contain('40家');
    el.data = progressData({}, { progress: [{ period: '2030', value: 70, unit: 'count', bound: 'exact', source: illustrative }] });
    await untilState(el, 'ready');
    expect(part(el, 'error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.goal')!.getAttribute('aria-valuenow')).to.equal('70');
  });
});

describe('civic-target-progress: untrusted strings', () => {
  afterEach(() => delete (window as { __xss?: unknown }).__xss);

  it('shows HTML and script payloads in every string field as text and executes nothing', async () => {
    const src = { kind: 'external' as const, quote: XSS, url: 'https://example.org/<script>', publisher: XSS };
    const obs = { period: XSS, periodLabel: XSS, value: 40, unit: 'count' as const, bound: 'exact' as const, note: XSS, measure: XSS, source: src };
    const data = progressData(
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
    );
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress show-table></civic-target-progress>`);
    el.data = data;
    await untilState(el, 'ready');
    await until(() => !!el.shadowRoot!.querySelector('.goal'), 'the rows');
    const chart = part(el, 'chart')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, b')).to.have.length(0);
    expect(partText(el, 'title')).to.contain('<img src=x onerror="window.__xss=1">').and.contain('<script>window.__xss=2</script>');
    for (const name of ['summary', 'tooltip', 'table', 'source', 'notes']) expect(partText(el, name), name).to.contain('<img src=x');
    expect(root.querySelector('.goal')!.getAttribute('aria-valuetext')).to.contain('<img src=x');
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(el.getAttribute('aria-label')).to.contain('<img src=x');
  });
});
