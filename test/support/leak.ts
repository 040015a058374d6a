/**
 * Leak test (issue 7): 200 mount and unmount cycles of an element, each drawn before it is
 * removed. After garbage collection (through the DevTools protocol: the `civic-heap` server
 * command) the JS heap has grown by less than 3 MB, and no ECharts instance is left alive.
 * One test file per element, so each has the runner's whole per-file time.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getInstanceById } from 'echarts/core';
import type { CivicElement } from '../../src/core/civic-element.js';
import type { EChartsType } from '../../src/core/echarts.js';
import { nextFrame, until } from './helpers.js';

type AnyEl = CivicElement<any, any, any> & { chart?: EChartsType };

const CYCLES = 200;
const WARM_UP = 5;
const LIMIT = 3 * 1024 * 1024;

const heap = async () => (await executeServerCommand<{ usedSize: number }, undefined>('civic-heap'))!.usedSize;

/** Drawn: a chart with its series and its canvas, or the progress rows with their bars. */
function drawn(el: AnyEl): boolean {
  if (el.state !== 'ready') return false;
  if (!el.chart) return !!el.shadowRoot!.querySelector('[role=meter] svg.bar');
  const option = el.chart.getOption() as { series?: unknown[] } | undefined;
  return !!option?.series?.length && !!el.shadowRoot!.querySelector('.chart canvas');
}

/**
 * Registers the leak test of `tag`. `give` hands the new element its data (a bundled record or
 * fixture data); `echarts` says whether it draws with ECharts (every cycle then has an instance).
 */
export function leakSuite(tag: string, give: (el: AnyEl) => void, echarts: boolean): void {
  it(`${tag}: ${CYCLES} mount and unmount cycles: heap growth under 3 MB after GC, no live ECharts instance`, async function () {
    this.timeout(230000);
    const box = document.createElement('div');
    box.style.setProperty('width', '600px');
    document.body.prepend(box);
    // Ids, not the instances or their containers: holding those would keep what is measured alive.
    const ids: string[] = [];
    const cycle = async (i: number) => {
      const el = document.createElement(tag) as AnyEl;
      give(el);
      box.append(el);
      await until(() => drawn(el), `${tag} drawn (cycle ${i})`, 10000);
      await nextFrame();
      if (el.chart) ids.push(el.chart.id);
      el.remove();
      // Booleans, not instances: a failing assertion must not serialise a whole ECharts instance.
      expect(el.chart === undefined, `el.chart is undefined after removal (cycle ${i})`).to.equal(true);
    };
    try {
      // Warm up: the record, the district map, ECharts' registries and Lit's templates load once.
      for (let i = 0; i < WARM_UP; i++) await cycle(i);
      const before = await heap();
      const started = performance.now();
      for (let i = 0; i < CYCLES; i++) await cycle(i);
      const seconds = (performance.now() - started) / 1000;
      await nextFrame();
      const growth = (await heap()) - before;
      // The runtime and the growth, in the test log, so CI's budget and the margin can be watched.
      console.log(`${tag}: ${CYCLES} cycles in ${seconds.toFixed(1)} s, heap growth ${(growth / 1024).toFixed(0)} kB after GC`);
      expect(growth, 'heap growth (bytes)').to.be.below(LIMIT);
      expect(ids.length, 'ECharts instances created').to.equal(echarts ? WARM_UP + CYCLES : 0);
      expect(ids.filter((id) => getInstanceById(id)), 'live ECharts instances').to.deep.equal([]);
    } finally {
      box.remove();
    }
  });
}
