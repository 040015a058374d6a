import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { progressData } from './fixtures.js';
import { stubFetch, type FetchStub } from './stub-fetch.js';
import { captureWarnings, oneEvent, partText, untilState } from '../support/helpers.js';

const SUMMARY_ZH = '2030年1–6月新增测试企业40家，完成全年100家目标的40%；目前平均每年增加80家，到2030年底还需每年增加120家（推算值）。';

describe('civic-target-progress: data sources', () => {
  let stub: FetchStub;
  beforeEach(() => (stub = stubFetch()));
  afterEach(() => stub.restore());

  it('renders data given as the data property and returns it from the property', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="zh-CN"></civic-target-progress>`);
    const data = progressData();
    el.data = data;
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('测试目标：全年新增100家');
    expect(partText(el, 'summary')).to.equal(SUMMARY_ZH);
    expect(el.data).to.equal(data);
  });

  it('renders data given as the data attribute (JSON) and exposes it as the property', async () => {
    const json = JSON.stringify(progressData({ title: '属性' }));
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress data=${json}></civic-target-progress>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('属性');
    expect(el.data).to.deep.equal(JSON.parse(json));
  });

  it('renders data from a child <script type="application/json"> and follows edits to it', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress>
      <script type="application/json">${JSON.stringify(progressData({ title: '脚本' }))}</script>
    </civic-target-progress>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('脚本');
    el.querySelector('script')!.textContent = JSON.stringify(progressData({ title: '改后' }));
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('改后');
  });

  it('fetches the src URL, showing loading first', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress src="/__tp__/data.json?ms=150&label=网址"></civic-target-progress>`);
    expect(el.state).to.equal('loading');
    expect(partText(el, 'loading')).to.equal('正在加载…');
    await oneEvent(el, 'civic-ready');
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal('网址');
    expect(el.data!.goals[0].label).to.equal('网址');
  });

  it('fetches a static JSON file through src', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="en" src="/test/target-progress/fixtures/progress.json"></civic-target-progress>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('URL test goals');
    expect(partText(el, 'summary')).to.contain('50% of');
  });

  it('never lets a late response overwrite a newer src', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress src="/__tp__/data.json?ms=600&label=旧"></civic-target-progress>`);
    el.src = '/__tp__/data.json?ms=50&label=新';
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('新');
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('新');
    expect(stub.aborted).to.deep.equal(['?ms=600&label=%E6%97%A7']);
  });

  it('aborts the fetch when the element is removed, and fetches again when re-inserted', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress src="/__tp__/data.json?ms=300&label=再次"></civic-target-progress>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 450));
    expect(stub.aborted).to.have.length(1);
    expect(el.state).to.equal('loading');
    expect(el.data).to.equal(undefined);
    parent.append(el);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('再次');
    expect(stub.requested).to.have.length(2);
  });

  it('times out a slow src with a visible error naming src', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale="en" fetch-timeout="100" src="/__tp__/data.json?ms=2000"></civic-target-progress>`);
    const warnings = await captureWarnings(async () => {
      const ev = await oneEvent(el, 'civic-error');
      expect(ev.detail.issues[0].path).to.equal('src');
    });
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Loading the data timed out: src timed out after 100 ms/);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('src');
  });

  it('shows an HTTP failure of src as an error', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress src="/test/target-progress/fixtures/no-such-file.json"></civic-target-progress>`);
    await captureWarnings(() => untilState(el, 'error'));
    expect(partText(el, 'error')).to.equal('数据加载失败：src returned HTTP 404');
  });

  it('loads a record of the bundled dataset', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="new_hitech_year"></civic-target-progress>`);
    expect(el.state).to.equal('loading');
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.equal('2019年新增高新技术企业815家，完成全年600家目标的136%。');
  });

  it('reports an unknown record id as an error', async () => {
    let el!: CivicTargetProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="no_such_target"></civic-target-progress>`);
      await untilState(el, 'error');
    });
    expect(partText(el, 'error')).to.contain('未找到数据记录');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('record');
  });

  it('takes the first present source: property, then attribute, then script, then src, then record', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress
      record="new_hitech_year"
      src="/__tp__/data.json?ms=150&label=网址"
      data=${JSON.stringify(progressData({ title: '属性' }))}
    >
      <script type="application/json">${JSON.stringify(progressData({ title: '脚本' }))}</script>
    </civic-target-progress>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('属性');
    el.data = progressData({ title: '性质' });
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
    expect(partText(el, 'title')).to.equal('力争全年新增高新技术企业600家');
    el.removeAttribute('record');
    await untilState(el, 'empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.data).to.equal(undefined);
  });

  it('lets a page read data, change it and set it back', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="new_hitech_year"></civic-target-progress>`);
    await untilState(el, 'ready');
    const data = el.data!;
    data.goals[0].progress = [{ ...data.goals[0].progress[0], value: 300 }];
    el.data = data;
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('2019年新增高新技术企业300家，完成全年600家目标的50%；期限已过，未达到目标。');
    expect(el.data).to.equal(data);
    // A fresh record load is not affected by the page's edit (the dataset hands out copies).
    const other = await fixture<CivicTargetProgress>(html`<civic-target-progress record="new_hitech_year"></civic-target-progress>`);
    await untilState(other, 'ready');
    expect(partText(other, 'summary')).to.contain('815家');
  });

  it('shows the empty state with no source at all, never a made-up chart', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress></civic-target-progress>`);
    expect(el.state).to.equal('empty');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.goal')).to.equal(null);
  });
});
