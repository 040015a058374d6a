import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MapChart, ScatterChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import type { InstituteStatus, Source } from '../../data/types.js';
import { CivicElement, type RenderContext } from '../../core/civic-element.js';
import { CivicChartElement } from '../../core/chart-element.js';
import { DataLoadError, fetchJson } from '../../core/data-source.js';
import { registerMap, use } from '../../core/echarts.js';
import { formatNumber } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import type { Issue } from '../../core/validate.js';
import { type GeoIndex, indexGeoJson, loadNingboDistricts } from './geo.js';
import { type MapModel, STATUS_GLYPH, STATUS_ORDER, instituteName, mapModel, statusLabel } from './model.js';
import { instituteMapOption } from './options.js';
import { loadInstituteMapRecord } from './record.js';
import { instituteMapSubtitle, instituteMapSummary } from './summary.js';
import { instituteMapItems, instituteMapTable, legendLabel, unlocatedHeading, unlocatedLine } from './table.js';
import type { InstituteMapData } from './types.js';
import { validateInstituteMapData } from './validate.js';
import { instituteMapStyles } from './institute-map.styles.js';

use([MapChart, ScatterChart, VisualMapPiecewiseComponent]);

/** ECharts keeps registered maps by name: one name per GeoJSON object, registered once. */
const mapNames = new WeakMap<object, string>();
let mapCount = 0;
function registeredName(geo: object): string {
  let name = mapNames.get(geo);
  if (!name) {
    name = `civic-districts-${++mapCount}`;
    registerMap(name, geo as Parameters<typeof registerMap>[1]);
    mapNames.set(geo, name);
  }
  return name;
}

const BUNDLED = 'bundled:ningbo';

/**
 * Research institutes as markers on a district map: shape and colour by status (never colour
 * alone), districts shaded by how many institutes they have, and every institute without a known
 * location listed under the map. By default the map is Ningbo's ten districts (a lazily loaded
 * chunk); a portal brings its own with `geo` or `geo-src`.
 *
 * @summary Research institutes on a district map, by status; unplaced institutes listed.
 *
 * @attr {string} record - `institutes`: every institute the report names.
 * @attr {string} data - The data as JSON (`InstituteMapData`).
 * @attr {string} src - A URL of the data as JSON.
 * @attr {string} geo-src - A URL of a GeoJSON FeatureCollection of districts (replaces the bundled Ningbo map).
 * @attr {string} locale - `zh-CN` | `en`; defaults to the nearest `lang`, else `zh-CN`.
 * @attr {string} theme - `light` | `dark` | `auto` | `high-contrast`.
 * @attr {string} state - Reflected: `loading` | `ready` | `empty` | `error`.
 *
 * @event civic-ready - After a render of new data (once its district map is there). `detail: { data }`.
 * @event civic-error - Invalid data, invalid GeoJSON or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @event civic-select - A marker clicked or chosen with Enter. `detail: { item, key, label }`, where
 *   `item` has `id`, `name`, `statuses`, `district`, `precision` (`district` | `point`), `position`
 *   and `institute` (the institute's data).
 *
 * Children: a `<script type="application/json">` holding the data; any other children are a
 * fallback shown only where JavaScript does not run (the element's shadow root hides them).
 *
 * @csspart title - The title line.
 * @csspart subtitle - Says that positions are district-level.
 * @csspart chart - The map (focusable; arrow keys move between markers).
 * @csspart tooltip - The tooltip of the marker under the pointer or keyboard focus.
 * @csspart legend - The status legend: toggle buttons that show or hide markers by status.
 * @csspart legend-item - One status button (`aria-pressed`).
 * @csspart unlocated-heading - The heading of the list of institutes not on the map.
 * @csspart unlocated - The list (`ul`) of institutes not on the map.
 * @csspart map-status - "Loading the map…" / "The map cannot be shown" over the chart area.
 * @csspart summary - The generated text summary.
 * @csspart notes - Caveats from the data.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @csspart empty - The empty state.
 * @csspart loading - The loading message.
 *
 * @cssproperty --civic-chart-height - Height of the map. Default 420px.
 * @cssproperty --civic-color-text - Text colour.
 * @cssproperty --civic-color-text-muted - Secondary text colour.
 * @cssproperty --civic-color-surface - Background colour.
 * @cssproperty --civic-color-border - Border colour.
 * @cssproperty --civic-color-accent - Accent: the district shading's hue, links.
 * @cssproperty --civic-color-series-1 - Markers of introduced institutes.
 * @cssproperty --civic-color-series-2 - Markers of institutes under substantive construction.
 * @cssproperty --civic-color-series-3 - Markers of institutes to be introduced.
 * @cssproperty --civic-color-series-4 - Markers of planned labs.
 * @cssproperty --civic-color-series-6 - Markers of institutes only mentioned.
 * @cssproperty --civic-color-focus - Focus ring colour.
 * @cssproperty --civic-font-family - Font family.
 * @cssproperty --civic-font-size - Base font size.
 * @cssproperty --civic-radius - Corner radius.
 * @cssproperty --civic-padding - Padding inside the border.
 * @cssproperty --civic-border-color - The element's border colour.
 */
