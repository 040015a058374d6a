import fc from 'fast-check';
import '../../src/components/cluster-gauge/define.js';
import type { ClusterGaugeData } from '../../src/components/cluster-gauge/types.js';
import { gaugeData, withField } from './fixtures.js';
import { type El, modelSuite } from '../support/model.js';

/** Gauge data reporting `value` (亿元). */
function reporting(value: number): ClusterGaugeData {
  const d = gaugeData();
  return { ...d, value: { ...d.value!, value } };
}

/** The value the gauge's needle shows. */
const needle = (el: El) =>
  (el.chart!.getOption() as { series?: { id?: string; data?: { value?: number }[] }[] } | undefined)?.series?.find((s) => s.id === 'value')?.data?.[0]
    ?.value;

describe('civic-cluster-gauge: model-based', () => {
  modelSuite<ClusterGaugeData>(
    {
      tag: 'civic-cluster-gauge',
      drawing: 'echarts',
      valid: fc.integer({ min: 1, max: 12000 }).map(reporting),
      empty: () => gaugeData({ value: null }),
      label: (d) => `value ${d.value?.value}`,
      invalid: [['value.value "lots"', withField('value.value', 'lots')], ['tier 百亿级', withField('tier', '百亿级')], ['name 42', withField('name', 42)], ['a string', 'not data'], ['an array', []]],
      served: (n) => reporting(100 + n),
      record: { known: 'new_materials', unknown: 'no_such_cluster', is: (d) => d.id === 'new_materials' },
      shows: (el, data) => (needle(el) === data.value?.value ? '' : `the needle shows ${needle(el)}, the data ${data.value?.value}`),
    },
    { numRuns: 30, maxCommands: 25 },
  );
});
