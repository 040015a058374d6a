import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/target-progress/define.js';
import { targetProgressRecordIds } from '../src/components/target-progress/record.js';
import type { TargetProgressData } from '../src/components/target-progress/types.js';
import { NEVER_ANSWERS, holdNeverAnswering, withEmbedCodes, styles, themeAndLocaleArgTypes } from './support.js';

/**
 * Illustrative data for stories only: the source says so, and the element's source line then
 * reads "示例数据，非真实统计" / "Illustrative data, not real statistics".
 */
const illustrative = { kind: 'illustrative', quote: 'Illustrative story data' } as const;
const approxAndLowerBound: TargetProgressData = {
  title: { zh: '示例：约数目标与下限值', en: 'Example: an approximate target and a lower-bound value' },
  goals: [
    {
      label: { zh: '示例：攻克约200个技术', en: 'Example: master about 200 technologies' },
      kind: 'flow',
      measure: { zh: '攻克的技术', en: 'technologies mastered' },
      counter: { zh: '个', en: 'technologies' },
      target: { value: 200, unit: 'count', bound: 'approx', source: illustrative },
      deadline: { year: 2030 },
      start: { period: '2026' },
      progress: [{ period: '2028', value: 120, unit: 'count', bound: 'lowerBound', source: illustrative }],
    },
  ],
};

interface Args {
  record: string;
  theme: string;
  locale: string;
  width: number;
  showTable: boolean;
  hideTitle: boolean;
  hideSource: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-target-progress',
  component: 'civic-target-progress',
  argTypes: {
    record: { control: 'select', options: [...targetProgressRecordIds] },
    ...themeAndLocaleArgTypes,
    width: { control: { type: 'range', min: 280, max: 900, step: 10 } },
  },
  args: {
    record: 'report_targets',
    theme: 'light',
    locale: 'zh-CN',
    width: 560,
    showTable: false,
    hideTitle: false,
    hideSource: false,
  },
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}>
    <civic-target-progress
      record=${a.record}
      theme=${a.theme}
      locale=${a.locale}
      ?show-table=${a.showTable}
      ?hide-title=${a.hideTitle}
      ?hide-source=${a.hideSource}
    ></civic-target-progress>
  </div>`,
  // The embed codes of the chart shown (script tag and iframe), under every story.
  decorators: [withEmbedCodes],
  parameters: {
    docs: {
      description: {
        component:
          'Progress toward goals by their deadlines: baseline, latest value and target on a common “% of target” scale, time elapsed, pace needed against pace so far. Drawn natively (HTML + SVG, no ECharts). Focus the rows and use the arrow keys; Enter selects.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The report's five goals in one element, aligned on one scale. */
export const ReportTargets: Story = { name: 'The five goals (report_targets)' };

// Every seed record.
/** Over-achievement: 815 new high-tech enterprises in 2019 against 600 (136%). */
export const NewHitechYear: Story = { name: 'Over-achievement (new_hitech_year)', args: { record: 'new_hitech_year' } };
/** Baseline, estimates and a low-confidence latest value; pace needed vs pace so far. */
export const RdIntensity2025: Story = { name: 'Pace (rd_intensity_2025)', args: { record: 'rd_intensity_2025' } };
/** No progress reported: the goal and "暂无进展数据", never 0% (the empty state). */
export const StartupsYear: Story = { name: 'No progress (startups_year)', args: { record: 'startups_year' } };
export const CoreTech5y: Story = { name: 'Approximate target, no deadline (core_tech_5y)', args: { record: 'core_tech_5y' } };
export const StrategicProducts5y: Story = { name: 'strategic_products_5y', args: { record: 'strategic_products_5y' } };
export const InstitutesSubstantive: Story = { name: '6 of 12 (institutes_substantive_construction_share)', args: { record: 'institutes_substantive_construction_share' } };
export const InstitutesAligned: Story = { name: '52 of 60 (institutes_aligned_246_share)', args: { record: 'institutes_aligned_246_share' } };
export const InstituteRatios: Story = { name: 'Both ratios (institute_ratios)', args: { record: 'institute_ratios' } };

// Themes and locales.
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const DarkEnglish: Story = { args: { theme: 'dark', locale: 'en' }, parameters: { backgrounds: { default: 'dark' } } };
export const Auto: Story = { name: 'Auto (follows the OS)', args: { theme: 'auto' } };
export const HighContrast: Story = { args: { theme: 'high-contrast' } };
export const Narrow280: Story = { name: '280 px wide', args: { width: 280 } };
export const Narrow280English: Story = { name: '280 px wide (en)', args: { width: 280, locale: 'en', record: 'rd_intensity_2025' } };
export const WithTable: Story = { args: { showTable: true, width: 720 } };

/** Every record id, side by side. */
export const AllRecords: Story = {
  render: (a) => html`<div ${styles({ display: 'grid', 'grid-template-columns': 'repeat(auto-fill, minmax(320px, 1fr))', gap: '16px', 'align-items': 'start' })}>
    ${targetProgressRecordIds.map((id) => html`<civic-target-progress record=${id} theme=${a.theme} locale=${a.locale}></civic-target-progress>`)}
  </div>`,
};

/** Illustrative data: 约200个 (approximate target) and 超过120个 (a lower bound) stay marked as such. */
export const ApproximateAndLowerBound: Story = {
  name: 'Illustrative: approximate target and lower bound',
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}><civic-target-progress theme=${a.theme} locale=${a.locale} .data=${approxAndLowerBound}></civic-target-progress></div>`,
};

/** Loading: a `src` that does not answer (this story holds the request open). */
export const Loading: Story = {
  render: (a) => html`<civic-target-progress theme=${a.theme} locale=${a.locale} src=${NEVER_ANSWERS} fetch-timeout="600000"></civic-target-progress>`,
  decorators: [holdNeverAnswering],
};

/** No data at all: the empty state, never made-up data. */
export const Empty: Story = { render: (a) => html`<civic-target-progress theme=${a.theme} locale=${a.locale}></civic-target-progress>` };

/** Invalid data: the error names the bad field (goals[0].progress[0].value), and a console warning too. */
export const ErrorFromBadData: Story = {
  name: 'Error (bad data)',
  render: (a) => html`<civic-target-progress
    theme=${a.theme}
    locale=${a.locale}
    data=${JSON.stringify({
      goals: [{ ...approxAndLowerBound.goals[0], progress: [{ ...approxAndLowerBound.goals[0].progress[0], value: 'lots' }] }],
    })}
  ></civic-target-progress>`,
};

/** Unknown record id. */
export const ErrorUnknownRecord: Story = { name: 'Error (unknown record)', args: { record: 'no_such_target' } };

/** Portal theming with --civic-* custom properties. */
export const PortalBranding: Story = {
  render: (a) => html`<civic-target-progress
    ${styles({
      '--civic-color-series-1': '#b3261e',
      '--civic-color-positive': '#7a4a00',
      '--civic-color-surface': '#fffaf5',
      '--civic-font-family': "Georgia, 'Songti SC', serif",
      '--civic-radius': '0',
    })}
    record=${a.record}
    locale=${a.locale}
  ></civic-target-progress>`,
};
