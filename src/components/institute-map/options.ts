/**
 * The map's view → ECharts option. A pure function of (view, context): the view holds the model
 * (placed on its district map), the statuses hidden with the legend and the registered map name.
 *
 * - `geo`: the district map (registered with ECharts under `mapName`), not interactive;
 * - `geo.regions`: each district shaded by the piece of the scale its institute count falls in
 *   (scale.ts; the element shows that scale as a legend of swatches and words under the map);
 * - series 0, a `map` series on that geo: the districts with their counts (drawing nothing itself);
 * - series 1, a `scatter` series: one marker per visible institute, its shape and colour by its most
 *   advanced visible status. Keyboard items refer to series 1, data index i.
 */
import { MapChart, ScatterChart } from 'echarts/charts';
import { use } from '../../core/echarts.js';
import type { RenderContext } from '../../core/builders.js';
import { formatNumber } from '../../core/format.js';
import { districtArea, sameBounds } from './bounds.js';
import { countPieces, districtBorder, pieceOf } from './scale.js';
import { type MapModel, type MapView, STATUS_COLOR_INDEX, STATUS_SYMBOL, districtLabel, instituteName, markerStatus } from './model.js';
import { visibleMarkers } from './table.js';

// What the option draws is registered where the option is built (for the elements and the static renderer alike).
// LabelLayout (hideOverlap of the district names) is registered by label-layout.ts, loaded on demand.
use([MapChart, ScatterChart]);

export function instituteMapOption(view: MapView, ctx: RenderContext): Record<string, unknown> {
  const { model, hidden, mapName } = view;
  const index = model.index;
  // No map, nothing to draw on: the element waits for its districts before asking.
  if (!index) return { series: [] };
  const { palette: p, locale } = ctx;
  const narrow = ctx.width > 0 && ctx.width < 420;
  const size = narrow ? 11 : 13;
  const max = Math.max(0, ...model.counts.values());
  const pieces = countPieces(max, ctx);
  const markers = visibleMarkers(model, hidden);
  const showNames = ctx.width === 0 || ctx.width >= 400;
  const bounds = model.bounds ?? index.bbox;
  const names = labelOrder(model);

  return {
    animation: !ctx.reducedMotion,
    animationDuration: 300,
    aria: { enabled: false },
    geo: {
      map: mapName,
      // Which GeoJSON property names a district (ECharts reads `name` otherwise).
      nameProperty: index.nameProperty,
      roam: false,
      silent: true,
      aspectScale: model.aspect ?? index.aspect,
      // The view fits the districts that matter (model.bounds); parts outside are drawn where they fall.
      ...(sameBounds(bounds, index.bbox) ? {} : { boundingCoords: [[bounds[0], bounds[3]], [bounds[2], bounds[1]]] }),
      left: 4,
      right: 4,
      top: 4,
      // The scale legend is under the chart, not on it: the map takes the whole box.
      bottom: 4,
      // District names are series 2 (placed where markers keep clear, overlaps hidden).
      label: { show: false },
      itemStyle: {
        areaColor: pieces[0]!.color,
        borderColor: districtBorder(p),
        borderWidth: p.highContrast ? 1.5 : 1,
      },
      // Each district in the colour of its piece of the scale.
      regions: index.districts.map((d) => ({ name: d.name, itemStyle: { areaColor: pieceOf(pieces, model.counts.get(d.name) ?? 0).color } })),
      // ECharts' geo shows a region's name on hover and select by default: off in every state,
      // or each district builds a label it never shows (and measures its outline to place it).
      emphasis: { disabled: true, label: { show: false } },
      select: { disabled: true, label: { show: false } },
      blur: { label: { show: false } },
    },
    series: [
      {
        id: 'districts',
        type: 'map',
        geoIndex: 0,
        nameProperty: index.nameProperty,
        silent: true,
        data: index.districts.map((d) => ({ name: d.name, value: model.counts.get(d.name) ?? 0 })),
      },
      {
        id: 'institutes',
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        z: 4,
        cursor: 'pointer',
        emphasis: {
          scale: 1.5,
          itemStyle: { borderColor: p.text, borderWidth: 2.5 },
        },
        data: markers.map((m) => {
          const status = markerStatus(m.institute.statuses, hidden)!;
          const color = p.series[STATUS_COLOR_INDEX[status]] ?? p.accent;
          return {
            name: instituteName(m.institute, locale),
            value: [...m.position!],
            symbol: STATUS_SYMBOL[status],
            symbolSize: status === 'toBeIntroduced' || status === 'plannedLab' ? size + 2 : size,
            itemStyle: {
              color,
              borderColor: p.highContrast ? '#000000' : p.surface,
              borderWidth: p.highContrast ? 2 : 1.5,
            },
          };
        }),
      },
      {
        id: 'district-names',
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        silent: true,
        z: 3,
        // Names that would collide are hidden (ECharts' label layout, on every resize), the
        // name of lower priority first. ECharts ranks colliding labels by the area of the
        // element that holds them: each name's holder is an unpainted symbol whose size,
        // well under a pixel, encodes its rank (labelOrder).
        itemStyle: { color: 'none', borderWidth: 0 },
        labelLayout: { hideOverlap: true },
        label: {
          show: showNames,
          position: 'inside',
          color: p.text,
          fontSize: 11,
          textBorderColor: p.surface,
          textBorderWidth: 2,
          // In high contrast the count is written out too: the shading is not the only cue.
          formatter: (params: { name: string; data: { district: string } }) => {
            const d = params.data.district;
            const name = districtLabel(d, locale);
            return p.highContrast ? `${name} ${formatNumber(model.counts.get(d) ?? 0, locale)}` : name;
          },
        },
        data: names.map((name, rank) => ({
          name: districtLabel(name, locale),
          district: name,
          value: [...model.labels.get(name)!],
          symbolSize: (0.5 * (names.length - rank)) / names.length,
        })),
      },
    ],
  };
}

/**
 * The districts whose names are drawn, the first kept when names collide: districts with more
 * institutes first, then larger districts, then the map's order. Every district stays named in the
 * table, whatever is drawn.
 */
export function labelOrder(model: MapModel): string[] {
  const index = model.index;
  if (!index) return [];
  const shown = index.districts.filter((d) => model.labels.has(d.name));
  const area = new Map(shown.map((d) => [d.name, districtArea(d.polygons)]));
  const order = new Map(shown.map((d, i) => [d.name, i]));
  const count = (name: string) => model.counts.get(name) ?? 0;
  return shown
    .map((d) => d.name)
    .sort((a, b) => count(b) - count(a) || area.get(b)! - area.get(a)! || order.get(a)! - order.get(b)!);
}
