import { html, type TemplateResult } from 'lit';
import type { ChartItem } from './a11y.js';
import type { ElementBuilders, RenderContext } from './builders.js';
import { ChartController, offscreenPng } from './chart-controller.js';
import { CivicElement, type FigureContext } from './civic-element.js';
import type { ChartOption, EChartsType } from './echarts.js';
import type { Locale } from './locale.js';
import type { ExportDrawing } from './export-controller.js';
import { echartsTheme } from './theme.js';

interface PointerParams {
  seriesIndex?: number;
  dataIndex?: number;
  event?: { offsetX: number; offsetY: number };
}

/** The builders of an element drawn with ECharts: the texts, plus the option. */
export interface ChartBuilders<M, V = M> extends ElementBuilders<M, V> {
  option(view: V, ctx: RenderContext): ChartOption;
}

/** What a chart shows: its option is a pure function of these (and the palette of `theme`'s generation). */
interface Shown<V> {
  view: V;
  locale: Locale;
  theme: number;
  band: number;
}

const sameShown = <V>(a: Shown<V>, b: Shown<V>) => a.view === b.view && a.locale === b.locale && a.theme === b.theme && a.band === b.band;

/** How `setOption` merges a new option into the chart's (ECharts' `notMerge` / `replaceMerge`). */
export type OptionMerge = { notMerge: true } | { replaceMerge: string[] };

/**
 * A `CivicElement` drawn with ECharts: the chart is created near the viewport by
 * `ChartController`, restyled with `setTheme` (never re-created) when the palette changes, and
 * fed by the pure `builders.option(view, ctx)` whenever what it shows (the view, the locale, the
 * palette, the width band) changed. Pointer events on data items show the element's own tooltip
 * and fire `civic-select`; keyboard focus highlights items with ECharts' `highlight` action.
 */
export abstract class CivicChartElement<D extends object, M = unknown, V = M> extends CivicElement<D, M, V> {
  protected abstract override readonly builders: ChartBuilders<M, V>;

