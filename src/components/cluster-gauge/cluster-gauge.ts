import { html } from 'lit';
import type { ClusterGaugeData, Source } from '../../data/types.js';
import { loadClusterGaugeRecord } from '../../data/records.js';
import { CivicElement, type RenderContext } from '../../core/civic-element.js';
import { CivicChartElement } from '../../core/chart-element.js';
import { use } from '../../core/echarts.js';
import { formatQuantity } from '../../core/format.js';
import { type Locale, text, ui } from '../../core/locale.js';
import { validateClusterGaugeData } from './validate.js';
import { clusterName, tierName } from './model.js';
import { clusterGaugeOption } from './options.js';
import { clusterGaugeSubtitle, clusterGaugeSummary } from './summary.js';
import { clusterGaugeItems, clusterGaugeTable } from './table.js';
import { clusterGaugeStyles } from './cluster-gauge.styles.js';
import { GaugeChart } from 'echarts/charts';

use([GaugeChart]);

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
 *
 * @event civic-ready - After a render of new data. `detail: { data }`.
 * @event civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @event civic-select - A data item (the value or a tier threshold) was clicked or chosen with Enter.
 *   `detail: { item, key, label }`.
 *
 * Children: a `<script type="application/json">` holding the data; any other children are a
 * fallback shown only where JavaScript does not run (the element's shadow root hides them).
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
export class CivicClusterGauge extends CivicChartElement<ClusterGaugeData> {
  static override styles = [...CivicElement.styles, clusterGaugeStyles];

  protected validate(input: unknown) {
    return validateClusterGaugeData(input);
  }

  protected loadRecord(id: string): Promise<ClusterGaugeData | undefined> {
    return loadClusterGaugeRecord(id);
  }

  protected override isEmpty(data: ClusterGaugeData): boolean {
    return !data.value || data.value.value === null;
  }

  protected buildOption(data: ClusterGaugeData, ctx: RenderContext) {
    return clusterGaugeOption(data, ctx);
  }

  protected buildSummary(data: ClusterGaugeData, ctx: RenderContext): string {
    return clusterGaugeSummary(data, ctx.locale);
  }

  protected buildTable(data: ClusterGaugeData, ctx: RenderContext) {
    return clusterGaugeTable(data, ctx.locale);
  }

  protected buildItems(data: ClusterGaugeData, ctx: RenderContext) {
    return clusterGaugeItems(data, ctx.locale);
  }

  protected titleOf(data: ClusterGaugeData, locale: Locale): string {
    return data.title ? text(data.title, locale) : clusterName(data, locale);
  }

  protected override subtitleOf(data: ClusterGaugeData, locale: Locale): string {
    return clusterGaugeSubtitle(data, locale);
  }

  protected sourcesOf(data: ClusterGaugeData): Source[] {
    return data.value ? [data.value.source, data.target.source] : [data.target.source];
  }

  protected override notesOf(data: ClusterGaugeData, locale: Locale): string[] {
    return (data.notes ?? []).map((n) => text(n, locale));
  }

  protected override renderEmpty(data: ClusterGaugeData | undefined, ctx: RenderContext) {
    if (!data) return ui('noData', ctx.locale);
    const en = ctx.locale === 'en';
    return html`<div class="empty-card">
      <strong>${clusterName(data, ctx.locale)}</strong>
      <span>${tierName(data.tier, ctx.locale)} · ${en ? 'target' : '目标'} ${formatQuantity(data.target.value, data.target.unit, ctx.locale)}</span>
      <span>${ui('noData', ctx.locale)}</span>
    </div>`;
  }
}
