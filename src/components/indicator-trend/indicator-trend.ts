import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Source } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import { CivicElement, type RenderContext } from '../../core/civic-element.js';
import { CivicChartElement } from '../../core/chart-element.js';
import { use } from '../../core/echarts.js';
import { type Locale, text, ui } from '../../core/locale.js';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import type { IndicatorTrendData } from './types.js';
import { validateIndicatorTrendData } from './validate.js';
import { type TrendModel, trendModel } from './model.js';
import { indicatorTrendOption, lineColor, markerOf } from './options.js';
import { indicatorTrendSubtitle, indicatorTrendSummary } from './summary.js';
import { indicatorTrendItems, indicatorTrendTable } from './table.js';
import { loadIndicatorTrendRecord } from './record.js';
import { indicatorTrendStyles } from './indicator-trend.styles.js';

use([LineChart, BarChart, GridComponent, MarkLineComponent]);

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
export class CivicIndicatorTrend extends CivicChartElement<IndicatorTrendData> {
  static override styles = [...CivicElement.styles, indicatorTrendStyles];

  /** Ids of series switched off in the legend. */
  @state() private _hidden: ReadonlySet<string> = new Set();

  private _memo?: { data: IndicatorTrendData; locale: Locale; hidden: ReadonlySet<string>; model: TrendModel; items?: ChartItem[]; table?: TableModel; summary?: string };

  /** The model, items, table and summary are pure in (data, locale, hidden): computed once per change (10,000 points stay smooth). */
  private memo(data: IndicatorTrendData, locale: Locale) {
    const m = this._memo;
    if (m && m.data === data && m.locale === locale && m.hidden === this._hidden) return m;
    this._memo = { data, locale, hidden: this._hidden, model: trendModel(data, this._hidden) };
    return this._memo;
  }

  private _full?: { data: IndicatorTrendData; model: TrendModel };

  /** The model of every series (legend state ignored), cached per data object. */
  private fullModel(data: IndicatorTrendData): TrendModel {
    if (this._full?.data !== data) this._full = { data, model: trendModel(data) };
    return this._full.model;
  }