  protected readonly chartController = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.chart'),
    viewport: this.viewport,
    theme: () => echartsTheme(this.themeController.palette),
    onCreate: (chart) => this.onChartCreated(chart),
    prepare: () => {
      const shown = this.shown();
      if (shown) this.option(shown);
    },
    draw: (chart) => this.drawOn(chart, true),
  });

  /** What the chart shows now: the option is set again when any of it changes. */
  private _drawn?: Shown<V> & { chart: EChartsType };
  private _themed?: { chart: EChartsType; theme: number };
  /** The option built for what the element shows, until it is set (ChartController's `prepare`, then `draw`). */
  private _option?: Shown<V> & { option: ChartOption };

  /** Named hook: how a new option merges into the chart's. Replaces series by default (removed series vanish). */
  protected optionMerge(): OptionMerge {
    return { replaceMerge: ['series'] };
  }

  /** The ECharts instance, once the element has come near the viewport and its chart has drawn (advanced use). */
  get chart(): EChartsType | undefined {
    return this.chartController.chart;
  }

  /** The ECharts container: no Lit bindings inside, since zrender owns its children. */
  protected renderFigure(_view: V | undefined, _ctx: FigureContext): TemplateResult {
    return html`<div class="chart"></div>`;
  }

  /** Brings the live chart up to date: the theme first, then the option if what it shows changed. */
  protected override updateFigure(): void {
    const chart = this.chart;
    if (chart && !chart.isDisposed()) this.drawOn(chart, false);
  }

  /**
   * Sets the theme and, if what the chart shows changed, the option; `lazy` only merges the option
   * (the first drawing of a new chart, laid out by ChartController's next step). False when
   * there is nothing to draw.
   */
  private drawOn(chart: EChartsType, lazy: boolean): boolean {
    const theme = this.themeController.generation;
    if (this._themed?.chart !== chart || this._themed.theme !== theme) {
      chart.setTheme(echartsTheme(this.themeController.palette));
      this._themed = { chart, theme };
    }
    const shown = this.shown();
    if (!shown) return false;
    const d = this._drawn;
    if (d && d.chart === chart && sameShown(d, shown)) return true;
    const merge = this.optionMerge();
    const option = this.option(shown);
    chart.setOption(lazy ? stillOption(option) : option, lazy ? { ...merge, lazyUpdate: true } : merge);
    this._drawn = { chart, ...shown };
    // ECharts keeps its own copy: the built option (a long series' points) is not held twice.
    this._option = undefined;
    return true;
  }

  /** What the chart shows now (its option is a function of it); undefined when there is nothing to draw. */
  private shown(): Shown<V> | undefined {
    const view = this.view();
    const model = this.model();
    if (view === undefined || model === undefined || this.builders.isEmpty(model) || !this.figureComplete()) return undefined;
    return { view, locale: this.resolvedLocale, theme: this.themeController.generation, band: this.viewport.band };
  }

  /** The option of what is shown, built once (ChartController's `prepare`, then `draw`, use the same). */
  private option(shown: Shown<V>): ChartOption {
    const o = this._option;
    if (o && sameShown(o, shown)) return o.option;
    const ctx: RenderContext = {
      locale: shown.locale,
      palette: this.themeController.palette,
      reducedMotion: this.themeController.reducedMotion,
      width: this.viewport.width,
    };
    const option = this.builders.option(shown.view, ctx);
    this._option = { ...shown, option };
    return option;
  }

  /**
   * Export and print draw the option of the view shown, under the element's palette, on its
   * surface colour: SVG with ECharts' SVG renderer (loaded on first use, a chunk of its own), PNG
   * and the print image from the live chart when it shows this view, else drawn offscreen.
   */
  protected exportDrawing(): ExportDrawing {
    const view = this.view()!;
    const palette = this.themeController.palette;
    const width = this.viewport.width || 640;
    const height = this.viewport.height || parseFloat(getComputedStyle(this).getPropertyValue('--_chart-height')) || 300;
    const ctx: RenderContext = { locale: this.resolvedLocale, palette, reducedMotion: true, width };
    const option = () => ({ ...this.builders.option(view, ctx), backgroundColor: palette.surface });
    const theme = echartsTheme(palette);
    const png = (pixelRatio: number) => {
      const chart = this.chart;
      const live = chart && !chart.isDisposed() && this._drawn?.chart === chart && this._drawn.view === view;
      return live ? chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: palette.surface }) : offscreenPng(option(), theme, width, height, pixelRatio);
    };
    return {
      svg: async () => (await import('./echarts-svg.js')).renderSvg(option(), theme, width, height),
      png,
      print: () => png(3),
    };
  }

  protected override highlightItem(item: ChartItem | undefined, previous: ChartItem | undefined): void {
    const chart = this.chart;
    if (!chart) return;
    if (previous) chart.dispatchAction({ type: 'downplay', seriesIndex: previous.seriesIndex, dataIndex: previous.dataIndex });
    if (item) chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
  }

  private onChartCreated(chart: EChartsType): void {
    // It started on the element's theme (ChartController's `theme`).
    this._themed = { chart, theme: this.themeController.generation };
    chart.on('mouseover', (p) => {
      const { seriesIndex, dataIndex, event } = p as PointerParams;
      const item = this.navigation.itemAt(seriesIndex, dataIndex);
      if (item) this.navigation.pointAt(item, event?.offsetX ?? 8, event?.offsetY ?? 8);
    });
    chart.on('globalout', () => this.navigation.pointerLeft());
    chart.on('click', (p) => {
      const { seriesIndex, dataIndex } = p as PointerParams;
      const item = this.navigation.itemAt(seriesIndex, dataIndex);
      if (item) this.select(item);
    });
  }
}

/**
 * A new chart's first option, without animation: a line's entry animation repainted the whole
 * canvas each frame for a second after the chart appeared, sixty repaints per chart while a reader
 * scrolls (issue 10). Series that set their own `animation` say so too (theirs wins over the
 * option's). Later changes of the chart animate as their options say.
 */
function stillOption(option: ChartOption): ChartOption {
  const o = option as Record<string, unknown>;
  const series = o.series;
  return {
    ...o,
    animation: false,
    // Only where a series says it itself: the builders' next options say it again (a series
    // merged by id would otherwise keep `false`).
    ...(Array.isArray(series) ? { series: series.map((x: Record<string, unknown>) => ('animation' in x ? { ...x, animation: false } : x)) } : {}),
  } as ChartOption;
}
