import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChartItem } from './a11y.js';
import type { ElementBuilders, FigureContext } from './builders.js';
import { baseStyles } from './civic-element.styles.js';
import { type CivicState, DataSourceController } from './data-controller.js';
import { fire } from './events.js';
import { type ExportDrawing, type ExportFormat, ExportController } from './export-controller.js';
import { type Locale, resolveLocale } from './locale.js';
import { msg } from './messages.js';
import { NavigationController } from './navigation-controller.js';
import { ModelCache } from './model-cache.js';
import { sharedRecord } from './shared-records.js';
import { RenderGate } from './render-gate.js';
import { emptyTemplate, errorTemplate, headTemplate, loadingTemplate, placeholderTemplate, plotTemplate, textsTemplate } from './templates.js';
import { ThemeController } from './theme-controller.js';
import type { ThemeName } from './theme.js';
import { tokens } from './tokens.styles.js';
import type { ValidationResult } from './validate.js';
import { ViewportController } from './viewport-controller.js';

export type { CivicState, FigureContext };

/**
 * The base of every civic-charts element: the contract all four share (README), once. It holds the
 * public properties, the hooks an element fills in and the template; data and state, theme,
 * viewport and keyboard are controllers (`data-controller.ts`, `theme-controller.ts`,
 * `viewport-controller.ts`, `navigation-controller.ts`), and what is built from the data is cached
 * in `model-cache.ts`. No ECharts here: `CivicChartElement` adds the chart.
 *
 * @attr {string} state - Reflected, read-only: `loading` | `ready` | `empty` | `error`.
 *
 * @fires civic-ready - After a render of new data. `detail: { data }`.
 * @fires civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @fires civic-select - A data item was clicked or chosen with Enter. `detail: { item, key, label }`.
 */
export abstract class CivicElement<D extends object, M = unknown, V = M> extends LitElement {
  static override styles = [tokens, baseStyles];
  /** Widths (px) at which the element's layout changes; crossing one renders again. */
  static breakpoints: readonly number[] = [];

  /** `zh-CN` or `en`; when absent, the nearest `lang` attribute, else `zh-CN`. */
  @property() locale?: string;
  /** `light` (default), `dark`, `auto` (follows the OS colour scheme) or `high-contrast`. */
  @property({ reflect: true }) theme?: ThemeName;
  /** A URL of the data as JSON; fetched with a timeout, aborted when superseded or removed. */
  @property() src?: string;
  /** The id of a record in the bundled report dataset (see the README for the ids). */
  @property() record?: string;
  /** The data as a JSON string (the `data` attribute); the `data` property takes precedence. */
  @property({ attribute: 'data' }) dataJson?: string;
  /** Current state, reflected as the `state` attribute. Set by the element, not by pages. */
  @property({ reflect: true }) state: CivicState = 'empty';
  /** Hides the title line (the figure keeps it as its accessible name). */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;
  /** Hides the source line. */
  @property({ type: Boolean, attribute: 'hide-source' }) hideSource = false;
  /** Hides the text summary visually; screen readers still get it. */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;
  /** Shows the data table (otherwise it is only visually hidden, still read by screen readers). */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;
  /** Milliseconds before a `src` fetch gives up. */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = 10000;
  /** Shows a menu (`part="export"`) that downloads the chart as PNG or SVG and its table as CSV. */
  @property({ type: Boolean, attribute: 'show-export' }) showExport = false;

  private readonly _cache = new ModelCache<D, M, V>({
    builders: () => this.builders,
    buildModel: (data) => this.buildModel(data),
    modelInputs: () => this.modelInputs(),
    buildView: (model) => this.buildView(model),
    viewInputs: () => this.viewInputs(),
  });

