import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { gaugeData, withField, XSS } from './fixtures.js';
import { captureWarnings, oneEvent, part, partText, untilChart, untilState } from '../support/helpers.js';

const cases: [string, unknown, string][] = [
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
  for (const [what, input, path] of cases) {
    it(`rejects ${what} with the error state naming ${path}, without throwing`, async () => {
      const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge locale="en"></civic-cluster-gauge>`);
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
      const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge data="{not json"></civic-cluster-gauge>`);
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.match(/^数据无效：data is not valid JSON/);
    });
    expect(warnings.join()).to.contain('data is not valid JSON');
  });

  it('keeps the last good chart and data when bad data arrives, and recovers with good data', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge></civic-cluster-gauge>`);
    const good = gaugeData();
    el.data = good;
    const chart = await untilChart(el);
    const errorEvent = oneEvent(el, 'civic-error');
    await captureWarnings(async () => {
      el.data = withField('value.value', 'lots') as never;
      await errorEvent;
      await el.updateComplete;
    });
    expect(el.state).to.equal('error');
    expect(el.data).to.equal(good);
    expect(el.chart).to.equal(chart);
    expect(part(el, 'chart')!.closest('.plot')!.hasAttribute('hidden')).to.equal(false);
    const series = (chart.getOption() as { series: { data: { value: number }[] }[] }).series;
    expect(series[0].data[0].value).to.equal(2500);
    expect(partText(el, 'summary')).to.contain('2500亿元');
    el.data = gaugeData({ value: { ...good.value!, value: 4000 } });
    await untilState(el, 'ready');
    expect(part(el, 'error')).to.equal(null);
    expect(partText(el, 'summary')).to.contain('4000亿元');
  });
});

describe('civic-cluster-gauge: untrusted strings', () => {
  afterEach(() => delete (window as { __xss?: unknown }).__xss);

  it('shows HTML and script payloads in every string field as text and executes nothing', async () => {
    const src = { kind: 'external' as const, quote: XSS, url: 'https://example.org/<script>', publisher: XSS };
    const data = gaugeData({
      name: XSS,
      title: `${XSS}<script>window.__xss=2</script>`,
      notes: [XSS],
      target: { ...gaugeData().target, measure: XSS, yearNote: XSS, source: src },
      value: { ...gaugeData().value!, measure: XSS, note: XSS, period: XSS, source: src },
      otherObservations: [{ ...gaugeData().value!, period: XSS, source: src }],
    });
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge show-table></civic-cluster-gauge>`);
    el.data = data;
    await untilChart(el);
    // Show the tooltip through the keyboard.
    const chart = part(el, 'chart')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, b')).to.have.length(0);
    expect(partText(el, 'title')).to.contain('<img src=x onerror="window.__xss=1">');
    expect(partText(el, 'title')).to.contain('<script>window.__xss=2</script>');
    expect(partText(el, 'summary')).to.contain('<img src=x');
    expect(partText(el, 'tooltip')).to.contain('<img src=x');
    expect(partText(el, 'table')).to.contain('<img src=x');
    expect(partText(el, 'source')).to.contain('<img src=x');
    expect(partText(el, 'notes')).to.contain('<img src=x');
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(el.getAttribute('aria-label')).to.contain('<img src=x');
  });
});
