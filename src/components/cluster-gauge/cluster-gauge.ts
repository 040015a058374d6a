import { html } from 'lit';
import { prefetchRecordFile } from '../../data/records.js';
import { CivicChartElement } from '../../core/chart-element.js';
import type { FigureContext } from '../../core/civic-element.js';
import { CivicElement } from '../../core/civic-element.js';
import { formatQuantity } from '../../core/format.js';
import { msg } from '../../core/messages.js';
import { clusterGaugeBuilders } from './builders.js';
import { clusterGaugeStyles } from './cluster-gauge.styles.js';
import { gaugeMessages } from './messages.js';
import { type GaugeModel, clusterName, gaugeModel, tierName } from './model.js';
import { loadClusterGaugeRecord } from './record.js';
import type { ClusterGaugeData } from './types.js';
import { validateClusterGaugeData } from './validate.js';

/**
 * One industrial cluster of Ningbo's "246" plan: its latest reported value against its tier
 * target (千亿级 / 五千亿级 / 万亿级), with the three tier thresholds as bands on the scale.
 *
 * @summary A gauge of a cluster's value against its tier target.
 *
 * @attr {string} record - A cluster id of the bundled dataset, e.g. `new_materials`, `automotive`.
 * @attr {string} data - The data as JSON (`ClusterGaugeData`).
 * @attr {string} src - A URL of the data as JSON.
 * @attr {string} locale - `zh-CN` | `en`; defaults to the nearest `lang`, else `zh-CN`.
 * @attr {string} theme - `light` | `dark` | `auto` | `high-contrast`.
 * @attr {string} state - Reflected: `loading` | `ready` | `empty` | `error`.
 * @attr {boolean} show-export - Shows the export menu: downloads of the chart (PNG, SVG) and its table (CSV).
 *
 * @event civic-ready - After a render of new data. `detail: { data }`.
 * @event civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @event civic-select - A data item (the value or a tier threshold) was clicked or chosen with Enter.
 *   `detail: { item, key, label }`.
 *
 * Children: a `<script type="application/json">` holding the data; any other children are a
 * fallback shown only where JavaScript does not run (the element's shadow root hides them).
 *
 * Methods: `toBlob('png' | 'svg' | 'csv')` resolves to the chart as an image or its table as CSV.
 *
 * @csspart title - The title line.
 * @csspart subtitle - The period and measure of the value shown.
 * @csspart chart - The chart area (focusable; arrow keys move between items).
 * @csspart tooltip - The tooltip of the item under the pointer or keyboard focus.
 * @csspart summary - The generated text summary.
 * @csspart notes - Caveats from the data.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart export - The export menu (`show-export`): a disclosure button and one button per file.
 * @csspart error - The error message.
 * @csspart empty - The empty state (name, tier and target of a cluster without data).
 * @csspart loading - The loading message.
 *
 * @cssproperty --civic-chart-height - Height of the chart area. Default 280px.
 * @cssproperty --civic-color-text - Text colour.
 * @cssproperty --civic-color-text-muted - Secondary text colour.
 * @cssproperty --civic-color-surface - Background colour.
 * @cssproperty --civic-color-border - Border and grid colour.
 * @cssproperty --civic-color-accent - Accent: the tier bands' hue, links, focus ring.
 * @cssproperty --civic-color-positive - Colour of good news.
 * @cssproperty --civic-color-negative - Colour of bad news and errors.
 * @cssproperty --civic-color-track - Track behind values.
 * @cssproperty --civic-color-series-1 - First series colour (up to --civic-color-series-6).
 * @cssproperty --civic-color-focus - Focus ring colour.
 * @cssproperty --civic-font-family - Font family.
 * @cssproperty --civic-font-size - Base font size.
 * @cssproperty --civic-radius - Corner radius.
 * @cssproperty --civic-padding - Padding inside the border.
 * @cssproperty --civic-border-color - The element's border colour.
 */
export class CivicClusterGauge extends CivicChartElement<ClusterGaugeData, GaugeModel> {
  static override styles = [...CivicElement.styles, clusterGaugeStyles];
  static override breakpoints = [360];

  protected readonly builders = clusterGaugeBuilders;

  protected validate(input: unknown) {
    return validateClusterGaugeData(input);
  }

  protected loadRecord(id: string): Promise<ClusterGaugeData | undefined> {
    return loadClusterGaugeRecord(id);
  }

  protected override prefetchRecord(): void {
    prefetchRecordFile('cluster');
  }

  protected buildModel(data: ClusterGaugeData): GaugeModel {
    return gaugeModel(data);
  }

  /** A cluster without a figure: its name, tier and target, and "no data reported". */
  protected override renderEmpty(m: GaugeModel | undefined, { locale }: FigureContext) {
    if (!m) return msg(locale).noData;
    return html`<div class="empty-card">
      <strong>${clusterName(m.data, locale)}</strong>
      <span>${tierName(m.data.tier, locale, m.tiers)} · ${gaugeMessages(locale).target} ${formatQuantity(m.data.target.value, m.data.target.unit, locale)}</span>
      <span>${msg(locale).noData}</span>
    </div>`;
  }
}
