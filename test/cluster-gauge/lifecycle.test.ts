import { expect } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { gaugeData } from './fixtures.js';
import { lifecycleContract } from '../support/contract.js';

const bandColors = (el: CivicClusterGauge) =>
  (el.chart!.getOption() as { series: { axisLine: { lineStyle: { color: [number, string][] } } }[] }).series[0].axisLine.lineStyle.color.map((s) => s[1]);

describe('civic-cluster-gauge: lifecycle', () => {
  lifecycleContract<CivicClusterGauge>({
    tag: 'civic-cluster-gauge',
    record: 'new_materials',
    lazy: { summaryContains: '43%' },
    dispose: {
      check: (_el, chart) => expect((chart.getOption() as { series: { data: { value: number }[] }[] }).series[0].data[0].value).to.equal(2174.6),
    },
    resize: true,
    theme: {
      colours: bandColors,
      highContrast: (el) => expect(bandColors(el)).to.deep.equal(['#767676', '#000000', '#767676']),
    },
    autoTheme: { colours: bandColors },
    portal: {
      style: '--civic-color-accent: #ff0000; --civic-color-surface: #000000',
      // The top band is the accent mixed into the surface: red over black.
      check: (el) => expect(bandColors(el)[2]).to.match(/^#[0-9a-f]{2}0000$/),
    },
    reducedMotion: { animation: (el) => (el.chart!.getOption() as { animation: boolean }).animation },
    ready: { data: () => gaugeData(), summaryContains: '2500', named: (name) => gaugeData({ name }), titleFor: (name) => `${name}产业集群` },
  });
});
