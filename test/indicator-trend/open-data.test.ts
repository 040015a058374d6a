/**
 * Real open series, as a portal would bring them (issue 9.10): the CSV files of vega-datasets (a
 * devDependency, served by the test runner from node_modules; nothing from the network), turned into
 * `IndicatorTrendData` the way README's "Your own data" shows, then validated, drawn and summarised
 * in both locales.
 *
 * - CO2 at Mauna Loa, monthly, ppm (Scripps CO2 Program, CC BY 4.0): 741 months, 1958–2020;
 * - global temperature anomaly, annual, °C, negative until the 1930s (NASA GISS GISTEMP);
 * - Seattle daily maximum temperature, °C, 1,461 days 2012–2015 (NOAA NCDC).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import { validateIndicatorTrendData } from '../../src/components/indicator-trend/validate.js';
import { part, partText, untilChart, untilState } from '../support/helpers.js';
import { option, pairs } from './option-helpers.js';

/** The rows of a CSV file of vega-datasets (no quoted commas in these files). */
async function csv(name: string): Promise<string[][]> {
  const text = await (await fetch(`/node_modules/vega-datasets/data/${name}`)).text();
  return text.trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
}

/** README, "Your own data": a CSV of a series in any unit → IndicatorTrendData. */
function trendFromCsv(
  rows: string[][],
  { name, unit, period, column, signed, source }: { name: IndicatorTrendData['name']; unit: IndicatorTrendData['unit']; period: (cell: string) => string; column: number; signed?: boolean; source: IndicatorTrendData['source'] },
): IndicatorTrendData {
  return {
    name,
    unit,
    ...(signed ? { signed } : {}),
    bound: 'exact',
    source,
    series: [
      {
        id: 'series',
        name,
        observations: rows.map((r) => ({ period: period(r[0]), value: r[column] === '' ? null : Number(r[column]) })),
      },
    ],
  };
}

const co2 = async () =>
  trendFromCsv(await csv('co2-concentration.csv'), {
    name: { zh: '大气二氧化碳浓度（莫纳罗亚）', en: 'Atmospheric CO2 at Mauna Loa' },
    unit: 'ppm',
    period: (date) => date.slice(0, 7),
    column: 1,
    source: { kind: 'external', publisher: 'Scripps CO2 Program', quote: 'Monthly average CO2 concentration', url: 'https://scrippsco2.ucsd.edu/data/atmospheric_co2/primary_mlo_co2_record' },
  });

const temperature = async () =>
  trendFromCsv(await csv('global-temp.csv'), {
    name: { zh: '全球气温距平', en: 'Global temperature anomaly' },
    unit: '°C',
    signed: true,
    period: (year) => year,
    column: 1,
    source: { kind: 'external', publisher: 'NASA GISS', quote: 'Land-Ocean Temperature Index', url: 'https://data.giss.nasa.gov/gistemp/' },
  });

const seattle = async () =>
  trendFromCsv(await csv('seattle-weather.csv'), {
    name: { zh: '西雅图日最高气温', en: 'Seattle daily maximum temperature' },
    unit: { zh: '摄氏度', en: '°C' },
    signed: true,
    period: (date) => date,
    column: 2,
    source: { kind: 'external', publisher: 'NOAA National Climatic Data Center', quote: 'Daily summaries', url: 'https://www.ncdc.noaa.gov/cdo-web/' },
  });

async function drawn(data: IndicatorTrendData, locale: 'zh-CN' | 'en'): Promise<CivicIndicatorTrend> {
  const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend locale=${locale} .data=${data}></civic-indicator-trend>`);
  await untilState(el, 'ready');
  await untilChart(el);
  return el;
}

/** The values of the drawn line(s), sampled or not. */
function lineValues(el: CivicIndicatorTrend): number[] {
  return option(el)
    .series.filter((s) => s.type === 'line')
    .flatMap((s) =>
      /^(solid|dashed):/.test(s.id) ? pairs(s).map((d) => d[1]) : (s.data as { value: [number, number] }[]).map((d) => d.value[1]),
    )
    .filter((v): v is number => typeof v === 'number');
}

describe('civic-indicator-trend: real open series of vega-datasets', function () {
  this.timeout(20000);

  it('accepts all three as valid data', async () => {
    for (const data of [await co2(), await temperature(), await seattle()]) {
      const r = validateIndicatorTrendData(data);
      expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3))).to.equal(true);
    }
    expect((await co2()).series[0].observations).to.have.length(741);
    expect((await seattle()).series[0].observations).to.have.length(1461);
  });

  it('CO2, monthly in ppm: drawn, and summarised with ppm in both locales', async () => {
    const data = await co2();
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await drawn(data, locale);
      const summary = partText(el, 'summary');
      expect(summary, locale).to.contain('ppm').and.contain('416.18');
      expect(partText(el, 'table'), locale).to.contain('ppm');
      expect(Math.max(...lineValues(el))).to.be.within(410, 420);
      expect(summary, locale).to.contain(locale === 'en' ? 'Apr 2020' : '2020年4月');
      // The source is given once, on the data: every observation inherits it, and the line names it.
      expect(partText(el, 'source'), locale).to.contain('Scripps CO2 Program');
      // Elements are only drawn near the viewport: the next one takes this one's place.
      el.remove();
    }
  });

  it('global temperature anomaly in °C: negatives drawn below zero, summarised in both locales', async () => {
    const data = await temperature();
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await drawn(data, locale);
      const summary = partText(el, 'summary');
      expect(summary, locale).to.contain('°C');
      // The first year, 1880, is below zero: -0.17 °C.
      expect(partText(el, 'table'), locale).to.match(/[-−]0\.17\s?°C/);
      expect(Math.min(...lineValues(el))).to.be.lessThan(0);
      el.remove();
    }
  });

  it('Seattle, 1,461 days in °C: drawn, and the summary states the latest day and the range', async () => {
    const data = await seattle();
    const en = await drawn(data, 'en');
    expect(lineValues(en).length).to.be.greaterThan(100);
    const summary = partText(en, 'summary');
    expect(summary).to.contain('°C').and.contain('2015').and.contain('1,461 days').and.contain('-1.6 °C').and.contain('35.6 °C');
    // A day takes "on" in English: "5.6 °C on Dec 31, 2015", never "in Dec 31".
    expect(summary).to.match(/ on [A-Z][a-z]{2} \d{1,2}, 2015/).and.not.match(/ in [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    en.remove();
    const zh = await drawn(data, 'zh-CN');
    expect(partText(zh, 'summary')).to.contain('摄氏度').and.contain('2015');
    // The long table shows its first 200 rows and a button for all of them.
    expect(part(zh, 'table')!.querySelectorAll('tbody tr').length).to.equal(200);
    part(zh, 'table-more')!.click();
    await zh.updateComplete;
    expect(part(zh, 'table')!.querySelectorAll('tbody tr').length).to.be.at.least(1461);
  });
});
