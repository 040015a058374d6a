import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { feature } from 'topojson-client';
import states from 'us-atlas/states-10m.json';
import '../src/components/indicator-trend/define.js';
import '../src/components/institute-map/define.js';
import type { IndicatorTrendData } from '../src/components/indicator-trend/types.js';
import type { InstituteMapData } from '../src/components/institute-map/types.js';
import type { Source } from '../src/data/types.js';
import { co2Monthly, globalTempAnomaly, seattleDailyMax, type Row } from './fixtures/open-data.js';
import { styles, themeAndLocaleArgTypes } from './support.js';

/**
 * A portal's own figures, in units other than the report's: real open series (copied from
 * vega-datasets into stories/fixtures/open-data.ts, with their sources and licences; nothing is
 * fetched when a story runs), and a map of the US states (us-atlas, Census Bureau boundaries, ISC
 * licence) with made-up institutes that say so.
 */

/** A series of (period, value) rows in one unit, as README "Your own data" builds it from a CSV. */
function trend(rows: Row[], d: Omit<IndicatorTrendData, 'series' | 'bound'> & { seriesName: IndicatorTrendData['name'] }): IndicatorTrendData {
  const { seriesName, ...rest } = d;
  return {
    ...rest,
    bound: 'exact',
    series: [{ id: 'series', name: seriesName, observations: rows.map(([period, value]) => ({ period, value })) }],
  };
}

const scripps: Source = {
  kind: 'external',
  publisher: 'Scripps CO2 Program, Scripps Institution of Oceanography',
  title: 'Primary Mauna Loa CO2 record',
  quote: 'Monthly average CO2 concentration (ppm)',
  url: 'https://scrippsco2.ucsd.edu/data/atmospheric_co2/primary_mlo_co2_record',
  note: { zh: 'CC BY 4.0；经 vega-datasets 转载', en: 'CC BY 4.0; as redistributed in vega-datasets' },
};
const giss: Source = {
  kind: 'external',
  publisher: 'NASA Goddard Institute for Space Studies',
  title: 'GISS Surface Temperature Analysis (GISTEMP), Land-Ocean Temperature Index',
  quote: 'Combined land-surface air and sea-surface water temperature anomalies',
  url: 'https://data.giss.nasa.gov/gistemp/',
};
const noaa: Source = {
  kind: 'external',
  publisher: 'NOAA National Climatic Data Center',
  title: 'Climate Data Online, daily summaries (Seattle)',
  quote: 'Daily maximum temperature',
  url: 'https://www.ncdc.noaa.gov/cdo-web/',
};

const co2: IndicatorTrendData = trend(co2Monthly, {
  name: { zh: '大气二氧化碳浓度（莫纳罗亚观测站）', en: 'Atmospheric CO2 at Mauna Loa' },
  seriesName: { zh: '月均浓度', en: 'Monthly mean' },
  unit: 'ppm',
  measure: { zh: '月均值，百万分之一摩尔分数', en: 'monthly mean, mole fraction in parts per million' },
  source: scripps,
});
const temperature: IndicatorTrendData = trend(globalTempAnomaly, {
  name: { zh: '全球地表气温距平', en: 'Global surface temperature anomaly' },
  seriesName: { zh: '年均距平', en: 'Annual anomaly' },
  unit: '°C',
  signed: true,
  measure: { zh: '相对1951–1980年均值', en: 'relative to the 1951–1980 mean' },
  source: giss,
});
const seattle: IndicatorTrendData = trend(seattleDailyMax, {
  name: { zh: '西雅图日最高气温', en: 'Seattle daily maximum temperature' },
  seriesName: { zh: '日最高气温', en: 'Daily maximum' },
  unit: '°C',
  signed: true,
  source: noaa,
});

/** The 50 states, DC and the territories (us-atlas states-10m: 1:10m borders, about 14,000 points). */
type Topology = Parameters<typeof feature>[0] & { objects: { states: unknown } };
const usStates = feature(states as unknown as Topology, (states as unknown as Topology).objects.states) as object;

