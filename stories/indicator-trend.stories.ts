import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/indicator-trend/define.js';
import { indicatorRecordIds } from '../src/data/records.js';
import type { Observation } from '../src/data/types.js';
import type { IndicatorTrendData } from '../src/components/indicator-trend/types.js';
import { NEVER_ANSWERS, holdNeverAnswering, withEmbedCodes, styles, themeAndLocaleArgTypes } from './support.js';

/**
 * Illustrative data for stories only: the source says so, and the element's source line then
 * reads "示例数据，非真实统计" / "Illustrative data, not real statistics".
 */
const illustrative = { kind: 'illustrative', quote: 'Illustrative story data' } as const;
const o = (period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  period,
  value,
  unit: '亿元',
  bound: 'exact',
  source: illustrative,
  ...extra,
});
const example = (series: IndicatorTrendData['series'], extra: Partial<IndicatorTrendData> = {}): IndicatorTrendData => ({
  name: { zh: '示例指标', en: 'Example indicator' },
  unit: '亿元',
  series,
  ...extra,
});

/** Gaps: 2016, 2018 and 2019 are missing; the line breaks there. */
const gaps = example([{ id: 'a', name: { zh: '示例指标', en: 'Example indicator' }, observations: [o('2014', 20), o('2015', 22), o('2017', 25), o('2020', 31), o('2021', 33)] }]);
/** Estimates, a lower bound and revised values. */
const marks = example([
  {
    id: 'a',
    name: { zh: '示例指标', en: 'Example indicator' },
    observations: [
      o('2018', 40),
      o('2019', 44, { bound: 'approx' }),
      o('2020', 47),
      o('2021', 50, { bound: 'estimate' }),
      o('2022', 55, { bound: 'lowerBound' }),
      o('2020', 49, { revised: true }),
      o('2021', 52, { revised: true }),
    ],
  },
]);
/** Derived points: previous levels computed from nominal growth rates (annual and quarterly). */
const derived = example([
  { id: 'a', name: { zh: '示例指标', en: 'Example indicator' }, observations: [o('2017', 80, { yoyPct: 60 }), o('2019-Q1', 16, { yoyPct: 8 }), o('2019-Q2', 18, { yoyPct: 9 })] },
]);
/** 10,000 monthly points (LTTB sampling, no per-point markers). */
const big = example([
  {
    id: 'big',
    name: { zh: '一万个点', en: 'Ten thousand points' },
    observations: Array.from({ length: 10000 }, (_, i) =>
      o(`${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1000 + Math.round(300 * Math.sin(i / 40) + i / 10)),
    ),
  },
]);
const onePoint = example([{ id: 'a', name: { zh: '单点', en: 'One point' }, observations: [o('2019', 12)] }]);
const allEqual = example([{ id: 'a', name: { zh: '持平', en: 'All equal' }, observations: [o('2018', 5), o('2019', 5), o('2020', 5), o('2021', 5)] }]);

interface Args {
  record: string;
  theme: string;
  locale: string;
  width: number;
  height: string;
  showTable: boolean;
  hideTitle: boolean;
  hideSource: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-indicator-trend',
  component: 'civic-indicator-trend',
  argTypes: {
    record: { control: 'select', options: [...indicatorRecordIds, 'hitech_enterprise_count,hitech_enterprise_new'] },
    ...themeAndLocaleArgTypes,
    width: { control: { type: 'range', min: 280, max: 1000, step: 10 } },
    height: { control: 'text', description: '--civic-chart-height' },
  },
  args: {
    record: 'gdp',
    theme: 'light',
    locale: 'zh-CN',
    width: 560,
    height: '300px',
    showTable: false,
    hideTitle: false,
    hideSource: false,
  },
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}>
    <civic-indicator-trend
      ${styles({ '--civic-chart-height': a.height })}
      record=${a.record}
      theme=${a.theme}
      locale=${a.locale}
      ?show-table=${a.showTable}
      ?hide-title=${a.hideTitle}
      ?hide-source=${a.hideSource}
    ></civic-indicator-trend>
  </div>`,
  // The embed codes of the chart shown (script tag and iframe), under every story.
  decorators: [withEmbedCodes],
  parameters: {
    docs: {
      description: {
        component:
          'An indicator over periods: levels as lines, year-on-year changes as bars (right axis), targets as reference lines. Gaps break the line; estimates, lower bounds, revised and derived values have their own markers. Data: `record`, `data`, `src` or a child JSON script. Focus the chart and use the arrow keys; Enter selects; the legend buttons toggle series.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
const withData = (data: IndicatorTrendData) => (a: Args) =>
  html`<div ${styles({ width: `${a.width}px` })}><civic-indicator-trend theme=${a.theme} locale=${a.locale} ?show-table=${a.showTable} .data=${data}></civic-indicator-trend></div>`;

// ---- every seed record named in the issue ---------------------------------------------------
export const Gdp: Story = { name: 'GDP (gdp): revised values apart, 万亿元 converted', args: { record: 'gdp' } };
export const RdIntensity: Story = { name: 'R&D intensity (rd_intensity): gaps, estimates, 3.4% and 3.6% targets', args: { record: 'rd_intensity' } };
export const HitechEnterpriseCount: Story = { name: 'High-tech enterprises (hitech_enterprise_count)', args: { record: 'hitech_enterprise_count' } };
export const HitechEnterpriseNew: Story = { name: 'New high-tech enterprises (hitech_enterprise_new)', args: { record: 'hitech_enterprise_new' } };
export const NewVersusTotal: Story = { name: 'New versus total high-tech enterprises (legend)', args: { record: 'hitech_enterprise_count,hitech_enterprise_new' } };
export const TechTransactions: Story = { name: 'Technology transactions (tech_transactions): derived 2018-Q1', args: { record: 'tech_transactions' } };
export const HitechRevenue: Story = { name: 'High-tech revenue (hitech_revenue): one quarter and its derived year-earlier level', args: { record: 'hitech_revenue' } };
export const ResearchInstitutes: Story = { name: 'Research institutes (research_institutes): years and months', args: { record: 'research_institutes' } };
export const ChangeOnly: Story = { name: 'A change without a level (hitech_new_product_output)', args: { record: 'hitech_new_product_output' } };
export const NothingPlaceable: Story = { name: 'Empty: a free-text period only (institutes_new_since_2018)', args: { record: 'institutes_new_since_2018' } };

/** Every indicator record of the bundled dataset. */
export const AllRecords: Story = {
  render: (a) => html`<div ${styles({ display: 'grid', 'grid-template-columns': 'repeat(auto-fill, minmax(320px, 1fr))', gap: '16px' })}>
    ${indicatorRecordIds.map((id) => html`<civic-indicator-trend record=${id} theme=${a.theme} locale=${a.locale}></civic-indicator-trend>`)}
  </div>`,
};

// ---- themes, locales, sizes ----------------------------------------------------------------
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark', record: 'rd_intensity' }, parameters: { backgrounds: { default: 'dark' } } };
export const Auto: Story = { name: 'Auto (follows the OS)', args: { theme: 'auto' } };
export const HighContrast: Story = { args: { theme: 'high-contrast', record: 'tech_transactions' } };
export const Narrow280: Story = { name: '280 px wide', args: { width: 280, locale: 'en' } };
export const Narrow280Legend: Story = { name: '280 px wide, two series', args: { width: 280, record: 'hitech_enterprise_count,hitech_enterprise_new' } };
export const WithTable: Story = { args: { showTable: true, width: 800 } };

// ---- edge cases (illustrative data) --------------------------------------------------------
export const Gaps: Story = { name: 'Edge: gaps (illustrative)', render: withData(gaps) };
export const EstimatesLowerBoundsRevised: Story = { name: 'Edge: estimates, lower bound, approximate, revised (illustrative)', render: withData(marks) };
export const DerivedPoints: Story = { name: 'Edge: derived points, annual and quarterly (illustrative)', render: withData(derived) };
export const OnePoint: Story = { name: 'Edge: one point (illustrative)', render: withData(onePoint) };
export const AllEqual: Story = { name: 'Edge: all-equal values (illustrative)', render: withData(allEqual) };
export const TenThousandPoints: Story = { name: 'Edge: 10,000 points (illustrative)', render: withData(big) };

// ---- states --------------------------------------------------------------------------------
/** Loading: a `src` that does not answer (this story holds the request open). */
export const Loading: Story = {
  render: (a) => html`<civic-indicator-trend theme=${a.theme} locale=${a.locale} src=${NEVER_ANSWERS} fetch-timeout="600000"></civic-indicator-trend>`,
  decorators: [holdNeverAnswering],
};

/** No data at all: the empty state, never made-up data. */
export const Empty: Story = { render: (a) => html`<civic-indicator-trend theme=${a.theme} locale=${a.locale}></civic-indicator-trend>` };

/** Invalid data: the error names the bad field (series[0].observations[1].value), a console warning too. */
export const ErrorFromBadData: Story = {
  name: 'Error (bad data)',
  render: (a) => html`<civic-indicator-trend
    theme=${a.theme}
    locale=${a.locale}
    data=${JSON.stringify(example([{ id: 'a', name: 'x', observations: [o('2019', 1), { ...o('2020', 2), value: 'lots' as unknown as number }] }]))}
  ></civic-indicator-trend>`,
};

/** Unknown record id. */
export const ErrorUnknownRecord: Story = { name: 'Error (unknown record)', args: { record: 'no_such_indicator' } };

/** Portal theming with --civic-* custom properties. */
export const PortalBranding: Story = {
  render: (a) => html`<civic-indicator-trend
    ${styles({
      '--civic-color-series-1': '#b3261e',
      '--civic-color-surface': '#fffaf5',
      '--civic-font-family': "Georgia, 'Songti SC', serif",
      '--civic-radius': '0',
    })}
    record=${a.record}
    locale=${a.locale}
  ></civic-indicator-trend>`,
};
