import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Source } from '../data/types.js';
import type { ChartItem, TableModel } from './a11y.js';
import { nextIndex } from './a11y.js';
import { baseStyles } from './civic-element.styles.js';
import { DataLoadError, childJsonScript, fetchJson, parseJson } from './data-source.js';
import { type Locale, resolveLocale, ui } from './locale.js';
import { sourceLine } from './sources.js';
import { type Palette, type ThemeName, WATCHED_MEDIA, prefersReducedMotion, readPalette } from './theme.js';
import { tokens } from './tokens.styles.js';
import type { Issue, ValidationResult } from './validate.js';

export type CivicState = 'loading' | 'ready' | 'empty' | 'error';

/** What every builder receives besides the data: all it needs to stay a pure function. */
export interface RenderContext {
  locale: Locale;
  palette: Palette;
  reducedMotion: boolean;
  /** The chart's width in CSS pixels (0 before layout), for narrow layouts. */
  width: number;
}

export interface CivicErrorDetail {
  message: string;
  issues: Issue[];
}

export interface CivicSelectDetail {
  item: Record<string, unknown>;
  key: string;
  label: string;
}

/** Text shown in the visible error, in the element's locale. */
function errorMessage(locale: Locale, issues: Issue[], kind?: DataLoadError['kind']): string {
  const head =
    kind === 'timeout' ? ui('timeout', locale)
    : kind === 'record' ? ui('unknownRecord', locale)
    : kind && kind !== 'json' ? ui('loadFailed', locale)
    : ui('invalidData', locale);
  const first = issues[0];
  if (!first) return head;
  const more = issues.length > 1 ? (locale === 'en' ? ` (+${issues.length - 1} more)` : `（另有${issues.length - 1}处）`) : '';
  return `${head}${locale === 'en' ? ': ' : '：'}${first.path} ${first.message}${more}`;
}

/**
 * The base of every civic-charts element: the common contract of SPEC.md, once.
 *
 * Data comes from, first present wins: the `data` property, the `data` attribute (JSON), a child
 * `<script type="application/json">`, the `src` URL, the `record` id of the bundled dataset.
 * Subclasses supply pure builders (summary, table, items) and a validator, and draw the figure
 * (`renderFigure`); this class owns state, events, locale, theme tokens, keyboard navigation over
 * the items and the safe tooltip. It imports no ECharts: `CivicChartElement` adds the chart, so
 * an element drawn natively (SVG) stays small.
 *
 * @attr {string} state - Reflected, read-only: `loading` | `ready` | `empty` | `error`.
 *
 * @fires civic-ready - After a render of new data. `detail: { data }`.
 * @fires civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @fires civic-select - A data item was clicked or chosen with Enter. `detail: { item, key, label }`.
 */
export abstract class CivicElement<D extends object> extends LitElement {
  static override styles = [tokens, baseStyles];

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

  @state() private _shown?: D;
  @state() private _error?: CivicErrorDetail;
  @state() private _active = -1;
  @state() protected tip?: { item: ChartItem; x: number; y: number };

  private _dataProp?: D | null;
  private _needsResolve = true;
  private _generation = 0;
  private _abort?: AbortController;
  private _pendingReady = false;
  /** True when the palette must be read again from CSS (theme, OS scheme or forced colours changed). */
  protected paletteDirty = true;
  private _palette?: Palette;
  protected items: ChartItem[] = [];
  private _childObserver?: MutationObserver;
  private readonly _media = WATCHED_MEDIA.map((q) => matchMedia(q));
  private readonly _onMedia = () => {
    this.paletteDirty = true;
    this.requestUpdate();
  };

  // ---- what subclasses provide -------------------------------------------------------------

