/**
 * ChartController follows its container: whatever the host renders, the live instance is bound
 * to the container on the page, and one bound to a replaced container is disposed.
 */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ChartController } from '../../src/core/chart-controller.js';
import type { EChartsType } from '../../src/core/echarts.js';
import { ViewportController } from '../../src/core/viewport-controller.js';
import { until } from '../support/helpers.js';

class SwapHost extends LitElement {
  static override properties = { key: { type: Number } };
  key = 0;
  created: EChartsType[] = [];
  readonly viewport = new ViewportController(this, { target: () => this.renderRoot?.querySelector('.box') });
  readonly charts = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.box'),
    viewport: this.viewport,
    onCreate: (chart) => {
      this.created.push(chart);
      chart.setOption({ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] });
    },
  });
  override render() {
    // keyed(): a new key renders a new container element, as a template switching states would.
    return keyed(this.key, html`<div class="box" style="width: 300px; height: 200px"></div>`);
  }
}
customElements.define('test-swap-host', SwapHost);

describe('ChartController', () => {
  it('disposes an instance whose container was replaced and creates one on the new container', async () => {
    const host = await fixture<SwapHost>(testHtml`<test-swap-host></test-swap-host>`);
    await until(() => host.created.length === 1, 'the first chart');
    const first = host.created[0];
    expect(first.getDom()).to.equal(host.shadowRoot!.querySelector('.box'));
    host.key = 1;
    await host.updateComplete;
    await until(() => host.created.length === 2, 'a chart on the new container');
    expect(first.isDisposed()).to.equal(true);
    // An instance is `chart` once its first drawing is laid out (the queue's later steps).
    await until(() => host.charts.chart !== undefined, 'the new chart live');
    const second = host.charts.chart!;
    expect(second).to.equal(host.created[1]);
    expect(second.getDom()).to.equal(host.shadowRoot!.querySelector('.box'));
    expect(second.getDom().isConnected).to.equal(true);
    expect(second.isDisposed()).not.to.equal(true);
  });

  it('disposes on removal and creates a new instance on re-insertion', async () => {
    const host = await fixture<SwapHost>(testHtml`<test-swap-host></test-swap-host>`);
    await until(() => host.created.length === 1, 'the first chart');
    const parent = host.parentElement!;
    host.remove();
    expect(host.created[0].isDisposed()).to.equal(true);
    expect(host.charts.chart).to.equal(undefined);
    parent.append(host);
    await until(() => host.created.length === 2, 'a chart after re-insertion');
    await until(() => host.charts.chart !== undefined, 'the new chart live');
    // (ECharts' isDisposed() is undefined, not false, for a live instance.)
    expect(host.charts.chart!.isDisposed()).not.to.equal(true);
    expect(host.charts.chart).to.equal(host.created[1]);
  });
});
