/**
 * Illustrative data for tests only. Every source says `illustrative`, so the element's source line
 * says so too. The institutes and places are not real.
 */
import type { InstituteMapData, InstituteMapInstitute } from '../../src/components/institute-map/types.js';
import { illustrative, withFieldOf } from '../support/data.js';

export function institute(id: string, district: string | null, overrides: Partial<InstituteMapInstitute> = {}): InstituteMapInstitute {
  return {
    id,
    name: { zh: `测试机构${id}`, en: `Test institute ${id}` },
    statuses: ['introduced'],
    location: { district, confidence: district ? 'sourced' : 'unknown' },
    source: illustrative,
    ...overrides,
  };
}

export function mapData(overrides: Partial<InstituteMapData> = {}): InstituteMapData {
  return {
    title: { zh: '测试地图', en: 'Test map' },
    institutes: [
      institute('a', '海曙区'),
      institute('b', '海曙区', { statuses: ['introduced', 'substantiveConstruction'] }),
      institute('c', '北仑区', { statuses: ['toBeIntroduced'], location: { district: '北仑区', confidence: 'inferred' } }),
      institute('d', null, { statuses: ['plannedLab'] }),
    ],
    ...overrides,
  };
}

/** A deep copy of mapData() with one field replaced (dot path; numeric parts index arrays). */
export const withField = (path: string, value: unknown) => withFieldOf(mapData(), path, value);

/** A small portal map: two square districts side by side ("West", "East"), names in `NAME`. */
export function squareGeo(nameProperty = 'NAME'): Record<string, unknown> {
  const square = (x0: number): number[][][] => [[[x0, 30], [x0 + 1, 30], [x0 + 1, 31], [x0, 31], [x0, 30]]];
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { [nameProperty]: 'West' }, geometry: { type: 'Polygon', coordinates: square(100) } },
      { type: 'Feature', properties: { [nameProperty]: 'East' }, geometry: { type: 'Polygon', coordinates: square(101) } },
    ],
  };
}

export { illustrative, XSS } from '../support/data.js';