  /** Checks untrusted input; never throws. */
  protected abstract validate(input: unknown): ValidationResult<D>;
  /** Loads a record of the bundled dataset; undefined when the id is unknown. */
  protected abstract loadRecord(id: string): Promise<D | undefined>;
  protected abstract buildSummary(data: D, ctx: RenderContext): string;
  protected abstract buildTable(data: D, ctx: RenderContext): TableModel;
  protected abstract buildItems(data: D, ctx: RenderContext): ChartItem[];
  protected abstract titleOf(data: D, locale: Locale): string;
  protected abstract sourcesOf(data: D): Source[];
  /** True when the data has nothing to plot; the element then shows `renderEmpty`. */
  protected isEmpty(_data: D): boolean {
    return false;
  }
  /** What the empty state shows; by default "No data reported". */
  protected renderEmpty(_data: D | undefined, ctx: RenderContext): TemplateResult | string {
    return ui('noData', ctx.locale);
  }
  /** A line under the title (period, measure), plain text; none by default. */
  protected subtitleOf(_data: D, _locale: Locale): string {
    return '';
  }
  /** Notes under the chart (caveats from the data), plain strings. */
  protected notesOf(_data: D, _locale: Locale): string[] {
    return [];
  }
  /**
   * The figure inside the focusable `part="chart"` box: an ECharts container for chart elements,
   * native SVG for others. Called only when there is data to draw.
   */
  protected abstract renderFigure(data: D, ctx: RenderContext): TemplateResult;
  /** Extra content after the figure (a legend, a list of unplaced items); none by default. */
  protected renderExtras(_data: D, _ctx: RenderContext): TemplateResult | typeof nothing {
    return nothing;
  }
  /** The ARIA role of the focusable figure box: `img` for a canvas; `group` when it holds native widgets. */
  protected figureRole: 'img' | 'group' = 'img';
  /** Shows the active item in the figure (ECharts highlight, an SVG class); nothing by default. */
  protected highlightItem(_item: ChartItem | undefined, _previous: ChartItem | undefined): void {}

  // ---- public API --------------------------------------------------------------------------

  /**
   * The data the element currently shows, whichever source it came from. Setting it takes
   * precedence over every other source; setting `undefined` falls back to them.
   */
  get data(): D | undefined {
    return this._shown;
  }
  set data(value: D | undefined | null) {
    this._dataProp = value;
    this._needsResolve = true;
    this.requestUpdate();
  }

