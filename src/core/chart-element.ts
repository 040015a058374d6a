import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { ChartItem } from './a11y.js';
import { ChartController } from './chart-controller.js';
import { CivicElement, type RenderContext } from './civic-element.js';
import type { ChartOption, EChartsType } from './echarts.js';
import { echartsTheme } from './theme.js';

interface PointerParams {
  seriesIndex?: number;
  dataIndex?: number;
  event?: { offsetX: number; offsetY: number };
}

/**
 * A `CivicElement` drawn with ECharts: the chart is created near the viewport by
 * `ChartController`, restyled with `setTheme` (never re-created) when the theme or the OS scheme
 * changes, and fed by a pure `buildOption(data, ctx)`. Pointer events on data items show the
 * element's own tooltip and fire `civic-select`; keyboard focus highlights items with ECharts'
 * `highlight` action.
 */
export abstract class CivicChartElement<D extends object> extends CivicElement<D> {
  protected readonly chartController = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.chart'),
    onCreate: (chart) => this.onChartCreated(chart),
  });

  /** ECharts components the option replaces rather than merges (so removed series vanish). */
  protected replaceMerge: string[] = ['series'];

  protected abstract buildOption(data: D, ctx: RenderContext): ChartOption;

  /** False while something the option needs is missing (a map not yet registered). */
  protected chartReady(): boolean {
    return true;
  }

  /** The ECharts instance, once the element has come near the viewport (advanced use). */
  get chart(): EChartsType | undefined {
    return this.chartController.chart;
  }

  /** The ECharts container: no Lit bindings inside, since zrender owns its children. */
  protected renderFigure(): TemplateResult {
    return html`<div class="chart"></div>`;
  }

  protected override updateFigure(changed: PropertyValues, newData: boolean): void {
    const chart = this.chart;
    if (!chart) return;
    const restyle = this.paletteDirty;
    if (restyle) this.applyTheme(chart);
    if (restyle || newData || changed.has('locale')) this.refreshChart();
  }

  /** Sets the option again from the current data (after data, locale, theme or a map changed). */
  protected refreshChart(): void {
    const chart = this.chart;
    const data = this.data;
    if (!chart || chart.isDisposed() || !data || this.isEmpty(data) || !this.chartReady()) return;
    chart.setOption(this.buildOption(data, this.context()), { replaceMerge: this.replaceMerge });
  }

  protected override highlightItem(item: ChartItem | undefined, previous: ChartItem | undefined): void {
    const chart = this.chart;
    if (!chart) return;
    if (previous) chart.dispatchAction({ type: 'downplay', seriesIndex: previous.seriesIndex, dataIndex: previous.dataIndex });
    if (item) chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
  }

  private onChartCreated(chart: EChartsType): void {
    chart.on('mouseover', (p) => {
      const { seriesIndex, dataIndex, event } = p as PointerParams;
      const item = this.itemAt(seriesIndex, dataIndex);
      if (item) this.pointAt(item, event?.offsetX ?? 8, event?.offsetY ?? 8);
    });
    chart.on('globalout', () => this.pointerLeft());
    chart.on('click', (p) => {
      const { seriesIndex, dataIndex } = p as PointerParams;
      const item = this.itemAt(seriesIndex, dataIndex);
      if (item) this.select(item);
    });
    this.applyTheme(chart);
    this.refreshChart();
  }

  /** Restyles the live instance: a new ECharts theme with `setTheme`, never a new instance. */
  private applyTheme(chart: EChartsType): void {
    this.paletteDirty = true;
    const ctx = this.context();
    this.paletteDirty = false;
    chart.setTheme(echartsTheme(ctx.palette));
  }
}
