import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { indicatorRecordIds } from '../../src/data/records.js';
import { obs, trendData } from './fixtures.js';
import { part, partText, until, untilChart, untilState, untilRendered } from '../support/helpers.js';
import { renderingContract } from '../support/contract.js';
import { drawnSegments, levelExtent, option, pointsOf, series, yearOf } from './option-helpers.js';

async function chartOf(record: string, locale = 'zh-CN') {
  const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record=${record} locale=${locale}></civic-indicator-trend>`);
  await untilState(el, 'ready');
  await untilChart(el);
  return el;
}

const rows = (el: CivicIndicatorTrend) =>
  [...(part(el, 'table') as HTMLTableElement).tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));

describe('civic-indicator-trend: what it shows', () => {
  renderingContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    illustrative: { data: () => trendData() },
    narrow: {
      attrs: { record: 'hitech_enterprise_count,hitech_enterprise_new' },
      extra(el) {
        for (const b of part(el, 'legend')!.querySelectorAll('button')) expect(b.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      },
    },
    locale: { record: 'gdp', zh: '地区生产总值(GDP)', en: 'Gross domestic product (GDP)' },
    display: { record: 'gdp', title: '地区生产总值(GDP)' },
  });

  it('draws GDP levels with year-on-year bars on a second axis, states the latest value, the change over the range and the largest move', async () => {
    const el = await chartOf('gdp');
    const bars = series(el, 'change:0')!;
    expect(bars.type).to.equal('bar');
    expect((bars.data as { value: [number, number] }[]).map((d) => d.value[1])).to.deep.equal([7, 6.8, 3.3, 8.2, 3.5, 5.4]);
    expect(option(el).yAxis[1]).to.include({ show: true, name: '同比 %' });
    expect(partText(el, 'summary')).to.equal(
      '地区生产总值(GDP)2024年为18147.7亿元，比2017年（约9846亿元）增长约84%（推算，同为首次公布值）。' +
        '报告的最大变化为2021年同比+8.2%（按可比价格）。修订值（2016年、2020年、2023年）单独标出，不与首次公布值相连。',
    );
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal(
      'Gross domestic product (GDP): 1.81477 trillion yuan in 2024, about 84% more than in 2017 (about 984.6 billion yuan; derived, both first-published). ' +
        'The largest reported change was +8.2% year on year (real, at comparable prices) in 2021. ' +
        'Revised values (2016, 2020 and 2023) are drawn apart, not joined to first-published ones.',
    );
    expect(option(el).yAxis[0].name).to.equal('trillion yuan');
    expect(partText(el, 'source')).to.match(/^Source: /);
  });

  it('never joins revised values to first-published ones, and converts 万亿元 to the display unit in code, saying so', async () => {
    const el = await chartOf('gdp');
    const [first, revised] = pointsOf(el);
    expect(first.map((d) => yearOf(d.value[0]))).to.deep.equal([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(first.map((d) => d.value[1])).to.include(10745.5).and.include(15700).and.not.include(17146.6);
    expect(revised.map((d) => [yearOf(d.value[0]), d.value[1]])).to.deep.equal([[2016, 8973], [2020, 13100], [2023, 17146.6]]);
    expect(revised.every((d) => d.symbol === 'rect')).to.equal(true);
    // No segment touches a revised value: 2016, 2020 and 2023 of the revised line stand alone.
    const revisedXs = new Set(revised.map((d) => d.value[0]));
    for (const seg of [...drawnSegments(el, 'solid'), ...drawnSegments(el, 'dashed')]) {
      expect(seg.some(([x, y]) => revisedXs.has(x) && [8973, 13100, 17146.6].includes(y))).to.equal(false);
    }
    const table = rows(el);
    const r2020 = table.find((r) => r[0].includes('修订值') && r[1].startsWith('2020'))!;
    expect(r2020[2]).to.equal('约13100亿元');
    expect(r2020[4]).to.contain('由原文约1.31万亿元换算').and.contain('修订值');
    expect(partText(el, 'key')).to.contain('■ 修订值（单独成线）');
  });

  it('never derives a level from a growth rate at comparable prices (GDP), and lists the weaker duplicate as also reported', async () => {
    const el = await chartOf('gdp');
    expect(rows(el).some((r) => r[4].includes('推算值'))).to.equal(false);
    const r2018 = rows(el).filter((r) => r[1].startsWith('2018'));
    expect(r2018.map((r) => r[2])).to.deep.equal(['10745.5亿元', '超过1万亿元']);
    expect(r2018[1][4]).to.contain('下限（超过）').and.contain('同期另一来源：图中显示上一行的值');
  });

  it('breaks the line at a missing period, never drawing a zero or a line through it (R&D intensity 2016, 2018, 2019)', async () => {
    const el = await chartOf('rd_intensity');
    const [line] = pointsOf(el);
    const years = line.map((d) => yearOf(d.value[0]));
    expect(years).to.deep.equal([2014, 2015, 2017, 2020, 2021, 2022, 2023]);
    expect(line.every((d) => d.value[1] > 0)).to.equal(true);
    const segs = [...drawnSegments(el, 'solid'), ...drawnSegments(el, 'dashed')];
    expect(segs.length).to.be.greaterThan(0);
    for (const [a, b] of segs) expect(yearOf(b[0]) - yearOf(a[0]), `${yearOf(a[0])}→${yearOf(b[0])}`).to.equal(1);
    expect(segs.some(([a]) => yearOf(a[0]) === 2015)).to.equal(false);
    expect(segs.some(([a]) => yearOf(a[0]) === 2017)).to.equal(false);
    expect(partText(el, 'summary')).to.contain('2016年、2018年、2019年无水平值，折线在此断开。');
    expect(partText(el, 'key')).to.contain('断开：该时期无数据');
  });

  it('shows estimates with hollow markers and dashed segments, in the summary, tooltip data and table', async () => {
    const el = await chartOf('rd_intensity');
    const [line] = pointsOf(el);
    const est = line.filter((d) => [2021, 2023].includes(yearOf(d.value[0])));
    const surface = getComputedStyle(el).getPropertyValue('--_surface').trim().toLowerCase();
    for (const d of est) {
      expect(d.symbol).to.equal('circle');
      expect(d.itemStyle.color).to.equal(surface);
    }
    const exact = line.find((d) => yearOf(d.value[0]) === 2020)!;
    expect(exact.itemStyle.color).not.to.equal(surface);
    const dashed = drawnSegments(el, 'dashed').map(([a, b]) => `${yearOf(a[0])}-${yearOf(b[0])}`);
    expect(dashed).to.deep.equal(['2020-2021', '2021-2022', '2022-2023']);
    expect(drawnSegments(el, 'solid').map(([a, b]) => `${yearOf(a[0])}-${yearOf(b[0])}`)).to.deep.equal(['2014-2015']);
    expect(partText(el, 'summary')).to.contain('2021年、2023年为预计值（空心标记、虚线）');
    const row = rows(el).find((r) => r[1].startsWith('2021'))!;
    expect(row[2]).to.equal('预计3%');
    expect(row[4]).to.contain('预计值');
  });

  it('shows a lower bound (超过) with its own marker and a dashed segment', async () => {
    const el = await chartOf('rd_expenditure');
    const [line] = pointsOf(el);
    const d2021 = line.find((d) => yearOf(d.value[0]) === 2021)!;
    expect(d2021.symbol).to.equal('triangle');
    expect(rows(el).find((r) => r[1].startsWith('2021'))![2]).to.equal('超过400亿元');
    expect(partText(el, 'summary')).to.contain('2021年为下限值（“超过”）');
  });

  it('computes a derived previous level from a nominal growth rate and marks it derived (2019-Q1 technology transactions 16.2 亿元 +7.9%)', async () => {
    const el = await chartOf('tech_transactions');
    const all = pointsOf(el).flat();
    const q1 = all.find((d) => Math.abs(d.value[1] - 16.2 / 1.079) < 1e-9)!;
    expect(q1, 'the derived 2018-Q1 point').to.exist;
    expect(new Date(q1.value[0]).getUTCFullYear()).to.equal(2018);
    expect(new Date(q1.value[0]).getUTCMonth()).to.equal(1); // mid-quarter: February
    expect(q1.symbol).to.equal('diamond');
    const row = rows(el).find((r) => r[1] === '2018年一季度')!;
    expect(row[2]).to.equal('约15亿元');
    expect(row[4]).to.contain('推算值').and.contain('16.2 ÷ (1 + 7.9%)');
    expect(partText(el, 'summary')).to.contain('2018年一季度（约15亿元）为由报告增速推算的值：16.2 ÷ (1 + 7.9%)。');
    expect(partText(el, 'key')).to.contain('◇ 由增速推算');
    // A year apart is not a line: Q1 2018 and Q1 2019 are not consecutive quarters.
    const segs = [...drawnSegments(el, 'solid'), ...drawnSegments(el, 'dashed')];
    expect(segs.some(([a, b]) => a[1] === q1.value[1] && b[1] === 16.2)).to.equal(false);
  });

  it('places annual, quarterly and Jan–Sep periods of one dataset at the middle of their periods on a time axis', async () => {
    const el = await chartOf('tech_transactions');
    expect(option(el).xAxis[0].type).to.equal('time');
    const byValue = new Map(pointsOf(el).flat().map((d) => [d.value[1], new Date(d.value[0])]));
    const y2017 = byValue.get(81.8)!;
    expect([y2017.getUTCFullYear(), y2017.getUTCMonth()]).to.deep.equal([2017, 6]); // mid-year
    const q2019 = byValue.get(16.2)!;
    expect([q2019.getUTCFullYear(), q2019.getUTCMonth(), q2019.getUTCDate()]).to.deep.equal([2019, 1, 15]); // mid-Q1
    const jan_sep = byValue.get(280.7)!;
    expect([jan_sep.getUTCFullYear(), jan_sep.getUTCMonth()]).to.deep.equal([2022, 4]); // middle of Jan–Sep
    // The annual 2017 value is not joined to the quarterly 2019-Q1 one.
    const segs = [...drawnSegments(el, 'solid'), ...drawnSegments(el, 'dashed')];
    expect(segs.some(([a, b]) => a[1] === 81.8 && b[1] === 16.2)).to.equal(false);
  });

  it('draws targets as reference lines inside the axis (R&D intensity 3.4% by 2025 and the later 3.6%)', async () => {
    const el = await chartOf('rd_intensity');
    const marks = [series(el, 'target:0')!, series(el, 'target:1')!];
    // Across the whole time axis, at the target's value.
    expect(marks.map((m) => (m.data as { value: [number, number] }[]).map((d) => d.value[1]))).to.deep.equal([[3.4, 3.4], [3.6, 3.6]]);
    expect(marks.map((m) => m.name)).to.deep.equal(['报道目标：2025年3.4%', '“十四五”科技创新规划目标：2025年3.6%']);
    expect(series(el, 'zero')).to.equal(undefined);
    expect(levelExtent(el)[1]).to.be.at.least(3.6);
    expect(yearOf(option(el).xAxis[0].max - 1)).to.equal(2025);
    expect(partText(el, 'summary')).to.contain('参考线：报道目标：2025年3.4%；“十四五”科技创新规划目标：2025年3.6%。');
    expect(rows(el).find((r) => r[0] === '“十四五”科技创新规划目标：2025年3.6%')![4]).to.contain('参考线');
  });

  it('draws the zero line when signed levels go below zero, and the axis crosses it (illustrative anomalies in °C)', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    el.data = trendData({
      unit: '°C',
      signed: true,
      series: [{ id: 'anomaly', name: { zh: '气温距平', en: 'Temperature anomaly' }, observations: [obs('2018', -0.17, { unit: '°C' }), obs('2019', 0.05, { unit: '°C' }), obs('2020', 0.21, { unit: '°C' })] }],
    });
    await untilState(el, 'ready');
    await untilChart(el);
    const zero = series(el, 'zero')!;
    expect((zero.data as { value: [number, number] }[]).map((d) => d.value[1])).to.deep.equal([0, 0]);
    expect(levelExtent(el)[0]).to.be.below(-0.17);
    expect(partText(el, 'summary')).to.contain('°C');
  });

  it('shows a change reported without a level as a bar on the change axis, never as a level', async () => {
    const el = await chartOf('hitech_new_product_output');
    expect(pointsOf(el)).to.deep.equal([]);
    expect((series(el, 'change:0')!.data as { value: [number, number] }[]).map((d) => d.value[1])).to.deep.equal([8.9]);
    expect(option(el).yAxis[0].show).to.equal(false);
    expect(partText(el, 'summary')).to.equal('新产品产值：2019年一季度同比+8.9%，未报告水平值。');
    expect(rows(el)[0][2]).to.equal('—');
    // R&D intensity 2019 is known only as a change of +0.13 pp: a bar, not a level.
    const rd = await chartOf('rd_intensity');
    expect((series(rd, 'change:1')!.data as { value: [number, number] }[]).map((d) => d.value[1])).to.deep.equal([0.13]);
    expect(pointsOf(rd)[0].some((d) => yearOf(d.value[0]) === 2019)).to.equal(false);
  });

  it('lists a free-text period that cannot be placed on the time axis in the table, with the reason', async () => {
    const el = await chartOf('hitech_enterprise_new');
    expect(pointsOf(el).flat().some((d) => d.value[1] === 500)).to.equal(false);
    const row = rows(el).find((r) => r[1] === '2016–2020年年均')!;
    expect(row[2]).to.equal('约500个');
    expect(row[4]).to.contain('未绘制：时期无法标在时间轴上');
    expect(partText(el, 'summary')).to.contain('另有1项无法标在时间轴上的数据列于表中。');
  });

  it('keeps a differently measured value off the line (cumulative certifications 2016 vs the valid stock from 2017)', async () => {
    const el = await chartOf('hitech_enterprise_count');
    const lines = pointsOf(el);
    const cumulative = lines.find((l) => l.some((d) => d.value[1] === 1739))!;
    expect(cumulative).to.have.length(1);
    const segs = [...drawnSegments(el, 'solid'), ...drawnSegments(el, 'dashed')];
    expect(segs.some(([a, b]) => a[1] === 1739 || b[1] === 1739)).to.equal(false);
  });

  it('renders one point, and all-equal values, sensibly', async () => {
    const one = await chartOf('cctv_report_length');
    const [pts] = pointsOf(one);
    expect(pts).to.have.length(1);
    expect(series(one, 'points:0')!.showSymbol).to.equal(true);
    const { min, max } = option(one).xAxis[0];
    expect(pts[0].value[0]).to.be.greaterThan(min).and.lessThan(max);
    expect(levelExtent(one)[1]).to.be.greaterThan(160);
    expect(partText(one, 'summary')).to.equal('央视新闻联播报道时长2019年为160秒。');

    const flat = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend></civic-indicator-trend>`);
    flat.data = trendData({ series: [{ id: 'a', name: '持平', observations: [obs('2018', 5), obs('2019', 5), obs('2020', 5)] }] });
    await untilChart(flat);
    const ext = levelExtent(flat);
    expect(ext[0]).to.equal(0);
    expect(ext[1]).to.be.greaterThan(5);
    expect(drawnSegments(flat, 'solid')).to.have.length(2);
    expect(partText(flat, 'summary')).to.contain('2020年为5亿元，比2018年（5亿元）增长0%');
  });

  it('loads every indicator record: ready with a chart, or empty stating what is known', async function () {
    this.timeout(60000);
    for (const id of indicatorRecordIds) {
      const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record=${id}></civic-indicator-trend>`);
      await until(() => el.state === 'ready' || el.state === 'empty', `${id} settles`, 4000);
      await untilRendered(el);
      await el.updateComplete;
      expect(partText(el, 'title'), id).not.to.equal('');
      expect(partText(el, 'summary'), id).to.match(/。$/);
      el.scrollIntoView();
      if (el.state === 'ready') await until(() => !!el.chart, `${id}: the chart`, 4000);
      else expect(partText(el, 'empty'), id).to.match(/列于数据表中/);
      expect(rows(el).length, id).to.be.greaterThan(0);
      el.remove();
    }
  });

  it('shows a record with nothing placeable as empty, with the figure in the table (institutes since 2018, "2018–2019")', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="institutes_new_since_2018"></civic-indicator-trend>`);
    await untilState(el, 'empty');
    expect(partText(el, 'empty')).to.equal('2018年以来新引进研究院数 没有可以按时间绘制的数据。 1项报告数据列于数据表中。');
    expect(el.chart).to.equal(undefined);
    expect(rows(el)[0][2]).to.equal('12个');
  });

  it('puts comparable series side by side (new versus total high-tech enterprises)', async () => {
    const el = await chartOf('hitech_enterprise_count,hitech_enterprise_new', 'en');
    const names = option(el).series.filter((s) => s.id.startsWith('points:')).map((s) => s.name);
    expect(new Set(names)).to.deep.equal(new Set(['High-tech enterprises (stock at year end)', 'High-tech enterprises newly certified in the year']));
    const buttons = [...part(el, 'legend')!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(names.filter((n, i) => names.indexOf(n) === i));
    expect(partText(el, 'summary')).to.contain('High-tech enterprises (stock at year end): 3,919 in 2021').and.contain('an estimated 1,500 in 2022');
  });

  it('formats periods and units for the locale in the table', async () => {
    const el = await chartOf('tech_transactions', 'en');
    const r = rows(el);
    expect(r.map((x) => x[1])).to.include('Q1 2019 (inferred)').and.include('Jan–Sep 2022 (inferred)');
    expect(r.find((x) => x[1] === 'Q1 2019 (inferred)')![2]).to.equal('1.62 billion yuan');
    expect(r.find((x) => x[1] === 'Q1 2018')![4]).to.contain('derived').and.contain('16.2 ÷ (1 + 7.9%)');
  });
});
