import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { gaugeData } from './fixtures.js';
import { captureWarnings, oneEvent, partText, untilState } from '../support/helpers.js';

describe('civic-cluster-gauge: data sources', () => {
  it('renders data given as the data property and returns it from the property', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge locale="zh-CN"></civic-cluster-gauge>`);
    const data = gaugeData();
    el.data = data;
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('测试产业集群');
    expect(partText(el, 'summary')).to.equal('测试产业集群2020年工业总产值2500亿元，达到五千亿级目标的50%。');
    expect(el.data).to.equal(data);
  });

  it('renders data given as the data attribute (JSON) and exposes it as the property', async () => {
    const json = JSON.stringify(gaugeData({ name: '属性' }));
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge data=${json}></civic-cluster-gauge>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('属性产业集群');
    expect(el.data).to.deep.equal(JSON.parse(json));
  });

  it('renders data from a child <script type="application/json"> and follows edits to it', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge>
      <script type="application/json">${JSON.stringify(gaugeData({ name: '脚本' }))}</script>
    </civic-cluster-gauge>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('脚本产业集群');
    el.querySelector('script')!.textContent = JSON.stringify(gaugeData({ name: '改后' }));
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('改后产业集群');
  });

  it('fetches the src URL, showing loading first', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge src="/__slow__/gauge.json?ms=150&name=网址"></civic-cluster-gauge>`);
    expect(el.state).to.equal('loading');
    expect(partText(el, 'loading')).to.equal('正在加载…');
    await oneEvent(el, 'civic-ready');
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal('网址产业集群');
    expect((el.data as { name: string }).name).to.equal('网址');
  });

  it('fetches a static JSON file through src', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge locale="en" src="/test/fixtures/gauge.json"></civic-cluster-gauge>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('URL test cluster');
  });

  it('never lets a late response overwrite a newer src', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge src="/__slow__/gauge.json?ms=600&name=旧"></civic-cluster-gauge>`);
    el.src = '/__slow__/gauge.json?ms=50&name=新';
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('新产业集群');
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('新产业集群');
  });

  it('aborts the fetch when the element is removed, and fetches again when re-inserted', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge src="/__slow__/gauge.json?ms=300&name=再次"></civic-cluster-gauge>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 450));
    expect(el.state).to.equal('loading');
    expect(el.data).to.equal(undefined);
    parent.append(el);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('再次产业集群');
  });

  it('times out a slow src with a visible error naming src', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge locale="en" fetch-timeout="100" src="/__slow__/gauge.json?ms=2000"></civic-cluster-gauge>`);
    const warnings = await captureWarnings(async () => {
      const ev = await oneEvent(el, 'civic-error');
      expect(ev.detail.issues[0].path).to.equal('src');
    });
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Loading the data timed out: src timed out after 100 ms/);
    expect(warnings.join('\n')).to.contain('src');
  });

  it('shows an HTTP failure of src as an error', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge src="/test/fixtures/no-such-file.json"></civic-cluster-gauge>`);
    await captureWarnings(() => untilState(el, 'error'));
    expect(partText(el, 'error')).to.equal('数据加载失败：src returned HTTP 404');
  });

  it('loads a record of the bundled dataset', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    expect(el.state).to.equal('loading');
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.equal('新材料产业集群2020年工业总产值2174.6亿元，达到五千亿级目标的43%。');
  });

  it('reports an unknown record id as an error', async () => {
    let el!: CivicClusterGauge;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="no_such_cluster"></civic-cluster-gauge>`);
      await untilState(el, 'error');
    });
    expect(partText(el, 'error')).to.contain('未找到数据记录');
    expect(warnings.join()).to.contain('record');
  });

  it('takes the first present source: property, then attribute, then script, then src, then record', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge
      record="new_materials"
      src="/__slow__/gauge.json?name=网址"
      data=${JSON.stringify(gaugeData({ name: '属性' }))}
    >
      <script type="application/json">${JSON.stringify(gaugeData({ name: '脚本' }))}</script>
    </civic-cluster-gauge>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('属性产业集群');
    el.data = gaugeData({ name: '性质' });
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('性质产业集群');
    el.data = undefined;
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('属性产业集群');
    el.removeAttribute('data');
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('脚本产业集群');
    el.querySelector('script')!.remove();
    await untilState(el, 'loading');
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('网址产业集群');
    el.removeAttribute('src');
    await untilState(el, 'ready');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(partText(el, 'title')).to.equal('新材料产业集群');
    el.removeAttribute('record');
    await untilState(el, 'empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.data).to.equal(undefined);
  });

  it('lets a page read data, change it and set it back without the element mutating it', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    await untilState(el, 'ready');
    const data = el.data!;
    const frozen = JSON.stringify(data);
    data.value = { ...data.value!, value: 3000 };
    el.data = data;
    await el.updateComplete;
    expect(partText(el, 'summary')).to.contain('3000亿元').and.contain('60%');
    expect(JSON.stringify(el.data)).not.to.equal(frozen);
    expect(el.data).to.equal(data);
  });

  it('shows the empty state with no source at all, never a made-up chart', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge></civic-cluster-gauge>`);
    expect(el.state).to.equal('empty');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
  });
});