/** Made-up institutes (illustrative: the source line says so), by state name and by coordinates. */
const illustrative: Source = { kind: 'illustrative', quote: 'Illustrative story data' };
const usInstitutes: InstituteMapData = {
  title: { zh: '示例：美国各州的研究机构（虚构）', en: 'Example: research institutes by US state (made up)' },
  notes: [
    {
      zh: '机构为虚构的示例数据。州界：美国人口普查局，经 us-atlas（ISC 许可）转换。',
      en: 'The institutes are made up for this example. State boundaries: US Census Bureau, via us-atlas (ISC licence).',
    },
  ],
  institutes: [
    { id: 'tx1', name: 'Example Institute, Texas', statuses: ['introduced'], location: { district: 'Texas', confidence: 'sourced' }, source: illustrative },
    { id: 'tx2', name: 'Example Lab, Texas', statuses: ['plannedLab'], location: { district: 'Texas', confidence: 'inferred' }, source: illustrative },
    { id: 'ca1', name: 'Example Campus, California', statuses: ['substantiveConstruction'], location: { district: 'California', confidence: 'sourced' }, source: illustrative },
    { id: 'ma1', name: 'Example Platform, Massachusetts', statuses: ['mentioned'], location: { district: 'Massachusetts', confidence: 'sourced' }, source: illustrative },
    { id: 'co1', name: 'Example Institute, Denver', statuses: ['toBeIntroduced'], location: { district: 'Colorado', lon: -104.99, lat: 39.74, confidence: 'sourced' }, source: illustrative },
    { id: 'x1', name: 'Example Institute, location unknown', statuses: ['introduced'], location: { district: null, confidence: 'unknown' }, source: illustrative },
  ],
};

interface Args {
  theme: string;
  locale: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Portal data/Other units and places',
  argTypes: {
    ...themeAndLocaleArgTypes,
    width: { control: { type: 'range', min: 280, max: 1000, step: 10 } },
  },
  args: { theme: 'light', locale: 'en', width: 720 },
  parameters: {
    docs: {
      description: {
        component:
          "A portal's own figures: real open series in ppm and °C (negatives, 1,461 days), copied from vega-datasets with their sources, and the US states (us-atlas) with made-up institutes that say so.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const trendStory = (data: IndicatorTrendData): Story['render'] => (a) => html`<div ${styles({ width: `${a.width}px` })}>
  <civic-indicator-trend theme=${a.theme} locale=${a.locale} .data=${data}></civic-indicator-trend>
</div>`;

/** 741 months of CO2 at Mauna Loa, 1958–2020, in ppm (Scripps CO2 Program). */
export const Co2Monthly: Story = { name: 'CO2 monthly, ppm (real)', render: trendStory(co2) };

/** The annual global temperature anomaly 1880–2023, in °C: below zero until the 1930s (NASA GISS). */
export const TemperatureAnomaly: Story = { name: 'Temperature anomaly, °C, negatives (real)', render: trendStory(temperature) };

/** The same in Chinese. */
export const TemperatureAnomalyChinese: Story = {
  name: 'Temperature anomaly, °C, in Chinese (real)',
  args: { locale: 'zh-CN' },
  render: trendStory(temperature),
};

/** 1,461 days of Seattle's maximum temperature, 2012–2015, in °C (NOAA). */
export const SeattleDaily: Story = { name: 'Seattle daily maximum, °C, 1,461 days (real)', render: trendStory(seattle) };

/** The US states (56 districts, detailed borders); the view fits the contiguous states. Institutes made up. */
export const UsStatesMap: Story = {
  name: 'US states map (illustrative institutes)',
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}>
    <civic-institute-map theme=${a.theme} locale=${a.locale} .geo=${usStates} .data=${usInstitutes}></civic-institute-map>
  </div>`,
};
