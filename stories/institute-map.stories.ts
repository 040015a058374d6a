import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/institute-map/define.js';
import type { InstituteMapData } from '../src/components/institute-map/types.js';
import { NEVER_ANSWERS, holdNeverAnswering, withEmbedCodes, styles, themeAndLocaleArgTypes } from './support.js';

/**
 * Illustrative data for stories only: the source says so, and the element's source line then
 * reads "示例数据，非真实统计" / "Illustrative data, not real statistics".
 */
const illustrative = { kind: 'illustrative', quote: 'Illustrative story data' } as const;

/** A portal's own map: three made-up districts of an imaginary city (GeoJSON, names in `NAME`). */
const portalGeo = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { NAME: '东城区' }, geometry: { type: 'Polygon', coordinates: [[[116.0, 39.8], [116.4, 39.8], [116.4, 40.1], [116.0, 40.1], [116.0, 39.8]]] } },
    { type: 'Feature', properties: { NAME: '西城区' }, geometry: { type: 'Polygon', coordinates: [[[115.6, 39.8], [116.0, 39.8], [116.0, 40.1], [115.6, 40.1], [115.6, 39.8]]] } },
    { type: 'Feature', properties: { NAME: '南城区' }, geometry: { type: 'Polygon', coordinates: [[[115.6, 39.5], [116.4, 39.5], [116.4, 39.8], [115.6, 39.8], [115.6, 39.5]]] } },
  ],
};
const portalData: InstituteMapData = {
  title: { zh: '示例城市的研究机构', en: 'Research institutes of an example city' },
  districtNameProperty: 'NAME',
  institutes: [
    { id: 'e1', name: { zh: '示例研究院甲', en: 'Example institute A' }, statuses: ['introduced'], location: { district: '东城区', confidence: 'sourced' }, source: illustrative },
    { id: 'e2', name: { zh: '示例研究院乙', en: 'Example institute B' }, statuses: ['introduced', 'substantiveConstruction'], location: { district: '东城区', confidence: 'inferred' }, source: illustrative },
    { id: 'w1', name: { zh: '示例实验室', en: 'Example lab' }, statuses: ['plannedLab'], location: { district: null, lon: 115.8, lat: 39.95, confidence: 'sourced' }, source: illustrative },
    { id: 's1', name: { zh: '示例平台', en: 'Example platform' }, statuses: ['mentioned'], location: { district: '南城区', confidence: 'sourced' }, source: illustrative },
    { id: 'u1', name: { zh: '位置未知的示例机构', en: 'Example institute, location unknown' }, statuses: ['toBeIntroduced'], location: { district: null, confidence: 'unknown', hint: { zh: '可能在西城区', en: 'perhaps 西城区' } }, source: illustrative },
  ],
};

interface Args {
  theme: string;
  locale: string;
  width: number;
  height: string;
  showTable: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-institute-map',
  component: 'civic-institute-map',
  argTypes: {
    ...themeAndLocaleArgTypes,
    width: { control: { type: 'range', min: 280, max: 1000, step: 10 } },
    height: { control: 'text', description: '--civic-chart-height' },
  },
  args: { theme: 'light', locale: 'zh-CN', width: 560, height: '420px', showTable: false },
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}>
    <civic-institute-map
      ${styles({ '--civic-chart-height': a.height })}
      record="institutes"
      theme=${a.theme}
      locale=${a.locale}
      ?show-table=${a.showTable}
    ></civic-institute-map>
  </div>`,
  // The embed codes of the chart shown (script tag and iframe), under every story.
  decorators: [withEmbedCodes],
  parameters: {
    docs: {
      description: {
        component:
          "The research institutes the report names, on Ningbo's ten districts (a lazily loaded map chunk). Shape and colour by status; districts shaded by count; institutes without a known location listed under the map. Focus the map and use the arrow keys; Enter selects. The status legend filters, by mouse or keyboard.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The report's 21 institutes: 8 placed in their district, 13 listed as location unknown. */
export const ReportInstitutes: Story = { name: 'The report\'s institutes (institutes)' };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Auto: Story = { name: 'Auto (follows the OS)', args: { theme: 'auto' } };
export const HighContrast: Story = { args: { theme: 'high-contrast' } };
export const Narrow280: Story = { name: '280 px wide', args: { width: 280 } };
export const Narrow280English: Story = { name: '280 px wide, English', args: { width: 280, locale: 'en' } };
export const WithTable: Story = { args: { showTable: true, width: 900 } };

/** A portal brings its own GeoJSON (`geo` property) and data located by district name and by coordinates. */
export const PortalGeoJson: Story = {
  name: "A portal's own GeoJSON",
  render: (a) => html`<div ${styles({ width: `${a.width}px` })}>
    <civic-institute-map theme=${a.theme} locale=${a.locale} .geo=${portalGeo} .data=${portalData}></civic-institute-map>
  </div>`,
};

/** Loading: a `src` that does not answer (this story holds the request open). */
export const Loading: Story = {
  render: (a) => html`<civic-institute-map theme=${a.theme} locale=${a.locale} src=${NEVER_ANSWERS} fetch-timeout="600000"></civic-institute-map>`,
  decorators: [holdNeverAnswering],
};

/** No institutes: the empty state, never a made-up map. */
export const Empty: Story = {
  render: (a) => html`<civic-institute-map theme=${a.theme} locale=${a.locale} .data=${{ institutes: [] }}></civic-institute-map>`,
};

/** Invalid GeoJSON: the error names the bad field (geo.features[0].geometry.coordinates…). */
export const ErrorBadGeoJson: Story = {
  name: 'Error (bad GeoJSON)',
  render: (a) => html`<civic-institute-map
    theme=${a.theme}
    locale=${a.locale}
    .geo=${{ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { NAME: 'X' }, geometry: { type: 'Polygon', coordinates: [[[116, 39], [117, 'north'], [116, 40], [116, 39]]] } }] }}
    .data=${portalData}
  ></civic-institute-map>`,
};

/** Invalid data: an unknown status. */
export const ErrorBadData: Story = {
  name: 'Error (bad data)',
  render: (a) => html`<civic-institute-map
    theme=${a.theme}
    locale=${a.locale}
    data=${JSON.stringify({ ...portalData, institutes: [{ ...portalData.institutes[0], statuses: ['built'] }] })}
  ></civic-institute-map>`,
};

/** Portal theming with --civic-* custom properties. */
export const PortalBranding: Story = {
  render: (a) => html`<civic-institute-map
    ${styles({
      '--civic-color-accent': '#b3261e',
      '--civic-color-series-1': '#005f73',
      '--civic-color-surface': '#fffaf5',
      '--civic-radius': '0',
    })}
    record="institutes"
    locale=${a.locale}
  ></civic-institute-map>`,
};
