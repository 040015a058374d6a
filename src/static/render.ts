/**
 * Static renders of an element, with no browser: the chart as SVG (ECharts' server-side SVG
 * renderer for the ECharts elements, the native SVG rows for target progress) and every text of
 * the element (title, summary, notes, source line, table), from the same models and builders the
 * elements use, so the figures cannot differ. Used by `civic-charts render` and by the elements'
 * SVG export.
 */
import type { ChartItem } from '../core/a11y.js';
import type { ElementBuilders, RenderContext } from '../core/builders.js';
import type { ChartBuilders } from '../core/chart-element.js';
import { renderSvg } from '../core/echarts-svg.js';
import '../components/institute-map/label-layout.js';
import type { Locale } from '../core/locale.js';
import type { Texts } from '../core/model-cache.js';
import { type StaticTheme, staticPalette } from '../core/palettes.js';
import { sourceLine } from '../core/sources.js';
import { echartsTheme } from '../core/theme.js';
import type { ValidationResult } from '../core/schema.js';
import { clusterGaugeBuilders } from '../components/cluster-gauge/builders.js';
import { gaugeModel } from '../components/cluster-gauge/model.js';
import { loadClusterGaugeRecord } from '../components/cluster-gauge/record.js';
import { validateClusterGaugeData } from '../components/cluster-gauge/validate.js';
import { indicatorTrendBuilders } from '../components/indicator-trend/builders.js';
import { trendModel } from '../components/indicator-trend/model.js';
import { loadIndicatorTrendRecord } from '../components/indicator-trend/record.js';
import { validateIndicatorTrendData } from '../components/indicator-trend/validate.js';
import { instituteMapBuilders } from '../components/institute-map/builders.js';
import { indexGeoJson, loadNingboDistricts } from '../components/institute-map/geo.js';
import { type MapModel, mapModel } from '../components/institute-map/model.js';
import { loadInstituteMapRecord } from '../components/institute-map/record.js';
import { registeredMapName } from '../components/institute-map/register.js';
import { scaleLegend } from '../components/institute-map/scale.js';
import { withScale } from '../components/institute-map/scale-svg.js';
import type { InstituteMapData } from '../components/institute-map/types.js';
import { validateInstituteMapData } from '../components/institute-map/validate.js';
import { targetProgressBuilders } from '../components/target-progress/builders.js';
import { progressModel } from '../components/target-progress/model.js';
import { loadTargetProgressRecord } from '../components/target-progress/record.js';
import { progressSvg, progressSvgHeight } from '../components/target-progress/svg.js';
import { validateTargetProgressData } from '../components/target-progress/validate.js';

export const ELEMENT_NAMES = ['cluster-gauge', 'indicator-trend', 'target-progress', 'institute-map'] as const;
export type ElementName = (typeof ELEMENT_NAMES)[number];

/** Each element's chart height when the page sets none (its --civic-chart-height default). */
export const DEFAULT_HEIGHT: Record<ElementName, number> = { 'cluster-gauge': 280, 'indicator-trend': 300, 'target-progress': 240, 'institute-map': 420 };

export interface StaticOptions {
  locale: Locale;
  theme: StaticTheme;
  /** The chart's width in CSS pixels. */
  width: number;
  /** The chart's height; the element's default when absent (target progress: as tall as its rows). */
  height?: number;
  /** The map's districts (GeoJSON); Ningbo's when absent. */
  geo?: unknown;
}

export interface StaticFigure {
  element: ElementName;
  locale: Locale;
  theme: StaticTheme;
  /** The chart alone, an SVG document string; empty when the data has nothing to draw. */
  svg: string;
  width: number;
  height: number;
  texts: Texts;
  /** The data items of the chart (what the keyboard visits in the element). */
  items: ChartItem[];
  empty: boolean;
}

interface Definition {
  validate(input: unknown): ValidationResult<unknown>;
  loadRecord(id: string): Promise<unknown>;
  /** The model and the view (nothing hidden) of valid data. */
  build(data: unknown, o: StaticOptions): Promise<{ model: unknown; view: unknown; builders: ElementBuilders<unknown, unknown> }>;
}

