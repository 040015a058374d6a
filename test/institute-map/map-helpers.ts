/** Helpers of the institute-map tests: reading the drawn option and an independent geometry check. */
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { until, untilChart, untilState } from '../support/helpers.js';

export interface MarkerDatum {
  name: string;
  value: [number, number];
  symbol: string;
  symbolSize: number;
  itemStyle: { color: string; borderColor: string };
}

interface MapOption {
  geo: { map: string; regions?: { name: string; itemStyle: { areaColor: string } }[] }[];
  series: { id: string; type: string; data: unknown[] }[];
  animation: boolean;
}

export const optionOf = (el: CivicInstituteMap) => el.chart!.getOption() as unknown as MapOption;
/** The markers drawn; none before the first option (the chart may exist before its map arrives). */
export const markersOf = (el: CivicInstituteMap) =>
  (optionOf(el)?.series?.find((s) => s.id === 'institutes')?.data ?? []) as MarkerDatum[];
export const districtsOf = (el: CivicInstituteMap) =>
  optionOf(el).series.find((s) => s.id === 'districts')!.data as { name: string; value: number }[];

/** Each district's fill in the option (geo regions), by district name. */
export const districtFills = (el: CivicInstituteMap) => new Map((optionOf(el).geo[0].regions ?? []).map((r) => [r.name, r.itemStyle.areaColor]));

export interface ScalePiece {
  /** The piece's words, as shown ("2家", "5–8"). */
  label: string;
  /** The counts the words say: [low, high]. */
  counts: [number, number];
  /** The swatch's fill. */
  color: string;
  swatch: SVGSVGElement;
}

/** The scale legend as shown under the map (`part="scale"`): its title and pieces; undefined when absent. */
export function scaleOf(el: CivicInstituteMap): { box: HTMLElement; title: string; pieces: ScalePiece[] } | undefined {
  const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="scale"]');
  if (!box) return undefined;
  return {
    box,
    title: box.querySelector('.scale-title')?.textContent?.trim() ?? '',
    pieces: [...box.querySelectorAll('li')].map((li) => {
      const label = li.textContent!.replace(/\s+/g, ' ').trim();
      const [lo, hi = lo] = (label.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
      return { label, counts: [lo, hi] as [number, number], color: li.querySelector('rect')!.getAttribute('fill')!, swatch: li.querySelector('svg')! };
    }),
  };
}

/** The legend's colour for `count`: the piece whose words cover it. */
export function legendColour(el: CivicInstituteMap, count: number): string {
  const piece = scaleOf(el)?.pieces.find((p) => p.counts[0] <= count && count <= p.counts[1]);
  if (!piece) throw new Error(`the scale legend has no piece for ${count}`);
  return piece.color;
}

/** Where a [lon, lat] is drawn, in pixels of the chart. */
export function pixelOf(el: CivicInstituteMap, lonLat: [number, number]): [number, number] {
  return el.chart!.convertToPixel({ geoIndex: 0 }, lonLat) as unknown as [number, number];
}

/**
 * Winding-number point-in-polygon (deliberately not the element's even-odd ray casting), over a
 * GeoJSON Polygon or MultiPolygon geometry; holes subtract.
 */
export function insideGeometry(p: [number, number], geometry: { type: string; coordinates: unknown }): boolean {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  const winding = (ring: number[][]) => {
    let wn = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[i + 1];
      const cross = (x2 - x1) * (p[1] - y1) - (p[0] - x1) * (y2 - y1);
      if (y1 <= p[1]) {
        if (y2 > p[1] && cross > 0) wn++;
      } else if (y2 <= p[1] && cross < 0) wn--;
    }
    return wn !== 0;
  };
  return polygons.some(([outer, ...holes]) => winding(outer) && !holes.some(winding));
}

export const unlocatedItems = (el: CivicInstituteMap) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="unlocated"] li')].map((li) => ({
    id: li.dataset.id!,
    text: li.textContent!.replace(/\s+/g, ' ').trim(),
  }));

export const legendButtons = (el: CivicInstituteMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]')];

/** Ready, with its chart and the option drawn (the district map loads lazily); returns the chart. */
export async function readyMap(el: CivicInstituteMap) {
  await untilState(el, 'ready');
  const chart = await untilChart(el, 8000);
  await until(() => !!optionOf(el)?.series, 'the option');
  return chart;
}
