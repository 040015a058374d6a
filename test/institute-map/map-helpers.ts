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
  geo: { map: string }[];
  series: { id: string; type: string; data: unknown[] }[];
  visualMap: { pieces: { label: string; color: string; value?: number }[] }[];
  animation: boolean;
}

export const optionOf = (el: CivicInstituteMap) => el.chart!.getOption() as unknown as MapOption;
/** The markers drawn; none before the first option (the chart may exist before its map arrives). */
export const markersOf = (el: CivicInstituteMap) =>
  (optionOf(el)?.series?.find((s) => s.id === 'institutes')?.data ?? []) as MarkerDatum[];
export const districtsOf = (el: CivicInstituteMap) =>
  optionOf(el).series.find((s) => s.id === 'districts')!.data as { name: string; value: number }[];

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
