import fc from 'fast-check';
import '../../src/components/indicator-trend/define.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import { obs, trendData, withField } from './fixtures.js';
import { type El, modelSuite } from '../support/model.js';

/** One series of these yearly values from 2015 on. */
function valued(values: number[]): IndicatorTrendData {
  const d = trendData();
  return { ...d, series: [{ ...d.series[0], observations: values.map((v, i) => obs(String(2015 + i), v)) }] };
}

type Option = { series?: { id?: string; data?: { value: [number, number] }[] }[] } | undefined;

/** The values the points of line `i` show. */
const points = (el: El, i: number) =>
  (el.chart!.getOption() as Option)?.series?.find((s) => s.id === `points:${i}`)?.data?.map((p) => p.value[1]) ?? [];

const plotted = (d: IndicatorTrendData) => d.series[0].observations.filter((o) => o.value !== null).map((o) => o.value);

describe('civic-indicator-trend: model-based', () => {
  modelSuite<IndicatorTrendData>(
    {
      tag: 'civic-indicator-trend',
      drawing: 'echarts',
      valid: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 6 }).map(valued),
      empty: () => trendData({ series: [{ id: 'x', name: 'x', observations: [] }] }),
      label: (d) => `values ${d.series[0].observations.map((o) => o.value).join(', ')}`,
      invalid: [['series [42]', withField('series', [42])], ['unit 42', withField('unit', 42)], ['no series.0.id', withField('series.0.id', undefined)], ['a string', 'not data'], ['an array', []]],
      served: (n) => valued([n, n + 10, n + 5]),
      record: { known: 'tech_transactions', unknown: 'no_such_indicator', is: (d) => d.id === 'tech_transactions' },
      shows: (el, data) => {
        // A record's lines (vintages, derived points) are the builders' business: drawn is enough.
        if (data.series[0].id !== 'main') return points(el, 0).length ? '' : 'no points';
        const shown = JSON.stringify(points(el, 0));
        const expected = JSON.stringify(plotted(data));
        return shown === expected ? '' : `the points show ${shown}, the data ${expected}`;
      },
    },
    { numRuns: 30, maxCommands: 25 },
  );
});