export class CivicInstituteMap extends CivicChartElement<InstituteMapData> {
  static override styles = [...CivicElement.styles, instituteMapStyles];

  /**
   * A GeoJSON FeatureCollection of districts (Polygon / MultiPolygon features, the name in
   * `properties[data.districtNameProperty ?? 'name']`). Takes precedence over `geo-src`; without
   * either, Ningbo's ten districts are loaded.
   */
  @property({ attribute: false }) geo?: object | null;

  /** A URL of a GeoJSON FeatureCollection of districts, fetched with `fetch-timeout`. */
  @property({ attribute: 'geo-src' }) geoSrc?: string;

  @state() private _hidden: ReadonlySet<InstituteStatus> = new Set();
  /** The last valid district map (kept while a new one loads or when a new one is invalid). */
  @state() private _geoIndex?: GeoIndex;
  /** The map of the current `geo` / `geo-src` is being loaded or checked. */
  @state() private _geoPending = false;
  /** What is wrong with the current map source, if anything. */
  @state() private _geoIssues?: Issue[];

  protected override replaceMerge = ['series', 'geo', 'visualMap'];

  private _geoRequested?: unknown;
  private _geoRaw?: unknown;
  private _geoRawFor?: { raw: unknown; nameProperty: string };
  private _geoGeneration = 0;
  private _geoAbort?: AbortController;
  private _geoErrorKind?: DataLoadError['kind'];
  private _geoErrorFor?: InstituteMapData;
  private _mapName = '';
  private _model?: { data: InstituteMapData; index: GeoIndex | undefined; model: MapModel };
  private _warnedFor?: { data: InstituteMapData; index: GeoIndex };
  private _heldReady?: unknown;
  private _refresh = false;
  private _resize?: ResizeObserver;
  private _widthBucket = -1;

  // ---- data ---------------------------------------------------------------------------------

  protected validate(input: unknown) {
    return validateInstituteMapData(input);
  }

  protected loadRecord(id: string): Promise<InstituteMapData | undefined> {
    return loadInstituteMapRecord(id);
  }

  protected override isEmpty(data: InstituteMapData): boolean {
    return data.institutes.length === 0;
  }

  /** The placed view of the data on the current map (memoised per data and map). */
  private model(data: InstituteMapData): MapModel {
    const index = this._geoIndex;
    if (this._model?.data !== data || this._model.index !== index) {
      this._model = { data, index, model: mapModel(data, index) };
    }
    return this._model.model;
  }

  // ---- the district map ---------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._resize = undefined;
    this._widthBucket = -1;
    if (this._geoAbort) {
      // An unfinished geo-src fetch is abandoned; re-inserting the element starts it again.
      this._geoAbort.abort();
      this._geoAbort = undefined;
      this._geoRequested = undefined;
      this._geoPending = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.data;
    // The map is needed once there is data, or data on its way: load both at once.
    if (this.isConnected && ((data && !this.isEmpty(data)) || this.state === 'loading')) this.requestGeo();
    const nameProperty = data?.districtNameProperty ?? 'name';
    const raw = this._geoRaw;
    if (raw !== undefined && (this._geoRawFor?.raw !== raw || this._geoRawFor.nameProperty !== nameProperty)) {
      this._geoRawFor = { raw, nameProperty };
      const result = indexGeoJson(raw, nameProperty, 'geo');
      this._geoPending = false;
      if (result.ok) {
        this._mapName = registeredName(result.value.geo);
        this._geoIndex = result.value;
        this._geoIssues = undefined;
        this._geoErrorFor = undefined;
        this._refresh = true;
      } else {
        this._geoIssues = result.issues;
        this._geoErrorKind = undefined;
      }
    }
    // An invalid map is the error state, for every data shown on it.
    if (this._geoIssues && data && this.state !== 'loading' && this._geoErrorFor !== data) {
      this._geoErrorFor = data;
      this._heldReady = undefined;
      this.reportError(this._geoIssues, this._geoErrorKind);
    }
    if (changed.has('_hidden') || changed.has('locale')) this._refresh = true;
    if (data && this._geoIndex && !this._geoPending) this.warnMissingDistricts(data);
  }

