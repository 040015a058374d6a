import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cluster-gauge/define.js';
import { clusterRecordIds } from '../src/data/records.js';
import type { ClusterGaugeData } from '../src/components/cluster-gauge/types.js';
import { NEVER_ANSWERS, holdNeverAnswering, withEmbedCodes, styles, themeAndLocaleArgTypes } from './support.js';

/**
 * Illustrative data for stories only: the source says so, and the element's source line then
 * reads "示例数据，非真实统计" / "Illustrative data, not real statistics".
 */
const illustrative = { kind: 'illustrative', quote: 'Illustrative story data' } as const;
const example: ClusterGaugeData = {
  name: { zh: '示例', en: 'Example' },
  tier: '五千亿级',
  target: { value: 5000, unit: '亿元', measure: { zh: '产值', en: 'output value' }, year: 2025, source: illustrative },
  value: { period: '2021', value: 3200, unit: '亿元', bound: 'lowerBound', measure: { zh: '工业总产值', en: 'gross output' }, source: illustrative },
};

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
  title: 'Elements/civic-cluster-gauge',
  component: 'civic-cluster-gauge',
  argTypes: {
    record: { control: 'select', options: [...clusterRecordIds] },
    ...themeAndLocaleArgTypes,
    width: { control: { type: 'range', min: 280, max: 900, step: 10 } },
    height: { control: 'text', description: '--civic-chart-height' },
  },
  args: {
    record: 'new_materials',
    theme: 'light',
    locale: 'zh-CN',
    width: 420,
    height: '280px',
    showTable: false,
    hideTitle: false,
    hideSource: false,
  },
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}>
    <civic-cluster-gauge
      ${styles({ '--civic-chart-height': a.height })}
      record=${a.record}
      theme=${a.theme}
      locale=${a.locale}
      ?show-table=${a.showTable}
      ?hide-title=${a.hideTitle}
      ?hide-source=${a.hideSource}
    ></civic-cluster-gauge>
  </div>`,
  // The embed codes of the chart shown (script tag and iframe), under every story.
  decorators: [withEmbedCodes],
  parameters: {
    docs: {
      description: {
        component:
          "One cluster of Ningbo's “246” plan against its tier target, with the tier thresholds (1,000 / 5,000 / 10,000 亿元) as bands. Data: `record`, `data`, `src` or a child JSON script. Focus the chart and use the arrow keys; Enter selects.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const NewMaterials: Story = { name: '新材料 (new_materials)' };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Auto: Story = { name: 'Auto (follows the OS)', args: { theme: 'auto' } };
export const HighContrast: Story = { args: { theme: 'high-contrast', record: 'smart_appliances' } };
export const Narrow280: Story = { name: '280 px wide', args: { width: 280, locale: 'en' } };
export const WithTable: Story = { args: { showTable: true, width: 640 } };

/** A target met: 智能家电 reached 103% of its 千亿级 threshold in 2020. */
export const TargetReached: Story = { args: { record: 'smart_appliances' } };

/** A cluster the sources give no figure for: name, tier and target in the empty state, never a zero. */
export const EmptyCluster: Story = { name: 'Empty (no reported value)', args: { record: 'biomedicine' } };

/** Every cluster of the 246 plan, as the bundled dataset has it. */
export const AllTwelveClusters: Story = {
  render: (a) => html`<div ${styles({ display: 'grid', 'grid-template-columns': 'repeat(auto-fill, minmax(280px, 1fr))', gap: '16px' })}>
    ${clusterRecordIds.map((id) => html`<civic-cluster-gauge record=${id} theme=${a.theme} locale=${a.locale}></civic-cluster-gauge>`)}
  </div>`,
};

/** Illustrative data set as a property; a lower bound shows as "超过" / ">" / "at least". */
export const IllustrativeLowerBound: Story = {
  name: 'Illustrative data (lower bound)',
  render: (a) => html`<civic-cluster-gauge theme=${a.theme} locale=${a.locale} .data=${example}></civic-cluster-gauge>`,
};

/** Loading: a `src` that does not answer (this story holds the request open). */
export const Loading: Story = {
  render: (a) => html`<civic-cluster-gauge theme=${a.theme} locale=${a.locale} src=${NEVER_ANSWERS} fetch-timeout="600000"></civic-cluster-gauge>`,
  decorators: [holdNeverAnswering],
};

/** Invalid data: the error names the bad field, a console warning too; nothing is drawn. */
export const ErrorFromBadData: Story = {
  name: 'Error (bad data)',
  render: (a) => html`<civic-cluster-gauge
    theme=${a.theme}
    locale=${a.locale}
    data=${JSON.stringify({ ...example, value: { ...example.value, value: 'lots' } })}
  ></civic-cluster-gauge>`,
};

/** Unknown record id. */
export const ErrorUnknownRecord: Story = { name: 'Error (unknown record)', args: { record: 'no_such_cluster' } };

/** Portal theming with --civic-* custom properties. */
export const PortalBranding: Story = {
  render: (a) => html`<civic-cluster-gauge
    ${styles({
      '--civic-color-accent': '#b3261e',
      '--civic-color-surface': '#fffaf5',
      '--civic-font-family': "Georgia, 'Songti SC', serif",
      '--civic-radius': '0',
    })}
    record=${a.record}
    locale=${a.locale}
  ></civic-cluster-gauge>`,
};
