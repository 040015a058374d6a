import fc from 'fast-check';
import '../../src/components/institute-map/define.js';
import type { InstituteMapData } from '../../src/components/institute-map/types.js';
import { institute, mapData, withField } from './fixtures.js';
import { type El, modelSuite } from '../support/model.js';

/** Institutes, each in one of these districts of the bundled map (so each has a marker). */
const DISTRICTS = ['海曙区', '江北区', '北仑区', '鄞州区', '镇海区'];
function placed(districts: string[]): InstituteMapData {
  return mapData({ institutes: districts.map((d, i) => institute(`i${i}`, d)) });
}

/** The names on the markers. */
const markers = (el: El) =>
  (el.chart!.getOption() as { series?: { id?: string; data?: { name: string }[] }[] } | undefined)?.series
    ?.find((s) => s.id === 'institutes')
    ?.data?.map((p) => p.name) ?? [];

/** The names of the institutes the data places in a district of the map, in the element's locale. */
function expectedMarkers(el: El, data: InstituteMapData): string[] {
  const en = el.resolvedLocale === 'en';
  return data.institutes
    .filter((i) => (i.location.district && DISTRICTS.concat('奉化区', '余姚市', '慈溪市', '宁海县', '象山县').includes(i.location.district)) || i.location.lon !== undefined)
    .map((i) => (typeof i.name === 'string' ? i.name : ((en ? i.name.en : i.name.zh) ?? i.name.zh ?? '')));
}

describe('civic-institute-map: model-based', () => {
  modelSuite<InstituteMapData>(
    {
      tag: 'civic-institute-map',
      drawing: 'echarts',
      valid: fc.array(fc.constantFrom(...DISTRICTS), { minLength: 1, maxLength: 5 }).map(placed),
      empty: () => mapData({ institutes: [] }),
      label: (d) => `institutes in ${d.institutes.map((i) => i.location.district).join(', ')}`,
      invalid: [['institutes "many"', withField('institutes', 'many')], ['institutes {a: 1}', withField('institutes', { a: 1 })], ['no institutes', withField('institutes', undefined)], ['a string', 'not data'], ['an array', []]],
      served: (n) => placed(DISTRICTS.slice(0, 1 + (n % DISTRICTS.length))),
      record: { known: 'institutes', unknown: 'no_such_map', is: (d) => d.id === 'institutes' },
      shows: (el, data) => {
        const shown = JSON.stringify(markers(el).sort());
        const expected = JSON.stringify(expectedMarkers(el, data).sort());
        return shown === expected ? '' : `the markers are ${shown}, the data places ${expected}`;
      },
    },
    { numRuns: 30, maxCommands: 25 },
  );
});
