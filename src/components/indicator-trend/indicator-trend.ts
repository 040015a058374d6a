import { html, nothing, svg, type TemplateResult } from 'lit';
import { prefetchRecordFile } from '../../data/records.js';
import type { ChartItem } from '../../core/a11y.js';
import { state } from 'lit/decorators.js';
import { type OptionMerge, CivicChartElement } from '../../core/chart-element.js';
import { CivicElement, type FigureContext } from '../../core/civic-element.js';
import { fire } from '../../core/events.js';
import { text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { indicatorTrendBuilders } from './builders.js';
import { indicatorTrendStyles } from './indicator-trend.styles.js';
import { trendMessages } from './messages.js';
import { type TrendModel, type TrendPoint, trendModel, trendView } from './model.js';
import { SYMBOL_LIMIT, markerKinds } from './options.js';
import { loadIndicatorTrendRecord } from './record.js';
import type { IndicatorTrendData } from './types.js';
import { trendFromTable } from './table-source.js';
import { validateIndicatorTrendData } from './validate.js';

/**
 * One indicator (or a few comparable ones) over periods: levels as lines, year-on-year changes as
 * bars on a second axis, targets as reference lines. Missing periods are gaps; estimates, lower
 * bounds, approximations, revised and derived values have their own markers (and dashed segments),
 * and are named in the tooltip, the summary and the table. Revised values are never joined to
 * first-published ones; annual, quarterly and monthly figures sit at the middle of their period.
 *
 * @summary A line of an indicator over periods, told honestly.
 *
 * @attr {string} record - An indicator id of the bundled dataset (`gdp`, `rd_intensity`, …), or
 *   several ids of the same unit joined by commas (`hitech_enterprise_count,hitech_enterprise_new`).
 * @attr {string} data - The data as JSON (`IndicatorTrendData`).
 * @attr {string} src - A URL of the data as JSON.
 * @attr {string} locale - `zh-CN` | `en`; defaults to the nearest `lang`, else `zh-CN`.
 * @attr {string} theme - `light` | `dark` | `auto` | `high-contrast`.
 * @attr {string} state - Reflected: `loading` | `ready` | `empty` | `error`.
 * @attr {boolean} show-export - Shows the export menu: downloads of the chart (PNG, SVG) and its table (CSV).
 *
 * @event civic-ready - After a render of new data. `detail: { data }`.
 * @event civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @event civic-select - A point, a change bar or a reference line was clicked or chosen with Enter.
 *   `detail: { item, key, label }`; `item.kind` is `point` | `change` | `target`.
 * @event civic-legend-toggle - A legend button showed or hid a series. `detail: { series, visible }`.
 *
 * Children: a `<script type="application/json">` holding the data; any other children are a
 * fallback shown only where JavaScript does not run.
 *
 * Methods: `toBlob('png' | 'svg' | 'csv')` resolves to the chart as an image or its table as CSV.
 *
 * @csspart title - The title line.
 * @csspart subtitle - Scope and measure.
 * @csspart chart - The chart area (focusable; arrow keys move between points in period order).
 * @csspart tooltip - The tooltip of the item under the pointer or keyboard focus.
 * @csspart legend - The legend: one toggle button per series (keyboard operable).
 * @csspart key - What the markers and dashed lines mean (only the marks present).
 * @csspart summary - The generated text summary.
 * @csspart notes - Caveats from the data.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart export - The export menu (`show-export`): a disclosure button and one button per file.
 * @csspart error - The error message.
 * @csspart empty - The empty state.
 * @csspart loading - The loading message.
 *
 * @cssproperty --civic-chart-height - Height of the chart area. Default 300px.
 * @cssproperty --civic-color-text - Text colour.
 * @cssproperty --civic-color-text-muted - Secondary text colour.
 * @cssproperty --civic-color-surface - Background colour (also the fill of hollow markers).
 * @cssproperty --civic-color-border - Border and grid colour.
 * @cssproperty --civic-color-accent - Accent: links, focus ring.
 * @cssproperty --civic-color-negative - Colour of target lines and errors.
 * @cssproperty --civic-color-series-1 - First series colour (up to --civic-color-series-6).
 * @cssproperty --civic-color-focus - Focus ring colour.
 * @cssproperty --civic-font-family - Font family.
 * @cssproperty --civic-font-size - Base font size.
 * @cssproperty --civic-radius - Corner radius.
 * @cssproperty --civic-padding - Padding inside the border.
 * @cssproperty --civic-border-color - The element's border colour.
 */
export class CivicIndicatorTrend extends CivicChartElement<IndicatorTrendData, TrendModel> {
  static override styles = [...CivicElement.styles, indicatorTrendStyles];
  /** Below 400 px the option has a narrow layout (smaller markers and labels, fewer ticks). */
  static override breakpoints = [400];

  protected readonly builders = indicatorTrendBuilders;

  /** Ids of series switched off in the legend. */
  @state() private _hidden: ReadonlySet<string> = new Set();

  /** Series ids hidden with the legend (read-only view). */
  get hiddenSeries(): string[] {
    return [...this._hidden];
  }

  /** Shows or hides a series, as the legend buttons do. */
  toggleSeries(id: string, visible?: boolean): void {
    const next = new Set(this._hidden);
    const show = visible ?? next.has(id);
    if (show) next.delete(id);
    else next.add(id);
    this._hidden = next;
    fire(this, 'civic-legend-toggle', { series: id, visible: show });
  }

  protected validate(input: unknown) {
    return validateIndicatorTrendData(input);
  }

  protected loadRecord(id: string): Promise<IndicatorTrendData | undefined> {
    return loadIndicatorTrendRecord(id);
  }

  protected override prefetchRecord(id: string): void {
    prefetchRecordFile('indicator', id);
  }

  /** A child `<table>` (see table-source.ts): the caption the name, periods down, one column per series. */
  protected override fromTable(table: HTMLTableElement) {
    return trendFromTable(table);
  }

  /** Every series; the legend's choice is the view, so toggling a series keeps the texts. */
  protected buildModel(data: IndicatorTrendData): TrendModel {
    return trendModel(data);
  }

  protected override buildView(model: TrendModel): TrendModel {
    return trendView(model, this._hidden);
  }

  protected override viewInputs(): readonly unknown[] {
    return [this._hidden];
  }

  /**
   * The option replaces the previous one entirely: the number of series changes with the legend
   * and the data, and `replaceMerge` would leave index holes, breaking the (seriesIndex,
   * dataIndex) of the keyboard items.
   */
  protected override optionMerge(): OptionMerge {
    return { notMerge: true };
  }

  /**
   * A line of more than SYMBOL_LIMIT points draws no markers, and its points series holds only the
   * keyboard's point (10,000 invisible points cost ECharts more than the rest of the chart): that
   * point is put there, then highlighted.
   */
  protected override highlightItem(item: ChartItem | undefined, previous: ChartItem | undefined): void {
    const view = this.view();
    const long = (it?: ChartItem) => (it?.detail.kind === 'point' && view && view.lines[it.seriesIndex].points.length > SYMBOL_LIMIT ? it : undefined);
    const [now, before] = [long(item), long(previous)];
    if (this.chart && view && (now || before)) {
      const points = (it: ChartItem, p?: TrendPoint) => ({ id: `points:${view.lines[it.seriesIndex].index}`, data: p ? [[p.place.x, p.value]] : [] });
      const series = [];
      if (before && before.seriesIndex !== now?.seriesIndex) series.push(points(before));
      if (now) series.push(points(now, view.lines[now.seriesIndex].points[now.dataIndex]));
      this.chart.setOption({ series });
    }
    super.highlightItem(now ? { ...now, dataIndex: 0 } : item, before ? undefined : previous);
  }

  protected override renderEmpty(m: TrendModel | undefined, { locale }: FigureContext): TemplateResult | string {
    if (!m) return msg(locale).noData;
    const t = trendMessages(locale);
    const { data } = m;
    const count = data.series.reduce((n, s) => n + s.observations.length, 0);
    return html`<div class="empty-card">
      <strong>${text(data.title ?? data.name, locale)}</strong>
      <span>${t.nothingPlotted}</span>
      ${count ? html`<span>${t.listedInTable(count)}</span>` : html`<span>${msg(locale).noData}</span>`}
    </div>`;
  }

  protected override renderExtras(_view: TrendModel, full: TrendModel, ctx: FigureContext): TemplateResult | typeof nothing {
    const t = trendMessages(ctx.locale);
    const { data } = full;
    const legend =
      data.series.length > 1
        ? html`<div class="legend" part="legend" role="group" aria-label=${t.legendLabel}>
            ${data.series.map((s, si) => {
              const visible = !this._hidden.has(s.id);
              // The series colour comes from the theme's tokens (CSS), not the palette: render() reads no styles.
              const colour = `swatch series-${(si % 6) + 1}`;
              const change = s.kind === 'change';
              return html`<button type="button" aria-pressed=${visible ? 'true' : 'false'} @click=${() => this.toggleSeries(s.id)}>
                <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" focusable="false">
                  ${change
                    ? svg`<rect class=${`${colour} bar`} x="5" y="2" width="8" height="10"></rect>`
                    : svg`<line class=${colour} x1="0" y1="6" x2="18" y2="6" stroke-width="2"></line><circle class=${`${colour} dot`} cx="9" cy="6" r="3.5"></circle>`}
                </svg>
                ${text(s.name, ctx.locale)}
              </button>`;
            })}
          </div>`
        : nothing;

    const pts = full.points;
    const key: string[] = [];
    const kinds = markerKinds(pts);
    const k = t.key;
    if (kinds.exact) key.push(k.exact);
    if (kinds.approx) key.push(k.approx);
    if (kinds.estimate) key.push(k.estimate);
    if (kinds.lowerBound) key.push(k.lowerBound);
    if (kinds.revised) key.push(k.revised);
    if (kinds.derived) key.push(k.derived);
    if (kinds.dashed) key.push(k.dashed);
    if (full.lines.some((l) => l.points.some((p, i) => i > 0 && p.place.ordinal - l.points[i - 1].place.ordinal > 1))) key.push(k.gap);
    if (full.bars.some((b) => b.kind === 'yoy')) key.push(k.yoyBars);
    else if (full.bars.length) key.push(k.changeBars);
    if (pts.length && full.targets.some((x) => x.value !== undefined)) key.push(k.target);
    return html`${legend}${key.length ? html`<p class="key" part="key">${key.join(t.keySep)}</p>` : nothing}`;
  }
}
