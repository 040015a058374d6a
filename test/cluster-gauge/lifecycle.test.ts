import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import { gaugeData, withField } from './fixtures.js';
import { eventsContract, lifecycleContract, mount } from '../support/contract.js';
import { part, untilChart } from '../support/helpers.js';

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
    resize: {},
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
  });

  eventsContract<CivicClusterGauge>({
    tag: 'civic-cluster-gauge',
    data: () => gaugeData(),
    named: (name) => gaugeData({ name }),
    titleFor: (name) => `${name}产业集群`,
    bad: () => withField('value.value', 'lots'),
    legend: {
      skip: 'one value against its tier bands: no series to hide',
      absent: async () => {
        const el = await mount<CivicClusterGauge>('civic-cluster-gauge', { record: 'new_materials' });
        await untilChart(el);
        expect(part(el, 'legend')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[aria-pressed]')).to.equal(null);
      },
    },
  });

  it('resolves portal colours written with var(), light-dark() and color-mix() as the page does', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div
      style="color-scheme: dark; --brand: light-dark(#ff0000, #00ff00); --civic-color-surface: color-mix(in srgb, #000000 100%, white)"
    >
      <civic-cluster-gauge style="--civic-color-accent: var(--brand)" record="new_materials"></civic-cluster-gauge>
    </div>`);
    const el = wrap.querySelector('civic-cluster-gauge')!;
    await untilChart(el);
    // Dark scheme: the accent is the green of light-dark(), mixed into the black surface.
    expect(bandColors(el)[2]).to.match(/^#00[0-9a-f]{2}00$/);
    expect(bandColors(el)[2]).not.to.equal('#000000');
    wrap.style.setProperty('color-scheme', 'light');
    el.theme = 'light';
    await el.updateComplete;
    expect(bandColors(el)[2]).to.match(/^#[0-9a-f]{2}0000$/);
  });
});
