import { expect } from '@open-wc/testing';
import '../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import { trendData } from './fixtures.js';
import { holdFetch, partText } from '../support/helpers.js';
import { dataSourceContract } from '../support/contract.js';

const named = (zh: string) => trendData({ name: zh });
const SLOW = '/__trend_slow__/trend.json';

describe('civic-indicator-trend: data sources', () => {
  dataSourceContract<CivicIndicatorTrend>({
    tag: 'civic-indicator-trend',
    named,
    titleFor: (name) => name,
    property: {
      data: () => trendData(),
      title: '测试指标',
      summary: { contains: '测试指标2020年为121亿元，比2018年（100亿元）增长21%' },
    },
    // Answered in the page: `?ms=…&name=…` after ms milliseconds; requests and aborts are recorded.
    fetch: {
      slowUrl: (name, ms) => `${SLOW}?${[ms !== undefined && `ms=${ms}`, name !== undefined && `name=${name}`].filter(Boolean).join('&')}`,
      nameOf: (data: { name: string }) => data.name,
      stub: () => holdFetch('/__trend_slow__/', (u) => named(u.searchParams.get('name') ?? 'slow')),
    },
    staticJson: { url: '/test/indicator-trend/trend.json', title: 'URL indicator', summaryContains: '1.2 billion yuan in 2020' },
    missingUrl: '/test/indicator-trend/no-such-file.json',
    record: {
      id: 'gdp',
      title: '地区生产总值(GDP)',
      summary: /^地区生产总值\(GDP\)2024年为18147\.7亿元/,
      unknown: ['no_such_indicator', 'gdp,rd_intensity'],
    },
    titles: { unknownRecord: 'reports an unknown record id, or ids of different units side by side, as an error' },
    empty: true,
    roundTrip: {
      record: 'tech_transactions',
      edit: (data: IndicatorTrendData) => (data.series[0].observations = data.series[0].observations.slice(0, 1)),
      check: (el) => expect(partText(el, 'summary')).to.contain('81.8亿元').and.not.contain('280.7'),
    },
  });
});
