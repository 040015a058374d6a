/**
 * A child <table> in the page's own HTML is the trend's data (after the child JSON script, before
 * src): the caption the name, the first column the periods, one column per series headed by its
 * name, data-unit on the table, numbers as written in either locale, an empty cell a gap; a
 * malformed table is the error state naming the cell. Without JavaScript the table is what a
 * reader sees.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { captureWarnings, paintedShare, partText, until, untilState } from '../support/helpers.js';

const drawn = (el: CivicIndicatorTrend) => until(() => !!el.chart && !!el.shadowRoot!.querySelector('canvas') && paintedShare(el) > 0.005, 'a drawn chart');

describe('civic-indicator-trend: a <table> as the data', () => {
  it('draws the table: caption the name, periods down, a column per series, gaps where a cell is empty', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="en">
      <table data-unit="亿元" data-source-kind="illustrative">
        <caption>Illustrative output</caption>
        <thead><tr><th>Year</th><th>Output</th><th>Exports</th></tr></thead>
        <tbody>
          <tr><th>2018</th><td>1,000.5</td><td>300</td></tr>
          <tr><th>2019</th><td></td><td>320</td></tr>
          <tr><th>2020</th><td>1,234.5</td><td>约350</td></tr>
        </tbody>
      </table>
    </civic-indicator-trend>`);
    await untilState(el, 'ready');
    await drawn(el);
    expect(partText(el, 'title')).to.equal('Illustrative output');
    const data = el.data!;
    expect(data.series.map((s) => s.name)).to.deep.equal(['Output', 'Exports']);
    expect(data.series[0].observations.map((o) => [o.period, o.value])).to.deep.equal([['2018', 1000.5], ['2020', 1234.5]]);
    expect(data.series[1].observations[2]).to.include({ value: 350, bound: 'approx' });
    // The empty 2019 cell is a gap, not a zero: the summary says the line breaks there.
    expect(partText(el, 'summary')).to.contain('No level for 2019');
    expect(partText(el, 'summary')).to.contain('123.45 billion yuan');
    expect(partText(el, 'source')).to.contain('Illustrative data, not real statistics');
  });

  it('reads numbers as written in either locale: grouping, percent in the cell, bound words, minus signs', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="zh-CN">
      <table data-source-kind="illustrative" data-signed>
        <caption>示例增速</caption>
        <tr><th>时期</th><th>增速</th></tr>
        <tr><th>2019-Q1</th><td>12.3%</td></tr>
        <tr><th>2019-Q2</th><td>超过13%</td></tr>
        <tr><th>2019-Q3</th><td>−0.5%</td></tr>
      </table>
    </civic-indicator-trend>`);
    await untilState(el, 'ready');
    const obs = el.data!.series[0].observations;
    expect(obs.map((o) => [o.value, o.unit, o.bound])).to.deep.equal([
      [12.3, '%', 'exact'],
      [13, '%', 'lowerBound'],
      [-0.5, '%', 'exact'],
    ]);
  });

  it('a malformed table is the error state naming the cell', async () => {
    let el!: CivicIndicatorTrend;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="en">
        <table data-unit="亿元" data-source-kind="illustrative">
          <caption>Broken</caption>
          <tr><th>Year</th><th>Output</th></tr>
          <tr><th>2018</th><td>1,000</td></tr>
          <tr><th>2019</th><td>n.a. (revised)</td></tr>
        </table>
      </civic-indicator-trend>`);
      await untilState(el, 'error');
    });
    expect(partText(el, 'error')).to.equal('Invalid data: table.rows[1].cells[1] (2019, Output) "n.a. (revised)" is not a number as written (1,234.5 or 12.3%)');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('table.rows[1].cells[1]');
  });

  it('a table without a source is refused: every figure needs its source', async () => {
    let el!: CivicIndicatorTrend;
    await captureWarnings(async () => {
      el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="en">
        <table data-unit="%"><caption>No source</caption><tr><th>Year</th><th>Rate</th></tr><tr><th>2019</th><td>2</td></tr></table>
      </civic-indicator-trend>`);
      await untilState(el, 'error');
    });
    expect(partText(el, 'error')).to.contain('table[data-source-publisher] is required');
  });

  it('comes after the child JSON script and before src; editing the table redraws', async () => {
    const json = { name: 'From the script', unit: '%', bound: 'exact', source: { kind: 'illustrative', quote: 'q' }, series: [{ id: 'a', name: 'a', observations: [{ period: '2019', value: 1 }] }] };
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale="en" src="/test/indicator-trend/trend.json">
      <script type="application/json">${JSON.stringify(json)}</script>
      <table data-unit="%" data-source-kind="illustrative"><caption>From the table</caption><tr><th>Year</th><th>Rate</th></tr><tr><th>2019</th><td>2</td></tr></table>
    </civic-indicator-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal('From the script');
    el.querySelector('script')!.remove();
    await until(() => partText(el, 'title') === 'From the table', 'the table’s title');
    el.querySelector('td')!.textContent = '3';
    await until(() => el.data?.series[0].observations[0].value === 3, 'the edited cell');
    el.querySelector('table')!.remove();
    await until(() => el.state === 'ready' && partText(el, 'title') !== 'From the table', 'the src data');
  });

  it('without JavaScript, the table is what a reader sees', async () => {
    const view = await executeServerCommand<{ tables: { caption: string; cells: string[] }[]; upgraded: boolean }, { page: string }>('nojs-view', {
      page: '/test/indicator-trend/table/page.html',
    });
    expect(view.upgraded).to.equal(false);
    expect(view.tables).to.have.length(1);
    expect(view.tables[0].caption).to.equal('GDP (illustrative test table)');
    expect(view.tables[0].cells).to.include.members(['2019', '11,985.1', '2020', '12,408.7']);
  });
});