  protected readonly source = new DataSourceController<D>(this, {
    validate: (input) => this.validate(input),
    // One load, one frozen copy and one model per record, however many elements show it.
    loadRecord: (id) => sharedRecord(this.loadRecord, id, () => this.loadRecord(id)),
    prefetchRecord: (id) => this.prefetchRecord?.(id),
    isEmpty: () => this.builders.isEmpty(this.model()!),
    changed: () => {
      // The same object may come back changed (read, edit, set back): nothing built from it is kept.
      this._cache.clear();
      this.navigation.reset();
    },
    fromTable: this.fromTable && ((table) => this.fromTable!(table)),
    defer: (fn) => this.gate.whenOpen(fn),
    copied: (shared, copy) => this._cache.adopt(shared, copy),
  });
  protected readonly themeController = new ThemeController(this, () => this.theme);
  protected readonly viewport = new ViewportController(this, {
    target: () => this.renderRoot?.querySelector('.figure'),
    breakpoints: () => (this.constructor as typeof CivicElement).breakpoints,
  });
  /** Far below the fold, a placeholder until the element comes near or its idle turn (render-gate.ts). */
  protected readonly gate = new RenderGate(this, this.viewport);
  protected readonly navigation = new NavigationController(this, {
    items: () => this.items(),
    highlight: (item, previous) => this.highlightItem?.(item, previous),
    select: (item) => this.select(item),
    anchor: (item) => this.tipAnchor?.(item),
    tooltip: () => this.renderRoot?.querySelector<HTMLElement>('.tooltip'),
    figureWidth: () => this.viewport.width,
  });
  protected readonly exporter = new ExportController(this, {
    texts: () => (this.view() === undefined || this.builders.isEmpty(this.model()!) ? undefined : this._cache.texts(this.model()!, this.resolvedLocale)),
    complete: () => this.figureComplete(),
    drawing: () => this.exportDrawing(),
  });

  // ---- what elements provide ----------------------------------------------------------------

  /** The element's pure builders (texts, table, items). */
  protected abstract readonly builders: ElementBuilders<M, V>;
  /** Checks untrusted input; never throws. */
  protected abstract validate(input: unknown): ValidationResult<D>;
  /** Loads a record of the bundled dataset; undefined when the id is unknown. */
  protected abstract loadRecord(id: string): Promise<D | undefined>;
  /** Starts fetching the file a record is read from, so that its turn does not wait for the network. */
  protected prefetchRecord?(id: string): void;
  /** Reads a child `<table>` into data, for elements that take one (the trend). */
  protected fromTable?(table: HTMLTableElement): ValidationResult<unknown>;
  /** The model of the data (pure); rebuilt only when the data or `modelInputs()` change. */
  protected abstract buildModel(data: D): M;
  /** Besides the data, what the model depends on (a district map): compared by identity. */
  protected modelInputs(): readonly unknown[] { return []; }
  /** What is drawn: the model under the reader's view state (legend toggles); the model itself by default. */
  protected buildView(model: M): V { return model as unknown as V; }
  /** What the view depends on besides the model (hidden series): compared by identity. */
  protected viewInputs(): readonly unknown[] { return []; }
  /**
   * The figure inside the focusable `part="chart"` box. `view` is undefined when there is nothing
   * to draw (chart elements still render their container, so the chart keeps its box).
   */
  protected abstract renderFigure(view: V | undefined, ctx: FigureContext): TemplateResult | typeof nothing;
  /** Extra content after the figure (a legend, a list of unplaced items); none by default. */
  protected renderExtras(_view: V, _model: M, _ctx: FigureContext): TemplateResult | typeof nothing { return nothing; }
  /** What the empty state shows; by default "No data reported". */
  protected renderEmpty(_model: M | undefined, ctx: FigureContext): TemplateResult | string { return msg(ctx.locale).noData; }
  /** The ARIA role of the focusable figure box: `img` for a canvas; `group` when it holds native widgets. */
  protected figureRole: 'img' | 'group' = 'img';
  /** Shows the active item in the figure (ECharts' highlight, an SVG class). */
  protected highlightItem?(item: ChartItem | undefined, previous: ChartItem | undefined): void;
  /** Where the keyboard's tooltip goes (figure coordinates); the top left by default. */
  protected tipAnchor?(item: ChartItem): { x: number; y: number } | undefined;
  /** False while the drawing lacks something it needs (a map's districts): `civic-ready` waits. */
  protected figureComplete(): boolean { return true; }
  /** After each update, before `civic-ready`: chart elements bring the chart up to date here. */
  protected updateFigure?(): void;
  /** How export and print draw the chart (see export-controller.ts). */
  protected abstract exportDrawing(): ExportDrawing;

