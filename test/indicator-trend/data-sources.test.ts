import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { trendData } from './fixtures.js';
import { captureWarnings, holdFetch, oneEvent, partText, untilState } from '../support/helpers.js';

const named = (zh: string) => trendData({ name: zh });
const SLOW = '/__trend_slow__/trend.json';

describe('civic-indicator-trend: data sources', () => {
  let restore: (() => void) | undefined;
  beforeEach(() => {
    restore = holdFetch('/__trend_slow__/', (u) => named(u.searchParams.get('name') ?? 'slow'));
  });
  afterEach(() => restore?.());

  it('renders data given as the data property and returns it from the property', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    const data = trendData();
    el.data = data;
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('测试指标');
    expect(partText(el, 'summary')).to.contain('测试指标2020年为121亿元，比2018年（100亿元）增长21%');
    expect(el.data).to.equal(data);
  });

  it('renders data given as the data attribute (JSON) and exposes it as the property', async () => {
    const json = JSON.stringify(named('属性'));
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend data=${json}></civic-indicator-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('属性');
    expect(el.data).to.deep.equal(JSON.parse(json));
  });

  it('renders data from a child <script type="application/json"> and follows edits to it', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend>
      <script type="application/json">${JSON.stringify(named('脚本'))}</script>
    </civic-indicator-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('脚本');
    el.querySelector('script')!.textContent = JSON.stringify(named('改后'));
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('改后');
  });

  it('fetches the src URL, showing loading first', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend src="${SLOW}?ms=150&name=网址"></civic-indicator-trend>`);
    expect(el.state).to.equal('loading');
    expect(partText(el, 'loading')).to.equal('正在加载…');
    await oneEvent(el, 'civic-ready');
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal('网址');
  });

  it('fetches a static JSON file through src', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="en" src="/test/indicator-trend/trend.json"></civic-indicator-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('URL indicator');
    expect(partText(el, 'summary')).to.contain('1.2 billion yuan in 2020');
  });

  it('never lets a late response overwrite a newer src', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend src="${SLOW}?ms=600&name=旧"></civic-indicator-trend>`);
    el.src = `${SLOW}?ms=50&name=新`;
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('新');
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('新');
  });

  it('aborts the fetch when the element is removed, and fetches again when re-inserted', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend src="${SLOW}?ms=300&name=再次"></civic-indicator-trend>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 450));
    expect(el.state).to.equal('loading');
    expect(el.data).to.equal(undefined);
    parent.append(el);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('再次');
  });

  it('times out a slow src with a visible error naming src', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="en" fetch-timeout="100" src="${SLOW}?ms=2000"></civic-indicator-trend>`);
    const warnings = await captureWarnings(async () => {
      const ev = await oneEvent(el, 'civic-error');
      expect(ev.detail.issues[0].path).to.equal('src');
    });
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Loading the data timed out: src timed out after 100 ms/);
    expect(warnings.join('\n')).to.contain('src');
  });

  it('shows an HTTP failure of src as an error', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend src="/test/indicator-trend/no-such-file.json"></civic-indicator-trend>`);
    await captureWarnings(() => untilState(el, 'error'));
    expect(partText(el, 'error')).to.equal('数据加载失败：src returned HTTP 404');
  });

  it('loads a record of the bundled dataset', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp"></civic-indicator-trend>`);
    expect(el.state).to.equal('loading');
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.match(/^地区生产总值\(GDP\)2024年为18147\.7亿元/);
  });

  it('reports an unknown record id, or ids of different units side by side, as an error', async () => {
    for (const id of ['no_such_indicator', 'gdp,rd_intensity']) {
      let el!: CivicIndicatorTrend;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record=${id}></civic-indicator-trend>`);
        await untilState(el, 'error');
      });
      expect(partText(el, 'error'), id).to.contain('未找到数据记录');
      expect(warnings.join(), id).to.contain('record');
    }
  });

  it('takes the first present source: property, then attribute, then script, then src, then record', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend
      record="gdp"
      src="${SLOW}?name=网址"
      data=${JSON.stringify(named('属性'))}
    >
      <script type="application/json">${JSON.stringify(named('脚本'))}</script>
    </civic-indicator-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('属性');
    el.data = named('性质');
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('性质');
    el.data = undefined;
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('属性');
    el.removeAttribute('data');
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('脚本');
    el.querySelector('script')!.remove();
    await untilState(el, 'loading');
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('网址');
    el.removeAttribute('src');
    await untilState(el, 'ready');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('地区生产总值(GDP)');
    el.removeAttribute('record');
    await untilState(el, 'empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.data).to.equal(undefined);
  });

  it('lets a page read data, change it and set it back without the element mutating it', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="tech_transactions"></civic-indicator-trend>`);
    await untilState(el, 'ready');
    const data = el.data!;
    const frozen = JSON.stringify(data);
    await new Promise((r) => setTimeout(r, 50));
    expect(JSON.stringify(el.data)).to.equal(frozen); // deriving and converting never write into the data
    data.series[0].observations = data.series[0].observations.slice(0, 1);
    el.data = { ...data };
    await el.updateComplete;
    expect(partText(el, 'summary')).to.contain('81.8亿元').and.not.contain('280.7');
  });

  it('shows the empty state with no source at all, never a made-up chart', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    expect(el.state).to.equal('empty');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
  });
});