  /** The resolved locale. */
  get resolvedLocale(): Locale {
    return resolveLocale(this, this.locale);
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'figure');
    for (const m of this._media) m.addEventListener('change', this._onMedia);
    // A child <script type="application/json"> may be added or edited later.
    this._childObserver = new MutationObserver(() => {
      this._needsResolve = true;
      this.requestUpdate();
    });
    this._childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.paletteDirty = true;
    if (this._needsResolve) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const m of this._media) m.removeEventListener('change', this._onMedia);
    this._childObserver?.disconnect();
    if (this._abort) {
      // An unfinished fetch is abandoned; re-inserting the element starts it again.
      this._abort.abort();
      this._abort = undefined;
      this._needsResolve = true;
    }
    this._active = -1;
    this.tip = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this._needsResolve || changed.has('dataJson') || changed.has('src') || changed.has('record')) {
      this._needsResolve = false;
      this.resolve();
    }
    if (changed.has('theme')) this.paletteDirty = true;
    if (changed.has('locale') || changed.has('theme') || changed.has('_shown')) {
      this.tip = undefined;
      this._active = -1;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('tip')) this.placeTooltip();
    if (!this.hasAttribute('aria-label') || this.dataset.civicLabel === '1') {
      const label = this._shown ? this.titleOf(this._shown, this.resolvedLocale) : '';
      if (label) {
        this.setAttribute('aria-label', label);
        this.dataset.civicLabel = '1';
      }
    }
    this.updateFigure(changed, this._pendingReady);
    if (this._pendingReady) {
      this._pendingReady = false;
      this.emit('civic-ready', { data: this._shown });
    }
  }

  // ---- data sources ------------------------------------------------------------------------

  private resolve(): void {
    const generation = ++this._generation;
    this._abort?.abort();
    this._abort = undefined;

    if (this._dataProp != null) return this.accept(this._dataProp);
    if (this.dataJson != null) return this.acceptText(this.dataJson, 'data');
    const script = childJsonScript(this);
    if (script) return this.acceptText(script.textContent ?? '', 'script');

    if (this.src) {
      const abort = new AbortController();
      this._abort = abort;
      this.state = 'loading';
      fetchJson(this.src, abort.signal, this.fetchTimeout).then(
        (json) => {
          if (generation !== this._generation) return;
          this._abort = undefined;
          this.accept(json);
        },
        (e: unknown) => {
          if (generation !== this._generation || abort.signal.aborted) return;
          this._abort = undefined;
          this.fail(e);
        },
      );
      return;
    }

    if (this.record) {
      const id = this.record;
      this.state = 'loading';
      this.loadRecord(id).then(
        (data) => {
          if (generation !== this._generation) return;
          if (data === undefined) this.fail(new DataLoadError(`"${id}" is not a record of the bundled dataset`, 'record', 'record'));
          else this.accept(data);
        },
        (e: unknown) => {
          if (generation === this._generation) this.fail(e);
        },
      );
      return;
    }

    // No source at all: the empty state, never made-up data.
    this._shown = undefined;
    this._error = undefined;
    this.state = 'empty';
  }

  private acceptText(text: string, path: string): void {
    try {
      this.accept(parseJson(text, path));
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * After each update, before `civic-ready`: chart elements push the option to ECharts here.
   * `changed` has `data` when new data was accepted.
   */
  protected updateFigure(_changed: PropertyValues, _newData: boolean): void {}

  private accept(input: unknown): void {
    const result = this.validate(input);
    if (!result.ok) {
      this.reportError(result.issues);
      return;
    }
    this._shown = result.value;
    this._error = undefined;
    this.state = this.isEmpty(result.value) ? 'empty' : 'ready';
    this._pendingReady = true;
    this.requestUpdate();
  }

  private fail(e: unknown): void {
    if (e instanceof DataLoadError) this.reportError([{ path: e.path, message: e.message }], e.kind);
    else this.reportError([{ path: '(load)', message: e instanceof Error ? e.message : String(e) }], 'network');
  }

  /** The error state: a visible message, one console warning naming the paths, `civic-error`. */
  protected reportError(issues: Issue[], kind?: DataLoadError['kind']): void {
    const message = errorMessage(this.resolvedLocale, issues, kind);
    this._error = { message, issues };
    this.state = 'error';
    console.warn(
      `<${this.localName}> ${kind && kind !== 'json' ? 'could not load data' : 'rejected invalid data'}: ` +
        issues.map((i) => `${i.path} ${i.message}`).join('; '),
    );
    this.emit('civic-error', { message, issues });
    this.requestUpdate();
  }

  // ---- context -----------------------------------------------------------------------------

  /** Locale, palette (read from CSS only when it may have changed), motion and width. */
  protected context(): RenderContext {
    if (!this._palette || this.paletteDirty) this._palette = readPalette(this);
    return {
      locale: this.resolvedLocale,
      palette: this._palette,
      reducedMotion: prefersReducedMotion(),
      width: this.renderRoot?.querySelector<HTMLElement>('.figure')?.clientWidth ?? 0,
    };
  }

  // ---- items, tooltip, keyboard ------------------------------------------------------------

  /** The item a pointer event refers to (ECharts reports series and data index). */
  protected itemAt(seriesIndex: number | undefined, dataIndex: number | undefined): ChartItem | undefined {
    return this.items.find((i) => i.seriesIndex === seriesIndex && i.dataIndex === dataIndex);
  }

  /** Shows an item's tooltip at a point of the figure (pointer hover). */
  protected pointAt(item: ChartItem, x: number, y: number): void {
    this.tip = { item, x, y };
  }

  /** Hides the pointer's tooltip unless the keyboard holds an item. */
  protected pointerLeft(): void {
    if (this._active < 0) this.tip = undefined;
  }

  private activate(index: number): void {
    const previous = this.items[this._active];
    this._active = index;
    const item = this.items[index];
    this.highlightItem(item, previous);
    this.tip = item ? { item, x: 8, y: 8 } : undefined;
  }

  /** Fires `civic-select` for an item (click or Enter). */
  protected select(item: ChartItem): void {
    this.emit('civic-select', { item: { ...item.detail }, key: item.key, label: item.label } satisfies CivicSelectDetail);
  }

  private onKeydown(e: KeyboardEvent): void {
    if ((e.key === 'Enter' || e.key === ' ') && this._active >= 0) {
      e.preventDefault();
      const item = this.items[this._active];
      if (item) this.select(item);
      return;
    }
    const next = nextIndex(e.key, this._active, this.items.length);
    if (next === undefined) return;
    e.preventDefault();
    this.activate(next);
  }

  private onBlur(): void {
    this.activate(-1);
  }

  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, detail }));
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ctx = this.context();
    const { locale } = ctx;
    const data = this._shown;
    const empty = !data || this.isEmpty(data);
    const showChart = !!data && !empty;
    this.items = showChart ? this.buildItems(data, ctx) : [];
    const title = data ? this.titleOf(data, locale) : '';
    const subtitle = data && !empty ? this.subtitleOf(data, locale) : '';
    const summary = data ? this.buildSummary(data, ctx) : '';
    const table = data ? this.buildTable(data, ctx) : undefined;
    const notes = data ? this.notesOf(data, locale) : [];
    const source = data ? sourceLine(this.sourcesOf(data), locale) : undefined;
    const tip = this.tip;

    return html`
      ${title && !this.hideTitle ? html`<div class="title" part="title" id="title">${title}</div>` : nothing}
      ${subtitle && !this.hideTitle ? html`<div class="subtitle" part="subtitle">${subtitle}</div>` : nothing}
      ${this._error ? html`<div class="error" part="error" role="alert">${this._error.message}</div>` : nothing}
      ${this.state === 'loading' && !data
        ? html`<div class="state-box" part="loading" role="status">${ui('loading', locale)}</div>`
        : nothing}
      ${this.state !== 'loading' && empty && !(this._error && !data)
        ? html`<div class="state-box" part="empty">${this.renderEmpty(data, ctx)}</div>`
        : nothing}
      <div class="plot" ?hidden=${!showChart}>
        <div
          class="figure"
          part="chart"
          tabindex=${showChart ? '0' : '-1'}
          role=${this.figureRole}
          aria-roledescription=${locale === 'en' ? 'chart' : '图表'}
          aria-label=${`${title}. ${ui('chartHint', locale)}`}
          aria-describedby="summary"
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
        >${showChart ? this.renderFigure(data, ctx) : nothing}</div>
        <div
          class="tooltip"
          part="tooltip"
          role="status"
          ?hidden=${!tip}
        >
          ${tip ? tip.item.lines.map((line) => html`<p>${line}</p>`) : nothing}
        </div>
      </div>
      ${showChart ? this.renderExtras(data, ctx) : nothing}
      ${summary
        ? html`<p class="summary ${this.hideSummary ? 'visually-hidden' : ''}" part="summary" id="summary">${summary}</p>`
        : nothing}
      ${notes.length ? html`<ul class="notes" part="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${source && !this.hideSource ? this.renderSource(source, locale) : nothing}
      ${table ? this.renderTable(table, locale) : nothing}
    `;
  }

  /**
   * Places the tooltip beside the pointer, on the side with more room. Set through CSSOM: a
   * `style` attribute (as styleMap writes on first render) is refused by a strict CSP.
   */
  private placeTooltip(): void {
    const tip = this.tip;
    const el = this.renderRoot?.querySelector<HTMLElement>('.tooltip');
    if (!tip || !el) return;
    const width = this.renderRoot.querySelector<HTMLElement>('.figure')?.clientWidth ?? 0;
    const right = width > 0 && tip.x > width / 2;
    el.style.setProperty('top', `${tip.y + 12}px`);
    el.style.setProperty('left', right ? 'auto' : `${tip.x + 12}px`);
    el.style.setProperty('right', right ? `${Math.max(8, width - tip.x + 12)}px` : 'auto');
  }

  private renderSource(source: ReturnType<typeof sourceLine>, locale: Locale): TemplateResult {
    return html`<p class="source" part="source">
      ${ui('source', locale)}${locale === 'en' ? ': ' : '：'}${source.parts.map(
        (p, i) => html`${i ? (locale === 'en' ? '; ' : '；') : ''}${p.url ? html`<a href=${p.url} rel="noopener noreferrer" target="_blank">${p.label}</a>` : p.label}`,
      )}${source.illustrative ? html` <strong>(${ui('illustrative', locale)})</strong>` : nothing}
    </p>`;
  }

  private renderTable(table: TableModel, locale: Locale): TemplateResult {
    return html`
      <button
        class="table-toggle"
        part="table-toggle"
        aria-expanded=${this.showTable ? 'true' : 'false'}
        aria-controls="table-region"
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${ui(this.showTable ? 'hideTable' : 'showTable', locale)}
      </button>
      <div class="table-wrap ${this.showTable ? '' : 'visually-hidden'}" id="table-region">
        <table part="table">
          <caption>${table.caption}</caption>
          <thead>
            <tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
          </thead>
          <tbody>
            ${guard([table.rows], () => table.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`))}
          </tbody>
        </table>
        ${table.notes?.length ? table.notes.map((n) => html`<p class="table-notes">${n}</p>`) : nothing}
      </div>
    `;
  }
}
