import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { prefetchRecordFile } from '../../data/records.js';
import { property, state } from 'lit/decorators.js';
import type { InstituteStatus } from '../../data/types.js';
import { CivicChartElement, type OptionMerge } from '../../core/chart-element.js';
import { CivicElement, type FigureContext } from '../../core/civic-element.js';
import type { ExportDrawing } from '../../core/export-controller.js';
import { requestIdle } from '../../core/render-gate.js';
import { instituteMapBuilders } from './builders.js';
import { GeoSourceController } from './geo-controller.js';
import type { GeoIndex } from './geo.js';
import { instituteMapStyles } from './institute-map.styles.js';
import { mapMessages } from './messages.js';
import { type MapModel, type MapView, STATUS_ORDER, districtsMissing, mapModel } from './model.js';
import { loadInstituteMapRecord } from './record.js';
import { registeredMapName } from './register.js';
import { scaleLegend } from './scale.js';
import { scaleTemplate, statusLegendTemplate, unlocatedTemplate } from './templates.js';
import type { InstituteMapData } from './types.js';
import { validateInstituteMapData } from './validate.js';

/** ECharts' label layout: not loaded, loading, or registered. */
let labelLayout: Promise<unknown> | 'ready' | undefined;

const NONE_HIDDEN: ReadonlySet<InstituteStatus> = new Set();

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
 * @attr {boolean} show-export - Shows the export menu: downloads of the chart (PNG, SVG) and its table (CSV).
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
 * Methods: `toBlob('png' | 'svg' | 'csv')` resolves to the chart as an image or its table as CSV.
 *
 * @csspart title - The title line.
 * @csspart subtitle - Says that positions are district-level.
 * @csspart chart - The map (focusable; arrow keys move between markers).
 * @csspart tooltip - The tooltip of the marker under the pointer or keyboard focus.
 * @csspart scale - The scale legend under the map: the district shades, each with its institute count in words.
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
 * @csspart export - The export menu (`show-export`): a disclosure button and one button per file.
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
export class CivicInstituteMap extends CivicChartElement<InstituteMapData, MapModel, MapView> {
  static override styles = [...CivicElement.styles, instituteMapStyles];
  /** Marker size and district names change at these widths. */
  static override breakpoints = [400, 420];

  protected readonly builders = instituteMapBuilders;

  /**
   * A GeoJSON FeatureCollection of districts (Polygon / MultiPolygon features, the name in
   * `properties[data.districtNameProperty ?? 'name']`). Takes precedence over `geo-src`; without
   * either, Ningbo's ten districts are loaded.
   */
  @property({ attribute: false }) geo?: object | null;

  /** A URL of a GeoJSON FeatureCollection of districts, fetched with `fetch-timeout`. */
  @property({ attribute: 'geo-src' }) geoSrc?: string;

  /** One empty set for every map, so maps of one record share their view and items (model-cache.ts). */
  @state() private _hidden: ReadonlySet<InstituteStatus> = NONE_HIDDEN;
  private _errorFor?: InstituteMapData;
  private _warnedFor?: [InstituteMapData, GeoIndex];
  private _placing?: MapModel;

  private readonly districts = new GeoSourceController(this, {
    // The map is needed once there is data, or data on its way (both load at once), and the
    // element renders more than its placeholder (render-gate.ts): far maps wait for their turn.
    needed: () => this.gate.open && ((this.data?.institutes.length ?? 0) > 0 || this.state === 'loading'),
    nameProperty: () => this.data?.districtNameProperty ?? 'name',
  });

  protected validate(input: unknown) {
    return validateInstituteMapData(input);
  }

  protected loadRecord(id: string): Promise<InstituteMapData | undefined> {
    return loadInstituteMapRecord(id);
  }

  protected override prefetchRecord(): void {
    prefetchRecordFile('institutes');
  }

  /** The institutes placed on the current district map (counted by district name before it is there). */
  protected buildModel(data: InstituteMapData): MapModel {
    return mapModel(data, this.districts.index);
  }

  protected override modelInputs(): readonly unknown[] {
    return [this.districts.index];
  }

  protected override buildView(model: MapModel): MapView {
    return { model, hidden: this._hidden, mapName: model.index ? registeredMapName(model.index.geo) : '' };
  }

  protected override viewInputs(): readonly unknown[] {
    return [this._hidden];
  }

  protected override optionMerge(): OptionMerge {
    return { replaceMerge: ['series', 'geo'] };
  }