  private _narrow?: boolean;
  private _resize?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observeWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._resize = undefined;
    this._narrow = undefined;
  }

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  /** The option has a narrow layout (smaller markers and labels, fewer ticks): set it again when the width crosses 400 px. */
  private observeWidth(): void {
    const figure = this.renderRoot?.querySelector<HTMLElement>('.figure');
    if (!figure || this._resize) return;
    this._resize = new ResizeObserver(([entry]) => {
      const w = entry.contentRect.width;
      if (w === 0) return;
      const narrow = w < 400;
      if (this._narrow !== undefined && narrow !== this._narrow) this.refreshChart();
      this._narrow = narrow;
    });
    this._resize.observe(figure);
  }

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
    this.emit('civic-legend-toggle', { series: id, visible: show });
  }

  protected validate(input: unknown) {
    return validateIndicatorTrendData(input);
  }

  protected loadRecord(id: string): Promise<IndicatorTrendData | undefined> {
    return loadIndicatorTrendRecord(id);
  }

  protected override isEmpty(data: IndicatorTrendData): boolean {
    const m = this.fullModel(data);
    return m.points.length === 0 && m.bars.length === 0;
  }

  protected buildOption(data: IndicatorTrendData, ctx: RenderContext) {
    return indicatorTrendOption(data, ctx, this._hidden);
  }

  protected buildSummary(data: IndicatorTrendData, ctx: RenderContext): string {
    const m = this.memo(data, ctx.locale);
    return (m.summary ??= indicatorTrendSummary(data, ctx.locale));
  }

  protected buildTable(data: IndicatorTrendData, ctx: RenderContext): TableModel {
    const m = this.memo(data, ctx.locale);
    return (m.table ??= indicatorTrendTable(data, ctx.locale));
  }

  protected buildItems(data: IndicatorTrendData, ctx: RenderContext): ChartItem[] {
    const m = this.memo(data, ctx.locale);
    return (m.items ??= indicatorTrendItems(data, ctx.locale, m.model));
  }

  protected titleOf(data: IndicatorTrendData, locale: Locale): string {
    return text(data.title ?? data.name, locale);
  }

  protected override subtitleOf(data: IndicatorTrendData, locale: Locale): string {
    return indicatorTrendSubtitle(data, locale);
  }

  protected sourcesOf(data: IndicatorTrendData): Source[] {
    const out: Source[] = [];
    const seen = new Set<Source>();
    for (const s of data.series) {
      for (const o of s.observations) {
        if (!seen.has(o.source)) {
          seen.add(o.source);
          out.push(o.source);
        }
        if (out.length > 200) break;
      }
    }
    for (const t of data.targets ?? []) out.push(t.source);
    return out;
  }

  protected override notesOf(data: IndicatorTrendData, locale: Locale): string[] {
    return (data.notes ?? []).map((n) => text(n, locale));
  }

  /**
   * The option replaces the previous one entirely (`notMerge`): the number of series changes with
   * the legend and the data, and ECharts' `replaceMerge` would leave index holes, breaking the
   * (seriesIndex, dataIndex) of the keyboard items.
   */
  protected override refreshChart(): void {
    const chart = this.chart;
    const data = this.data;
    if (!chart || chart.isDisposed() || !data || this.isEmpty(data)) return;
    chart.setOption(this.buildOption(data, this.context()), { notMerge: true });
  }

  protected override updateFigure(changed: PropertyValues, newData: boolean): void {
    super.updateFigure(changed, newData);
    if (changed.has('_hidden') && !newData && !changed.has('locale')) this.refreshChart();
  }

  protected override renderEmpty(data: IndicatorTrendData | undefined, ctx: RenderContext): TemplateResult | string {
    if (!data) return ui('noData', ctx.locale);
    const en = ctx.locale === 'en';
    const count = data.series.reduce((n, s) => n + s.observations.length, 0);
    return html`<div class="empty-card">
      <strong>${text(data.title ?? data.name, ctx.locale)}</strong>
      <span>${en ? 'Nothing that can be plotted over time.' : '没有可以按时间绘制的数据。'}</span>
      ${count
        ? html`<span>${en ? `${count} reported figure${count > 1 ? 's are' : ' is'} listed in the data table.` : `${count}项报告数据列于数据表中。`}</span>`
        : html`<span>${ui('noData', ctx.locale)}</span>`}
    </div>`;
  }

  protected override renderExtras(data: IndicatorTrendData, ctx: RenderContext): TemplateResult | typeof nothing {
    const en = ctx.locale === 'en';
    const full = this.fullModel(data);
    const legend =
      data.series.length > 1
        ? html`<div class="legend" part="legend" role="group" aria-label=${en ? 'Series (press to show or hide)' : '数据系列（按下可显示或隐藏）'}>
            ${data.series.map((s, si) => {
              const visible = !this._hidden.has(s.id);
              const color = lineColor({ seriesIndex: si, vintage: 'first' }, ctx);
              const change = s.kind === 'change';
              return html`<button type="button" aria-pressed=${visible ? 'true' : 'false'} @click=${() => this.toggleSeries(s.id)}>
                <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" focusable="false">
                  ${change
                    ? svg`<rect x="5" y="2" width="8" height="10" fill=${color} fill-opacity="0.45" stroke=${color}></rect>`
                    : svg`<line x1="0" y1="6" x2="18" y2="6" stroke=${color} stroke-width="2"></line><circle cx="9" cy="6" r="3.5" fill=${color}></circle>`}
                </svg>
                ${text(s.name, ctx.locale)}
              </button>`;
            })}
          </div>`
        : nothing;

    const pts = full.points;
    const key: string[] = [];
    const has = (f: (p: (typeof pts)[number]) => boolean) => pts.some(f);
    if (pts.length && has((p) => p.bound === 'exact' && !p.revised && !p.derived)) key.push(en ? '● exact' : '● 确数');
    if (has((p) => markerOf(p).symbol === 'diamond' && !markerOf(p).hollow)) key.push(en ? '◆ approximate' : '◆ 约数');
    if (has((p) => p.bound === 'estimate')) key.push(en ? '○ estimate' : '○ 预计值');
    if (has((p) => p.bound === 'lowerBound')) key.push(en ? '▲ lower bound (over)' : '▲ 下限（超过）');
    if (has((p) => p.revised)) key.push(en ? '■ revised (a line of its own)' : '■ 修订值（单独成线）');
    if (has((p) => !!p.derived)) key.push(en ? '◇ derived from a growth rate' : '◇ 由增速推算');
    if (has((p) => p.bound === 'estimate' || p.bound === 'lowerBound' || !!p.derived)) key.push(en ? '┄ dashed: not a firm value' : '┄ 虚线：非确定值');
    if (full.lines.some((l) => l.points.some((p, i) => i > 0 && p.place.ordinal - l.points[i - 1].place.ordinal > 1))) {
      key.push(en ? 'a break: no data for the period' : '断开：该时期无数据');
    }
    if (full.bars.some((b) => b.kind === 'yoy')) key.push(en ? '▮ bars: year-on-year change (right axis)' : '▮ 柱：同比变化（右轴）');
    else if (full.bars.length) key.push(en ? '▮ bars: change (right axis)' : '▮ 柱：变化（右轴）');
    if (pts.length && full.targets.some((t) => t.value !== undefined)) key.push(en ? '- - target' : '- - 目标线');
    return html`${legend}${key.length ? html`<p class="key" part="key">${key.join(en ? ' · ' : '　')}</p>` : nothing}`;
  }
}