const as = <M, V>(b: ElementBuilders<M, V>) => b as unknown as ElementBuilders<unknown, unknown>;

export const DEFINITIONS: Record<ElementName, Definition> = {
  'cluster-gauge': {
    validate: validateClusterGaugeData,
    loadRecord: loadClusterGaugeRecord,
    build: async (data) => {
      const model = gaugeModel(data as never);
      return { model, view: model, builders: as(clusterGaugeBuilders) };
    },
  },
  'indicator-trend': {
    validate: validateIndicatorTrendData,
    loadRecord: loadIndicatorTrendRecord,
    build: async (data) => {
      const model = trendModel(data as never);
      return { model, view: model, builders: as(indicatorTrendBuilders) };
    },
  },
  'target-progress': {
    validate: validateTargetProgressData,
    loadRecord: loadTargetProgressRecord,
    build: async (data) => {
      const model = progressModel(data as never);
      return { model, view: model, builders: as(targetProgressBuilders) };
    },
  },
  'institute-map': {
    validate: validateInstituteMapData,
    loadRecord: loadInstituteMapRecord,
    build: async (data, o) => {
      const d = data as InstituteMapData;
      const index = indexGeoJson(o.geo ?? (await loadNingboDistricts()), d.districtNameProperty ?? 'name', 'geo');
      if (!index.ok) throw new StaticRenderError(index.issues.map((i) => `${i.path} ${i.message}`).join('; '));
      const model = mapModel(d, index.value);
      const view = { model, hidden: new Set(), mapName: registeredMapName(index.value.geo) };
      return { model, view, builders: as(instituteMapBuilders) };
    },
  },
};

/** A problem that makes a render impossible (invalid data, an unknown record, a bad map). */
export class StaticRenderError extends Error {}

/** Validates `input` as the element would; throws StaticRenderError naming every bad path. */
export function checkedData(element: ElementName, input: unknown): unknown {
  const r = DEFINITIONS[element].validate(input);
  if (!r.ok) throw new StaticRenderError(`invalid ${element} data: ${r.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  return r.value;
}

/** A record of the bundled dataset, as the element loads it; throws for an unknown id. */
export async function recordData(element: ElementName, id: string): Promise<unknown> {
  const data = await DEFINITIONS[element].loadRecord(id);
  if (data === undefined) throw new StaticRenderError(`"${id}" is not a ${element} record of the bundled dataset`);
  return data;
}

/** The chart and every text of valid data, drawn with no browser. */
export async function staticFigure(element: ElementName, data: unknown, o: StaticOptions): Promise<StaticFigure> {
  const { model, view, builders } = await DEFINITIONS[element].build(data, o);
  const ctx: RenderContext = { locale: o.locale, palette: staticPalette(o.theme), reducedMotion: true, width: o.width };
  const empty = builders.isEmpty(model);
  const texts: Texts = {
    title: builders.title(model, ctx),
    subtitle: empty ? '' : builders.subtitle(model, ctx),
    summary: builders.summary(model, ctx),
    table: builders.table(model, ctx),
    notes: builders.notes(model, ctx),
    source: sourceLine(builders.sources(model), o.locale),
  };
  let svg = '';
  let height = o.height ?? DEFAULT_HEIGHT[element];
  if (!empty && element === 'target-progress') {
    const m = model as Parameters<typeof progressSvg>[0];
    height = progressSvgHeight(m);
    svg = progressSvg(m, ctx);
  } else if (!empty) {
    const option = (builders as unknown as ChartBuilders<unknown, unknown>).option(view, ctx);
    // A file stands alone: its background is the theme's surface, not transparent.
    svg = renderSvg({ ...option, backgroundColor: ctx.palette.surface }, echartsTheme(ctx.palette), o.width, height);
    // The map's scale legend is not part of its option (the element shows it under the chart): drawn under it here too.
    const scale = element === 'institute-map' ? scaleLegend(model as MapModel, ctx) : undefined;
    if (scale) ({ svg, height } = withScale(svg, scale, ctx.palette));
  }
  return { element, locale: o.locale, theme: o.theme, svg, width: o.width, height, texts, items: empty ? [] : builders.items(view, ctx), empty };
}
