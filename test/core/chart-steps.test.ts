/**
 * A chart is made in steps of the page's chart queue (chart-controller.ts): the option, `init`
 * with the option merged lazily, the canvas allocated, the layout, the paint. What a page sees: `el.chart` only once the
 * chart is painted, on the element's theme from its first frame, and an update while the steps run
 * drawn in the end.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import '../../src/components/indicator-trend/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import { enqueueChartJob } from '../../src/core/chart-scheduler.js';
import { RenderGate } from '../../src/core/render-gate.js';
import type { ViewportController } from '../../src/core/viewport-controller.js';
import { readPalette } from '../../src/core/theme.js';
import { paintedShare, until, untilChart, untilState } from '../support/helpers.js';

type ThemedModel = { getModel(): { getTheme(): { get(path: string[]): unknown } } };

describe('chart steps', () => {
  it('exposes el.chart only once its canvas is painted', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    await untilState(el, 'ready');
    // Polled without waiting for a frame: the first moment el.chart exists, it has drawn.
    const end = performance.now() + 5000;
    while (!el.chart && performance.now() < end) await new Promise((r) => setTimeout(r, 0));
    expect(el.chart, 'a chart').to.not.equal(undefined);
    expect(paintedShare(el)).to.be.greaterThan(0.01);
    expect(el.chart!.getOption().series).to.have.length.greaterThan(0);
  });

  it('starts the chart on the element theme (dark axis labels from the first frame)', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp" theme="dark"></civic-indicator-trend>`);
    const chart = await untilChart(el);
    const palette = readPalette(el);
    const theme = (chart as unknown as ThemedModel).getModel().getTheme();
    expect(theme.get(['textStyle', 'color'])).to.equal(palette.text);
    expect(theme.get(['valueAxis', 'axisLabel', 'color'])).to.equal(palette.muted);
  });

  it('draws data set while the chart is being made', async () => {
    const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials"></civic-cluster-gauge>`);
    await untilState(el, 'ready');
    // Before the steps are through, a different record arrives: the chart ends up showing it.
    await until(() => !!el.shadowRoot!.querySelector('canvas'), 'the instance created');
    el.record = 'automotive';
    await until(() => !!el.chart && el.data !== undefined && JSON.stringify(el.chart.getOption()).includes('汽车'), 'the new record drawn');
  });

  it('finishes a chart begun before another element near the viewport renders', async () => {
    const order: string[] = [];
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate: () => order.push('element rendered'),
      updateComplete: Promise.resolve(true),
    });
    const gate = new RenderGate(host, { listen() {} } as unknown as ViewportController);
    await new Promise<void>((done) =>
      enqueueChartJob({
        wanted: () => true,
        run: () => {
          order.push('chart step 1');
          // An element comes near while the chart is half made: its render waits for the chart.
          gate.openSoon();
          enqueueChartJob(
            {
              wanted: () => true,
              run: () => {
                order.push('chart step 2');
                enqueueChartJob({ wanted: () => true, run: () => (order.push('chart painted'), done()) }, true);
              },
            },
            true,
          );
        },
      }),
    );
    await until(() => gate.open, 'the gate opened');
    expect(order).to.deep.equal(['chart step 1', 'chart step 2', 'chart painted', 'element rendered']);
  });

  it('draws a new chart without an entry animation; a later change animates', async () => {
    const el = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp" style="width: 600px"></civic-indicator-trend>`);
    const chart = await untilChart(el);
    const zr = chart.getZr() as unknown as { animation: { isFinished(): boolean } };
    // A line's entry animation repainted the canvas every frame for a second.
    expect(zr.animation.isFinished(), 'no entry animation running').to.equal(true);
    el.record = 'tech_transactions';
    await until(() => JSON.stringify(chart.getOption()).includes('28.07') || !zr.animation.isFinished(), 'the new record drawn');
    expect((chart.getOption() as { animation?: boolean }).animation).to.equal(true);
  });

  it('allocates a new chart\'s canvas in a task before the one that paints it', async () => {
    // The first drawing call on a new canvas allocates its pixels: as long as the rest of a paint.
    const proto = CanvasRenderingContext2D.prototype;
    const saved = { clearRect: proto.clearRect, fill: proto.fill, fillRect: proto.fillRect, stroke: proto.stroke, fillText: proto.fillText };
    const log: string[] = [];
    let host: Element | undefined;
    let tasksSinceFirstCall: number | undefined;
    const mine = (ctx: CanvasRenderingContext2D) => host !== undefined && (ctx.canvas as HTMLCanvasElement).getRootNode() === host.shadowRoot;
    const record = (name: string) =>
      function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        if (mine(this)) {
          if (tasksSinceFirstCall === undefined) {
            tasksSinceFirstCall = 0;
            // Queued before the chart's next step: it runs once the current task is over.
            setTimeout(() => (tasksSinceFirstCall! += 1), 0);
          }
          log.push(`${name}@${tasksSinceFirstCall}`);
        }
        return (saved as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!.apply(this, args);
      };
    for (const name of Object.keys(saved)) (proto as unknown as Record<string, unknown>)[name] = record(name);
    try {
      const el = document.createElement('civic-cluster-gauge') as CivicClusterGauge;
      el.setAttribute('record', 'new_materials');
      host = el;
      await fixture(el);
      await untilChart(el);
      const first = log[0]!;
      const firstPaint = log.find((c) => !c.startsWith('clearRect'))!;
      expect(first, 'the first call on the new canvas').to.equal('clearRect@0');
      expect(firstPaint.endsWith('@0'), `the paint (${firstPaint}) comes in a later task`).to.equal(false);
    } finally {
      Object.assign(proto, saved);
    }
  });

  it('goes on with the other charts when one step throws', async () => {
    const ran: string[] = [];
    const onerror = window.onerror;
    window.onerror = () => true; // the thrown step is reported as an uncaught error, not a failed test
    try {
      enqueueChartJob({
        wanted: () => true,
        run: () => {
          throw new Error('a broken chart');
        },
      });
      enqueueChartJob({ wanted: () => true, run: () => ran.push('next chart') });
      await until(() => ran.length === 1, 'the next chart made');
    } finally {
      window.onerror = onerror;
    }
  });
});