  /** Starts loading the map of the current source (`geo`, `geo-src`, else the bundled one). */
  private requestGeo(): void {
    const key = this.geo ?? this.geoSrc ?? BUNDLED;
    if (key === this._geoRequested) return;
    this._geoRequested = key;
    const generation = ++this._geoGeneration;
    this._geoAbort?.abort();
    this._geoAbort = undefined;
    this._geoIssues = undefined;
    this._geoErrorFor = undefined;
    this._geoRaw = undefined;
    this._geoRawFor = undefined;
    this._geoPending = true;
    const done = (raw: unknown) => {
      if (generation !== this._geoGeneration) return;
      this._geoAbort = undefined;
      this._geoRaw = raw;
      this.requestUpdate();
    };
    const failed = (issues: Issue[], kind: DataLoadError['kind']) => {
      if (generation !== this._geoGeneration) return;
      this._geoAbort = undefined;
      this._geoPending = false;
      this._geoIssues = issues;
      this._geoErrorKind = kind;
      this.requestUpdate();
    };
    if (this.geo) {
      this._geoRaw = this.geo;
    } else if (this.geoSrc) {
      const abort = new AbortController();
      this._geoAbort = abort;
      fetchJson(this.geoSrc, abort.signal, this.fetchTimeout).then(done, (e: unknown) => {
        if (abort.signal.aborted) return;
        if (e instanceof DataLoadError) failed([{ path: 'geo-src', message: e.message }], e.kind);
        else failed([{ path: 'geo-src', message: e instanceof Error ? e.message : String(e) }], 'network');
      });
    } else {
      loadNingboDistricts().then(done, (e: unknown) =>
        failed([{ path: 'geo', message: `the bundled district map could not be loaded (${e instanceof Error ? e.message : String(e)})` }], 'network'),
      );
    }
  }

  /** One console warning per data and map, listing the data's districts the map lacks. */
  private warnMissingDistricts(data: InstituteMapData): void {
    const index = this._geoIndex!;
    if (this._warnedFor?.data === data && this._warnedFor.index === index) return;
    this._warnedFor = { data, index };
    const missing = this.model(data).missingDistricts;
    if (!missing.length) return;
    const names = missing.map((m) => `"${m}"`).join(', ');
    console.warn(
      `<${this.localName}>: the map has no district named ${names} (property "${index.nameProperty}"); ` +
        'institutes located there are listed beside the map.',
    );
  }

  protected override chartReady(): boolean {
    return !!this._geoIndex && !this._geoPending;
  }

  /** civic-ready waits for the district map: the render is not complete without it. */
  protected override emit<T>(name: string, detail: T): boolean {
    if (name === 'civic-ready') {
      if (this._geoIssues) return true; // the map is invalid: civic-error was fired instead
      if (this._geoPending || !this._geoIndex) {
        this._heldReady = detail;
        return true;
      }
    }
    return super.emit(name, detail);
  }

  /**
   * The option depends on the width at a few breakpoints (marker size, district names, room for
   * the scale): when the figure crosses one, the option is set again. The chart itself resizes
   * with its container through ChartController.
   */
  private watchWidth(): void {
    const figure = this.renderRoot.querySelector<HTMLElement>('.figure');
    if (this._resize || !figure) return;
    this._resize = new ResizeObserver(() => {
      const w = figure.clientWidth;
      if (w === 0) return;
      const bucket = w < 400 ? 0 : w < 420 ? 1 : 2;
      if (this._widthBucket !== -1 && bucket !== this._widthBucket) {
        this._refresh = true;
        this.requestUpdate();
      }
      this._widthBucket = bucket;
    });
    this._resize.observe(figure);
  }

  protected override updateFigure(changed: PropertyValues, newData: boolean): void {
    super.updateFigure(changed, newData);
    this.watchWidth();
    if (this._refresh && this.chartReady()) {
      this._refresh = false;
      this.refreshChart();
    }
    if (this._heldReady !== undefined && this.chartReady() && !this._geoIssues) {
      const detail = this._heldReady;
      this._heldReady = undefined;
      super.emit('civic-ready', detail);
    }
  }