  // ---- public API ---------------------------------------------------------------------------

  /**
   * The data the element currently shows, whichever source it came from. Setting it takes
   * precedence over every other source; setting `undefined` falls back to them.
   */
  get data(): D | undefined {
    return this.source.pageData();
  }
  set data(value: D | undefined | null) {
    this.source.setProperty(value);
  }

  /** The resolved locale. */
  get resolvedLocale(): Locale {
    return resolveLocale(this, this.locale);
  }

  /** The chart as `'png'` (2× pixels) or `'svg'`, or its table as `'csv'` (UTF-8, BOM); rejects without data. */
  toBlob(format: ExportFormat): Promise<Blob> {
    return this.exporter.toBlob(format);
  }

  /** Fires `civic-select` for an item (a click or Enter). */
  protected select(item: ChartItem): void { fire(this, 'civic-select', { item: { ...item.detail }, key: item.key, label: item.label }); }

  // ---- what is built from the data (see model-cache.ts) ----------------------------------------

  /** The model of the data shown (undefined without data). */
  protected model(): M | undefined { return this.source.data && this._cache.model(this.source.data); }

  /** What is drawn (undefined without data). */
  protected view(): V | undefined {
    const model = this.model();
    return model === undefined ? undefined : this._cache.view(model);
  }

  /** The keyboard items of what is drawn, built when first needed. */
  protected items(): ChartItem[] {
    const model = this.model();
    if (model === undefined || this.builders.isEmpty(model)) return [];
    return this._cache.items(this._cache.view(model), this.resolvedLocale);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'figure');
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.source.sync();
    if (changed.has('locale') || changed.has('theme')) this.navigation.reset();
  }

  protected override updated(_changed: PropertyValues): void {
    const model = this.model();
    if (!this.hasAttribute('aria-label') || this.dataset.civicLabel === '1') {
      const label = model ? this.builders.title(model, { locale: this.resolvedLocale }) : '';
      if (label) {
        this.setAttribute('aria-label', label);
        this.dataset.civicLabel = '1';
      }
    }
    this.updateFigure?.();
    this.source.announce(this.gate.open && this.figureComplete());
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const ctx: FigureContext = { locale, width: this.viewport.width };
    const model = this.model();
    const view = this.view();
    const empty = model === undefined || this.builders.isEmpty(model);
    const shown = !empty && view !== undefined;
    const t = model === undefined ? undefined : this._cache.texts(model, locale);
    const error = this.source.errorText(locale);
    // Until it comes near or its idle turn, loading or loaded, an element is a placeholder of its
    // final size (render-gate.ts); an empty or failed one says so at once.
    if (!error && !this.gate.open && (model !== undefined || this.state === 'loading')) return placeholderTemplate();
    return html`
      ${headTemplate(t, this.hideTitle)}
      ${error ? errorTemplate(error) : nothing}
      ${this.state === 'loading' && !model ? loadingTemplate(locale) : nothing}
      ${this.state !== 'loading' && empty && !(this.source.error && !model) ? emptyTemplate(this.renderEmpty(model, ctx)) : nothing}
      ${plotTemplate({
        shown,
        title: t?.title ?? '',
        locale,
        role: this.figureRole,
        navigation: this.navigation,
        figure: this.renderFigure(shown ? view : undefined, ctx),
      })}
      ${shown ? this.renderExtras(view, model, ctx) : nothing}
      ${t
        ? textsTemplate(t, locale, {
            hideSummary: this.hideSummary,
            hideSource: this.hideSource,
            showTable: this.showTable,
            toggleTable: () => (this.showTable = !this.showTable),
          })
        : nothing}
      ${this.showExport && shown ? this.exporter.template(locale) : nothing}
    `;
  }
}