  /**
   * The drawing needs its district map: civic-ready and the option wait for it. Data with no
   * institutes needs none (the map is not loaded for it): nothing to wait for.
   */
  protected override figureComplete(): boolean {
    if (!this.data?.institutes.length) return true;
    if (!this.districts.complete) return false;
    // Names that may collide need ECharts' label layout (label-layout.ts, a chunk of its own): the
    // drawing waits for it. Ten districts (the report's map) place their names without it.
    if (labelLayout === 'ready' || (this.districts.index?.districts.length ?? 0) <= 12) return true;
    labelLayout ??= import('./label-layout.js').then(() => (labelLayout = 'ready'));
    void labelLayout.then(() => this.requestUpdate());
    return false;
  }

  // ---- the district map (see geo-controller.ts) -------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.districts.sync();
    const data = this.data;
    const { issues } = this.districts;
    // An invalid map is the error state, for every data shown on it.
    if (issues && data && this.state !== 'loading' && this._errorFor !== data) {
      this._errorFor = data;
      this.source.reject(issues, this.districts.failure);
    }
    if (!issues) this._errorFor = undefined;
    if (data && this.districts.index && !this.districts.pending) this.warnMissingDistricts();
  }

  /** One console warning per data and map, listing the data's districts the map lacks (no model built: this runs at load). */
  private warnMissingDistricts(): void {
    const [data, index] = [this.data, this.districts.index];
    if (!data || !index || (this._warnedFor?.[0] === data && this._warnedFor[1] === index)) return;
    this._warnedFor = [data, index];
    const missing = districtsMissing(data, index);
    if (!missing.length) return;
    console.warn(
      `<${this.localName}>: the map has no district named ${missing.map((m) => `"${m}"`).join(', ')} (property "${index.nameProperty}"); ` +
        'institutes located there are listed beside the map.',
    );
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderFigure(_view: MapView | undefined, { locale }: FigureContext): TemplateResult {
    const t = mapMessages(locale);
    // The last valid map stays drawn under a newer, invalid one (the error says why).
    const status = this.districts.index && !this.districts.pending ? '' : this.districts.issues ? t.mapFailed : t.mapLoading;
    return html`<div class="chart"></div>${status ? html`<div class="map-status" part="map-status">${status}</div>` : nothing}`;
  }

  protected override renderExtras(_view: MapView, model: MapModel, { locale }: FigureContext): TemplateResult {
    return html`
      ${model.index ? html`<div class="scale" part="scale"></div>` : nothing}
      ${statusLegendTemplate(model, this._hidden, locale, (s) => this.toggleStatus(s))} ${unlocatedTemplate(model, locale)}
    `;
  }

  /**
   * The scale legend is drawn after each update, with the chart: its colours are the palette's,
   * which is read only after an update (the theme attribute is reflected after render()).
   */
  protected override updateFigure(): void {
    super.updateFigure();
    const box = this.renderRoot.querySelector<HTMLElement>('.scale');
    const model = this.model();
    if (!box || !model) return;
    const legend = scaleLegend(model, { locale: this.resolvedLocale, palette: this.themeController.palette });
    render(legend ? scaleTemplate(legend) : nothing, box);
    this.placeWhenIdle(model);
  }

  /**
   * Places the markers in idle time once the map's texts are out (the placement is memoised per
   * map, model.ts), so that the chart's first step does not pay for it while a reader scrolls.
   */
  private placeWhenIdle(model: MapModel): void {
    if (!model.index || this._placing === model) return;
    this._placing = model;
    requestIdle(() => void model.labels);
  }

  /**
   * The files show the scale too: the SVG with the scale drawn under the chart (scale-svg.ts, loaded
   * when first needed), the PNG rasterised from that SVG. Print keeps the live chart's image: the
   * scale legend prints under it as it is.
   */
  protected override exportDrawing(): ExportDrawing {
    const drawing = super.exportDrawing();
    const palette = this.themeController.palette;
    const legend = scaleLegend(this.model()!, { locale: this.resolvedLocale, palette });
    return {
      svg: async () => {
        const [svg, { withScale }] = await Promise.all([drawing.svg(), import('./scale-svg.js')]);
        return legend ? withScale(svg, legend, palette).svg : svg;
      },
      print: drawing.print,
    };
  }

  private toggleStatus(status: InstituteStatus): void {
    const next = new Set(this._hidden);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    this._hidden = next;
    this.navigation.reset();
  }

  /** Statuses whose markers are hidden by the legend (read-only view). */
  get hiddenStatuses(): InstituteStatus[] {
    return STATUS_ORDER.filter((s) => this._hidden.has(s));
  }
}