  // ---- builders -----------------------------------------------------------------------------

  protected buildOption(data: InstituteMapData, ctx: RenderContext) {
    return instituteMapOption(this.model(data), this._geoIndex!, this._mapName, ctx, this._hidden);
  }

  protected buildSummary(data: InstituteMapData, ctx: RenderContext): string {
    return instituteMapSummary(this.model(data), ctx.locale);
  }

  protected buildTable(data: InstituteMapData, ctx: RenderContext) {
    return instituteMapTable(this.model(data), this.titleOf(data, ctx.locale), ctx.locale);
  }

  protected buildItems(data: InstituteMapData, ctx: RenderContext) {
    return instituteMapItems(this.model(data), ctx.locale, this._hidden);
  }

  protected titleOf(data: InstituteMapData, locale: Locale): string {
    if (data.title) return text(data.title, locale);
    return locale === 'en' ? 'Research institutes by district' : '研究机构分布';
  }

  protected override subtitleOf(data: InstituteMapData, locale: Locale): string {
    return instituteMapSubtitle(this.model(data), locale);
  }

  protected sourcesOf(data: InstituteMapData): Source[] {
    // Where each institute is named, then the sources of the locations drawn.
    const located = this.model(data).located.flatMap((p) => p.institute.location.sources ?? []);
    return [...data.institutes.map((i) => i.source), ...located];
  }

  protected override notesOf(data: InstituteMapData, locale: Locale): string[] {
    return (data.notes ?? []).map((n) => text(n, locale));
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderFigure(): TemplateResult {
    const en = this.resolvedLocale === 'en';
    const status = this._geoIndex && !this._geoPending
      ? ''
      : this._geoIssues
        ? en ? 'The map cannot be shown' : '地图无法显示'
        : en ? 'Loading the map…' : '正在加载地图…';
    return html`<div class="chart"></div>${status ? html`<div class="map-status" part="map-status">${status}</div>` : nothing}`;
  }

  protected override renderExtras(data: InstituteMapData, ctx: RenderContext): TemplateResult {
    const { locale } = ctx;
    const model = this.model(data);
    const present = STATUS_ORDER.filter((s) => data.institutes.some((i) => i.statuses.includes(s)));
    const onMap = (s: InstituteStatus) => model.located.filter((p) => p.institute.statuses.includes(s)).length;
    const en = locale === 'en';
    return html`
      <div class="status-legend" part="legend" role="group" aria-labelledby="legend-label">
        <span class="visually-hidden" id="legend-label">${legendLabel(locale)}</span>
        ${present.map((s) => {
          const shown = !this._hidden.has(s);
          const n = formatNumber(onMap(s), locale);
          return html`<button
            type="button"
            class="status-toggle"
            part="legend-item"
            data-status=${s}
            aria-pressed=${shown ? 'true' : 'false'}
            title=${en ? `${shown ? 'Hide' : 'Show'} markers: ${statusLabel(s, locale)}` : `${shown ? '隐藏' : '显示'}标记：${statusLabel(s, locale)}`}
            @click=${() => this.toggleStatus(s)}
          >
            <svg class="glyph ${s}" viewBox="0 0 12 12" aria-hidden="true"><path d=${STATUS_GLYPH[s]}></path></svg>
            <span class="label">${statusLabel(s, locale)}</span>
            <span class="count">${en ? `${n} on the map` : `图上${n}家`}</span>
          </button>`;
        })}
      </div>
      ${model.unlocated.length
        ? html`<div class="unlocated-box">
            <p class="unlocated-heading" part="unlocated-heading" id="unlocated-heading">${unlocatedHeading(model, locale)}</p>
            <ul class="unlocated" part="unlocated" aria-labelledby="unlocated-heading">
              ${model.unlocated.map(
                (u) => html`<li data-id=${u.institute.id}>
                  <span class="name">${instituteName(u.institute, locale)}</span>
                  <span class="why">${en ? ' — ' : '：'}${unlocatedLine(u, locale)}</span>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
    `;
  }

  private toggleStatus(status: InstituteStatus): void {
    const next = new Set(this._hidden);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    this._hidden = next;
    this.tip = undefined;
  }

  /** Statuses whose markers are hidden by the legend (read-only view). */
  get hiddenStatuses(): InstituteStatus[] {
    return STATUS_ORDER.filter((s) => this._hidden.has(s));
  }
}
