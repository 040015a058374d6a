import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enqueueChartJob } from './chart-scheduler.js';
import { type ChartOption, init, type EChartsType } from './echarts.js';
import type { ViewportController } from './viewport-controller.js';

export interface ChartControllerConfig {
  /** The element the chart draws into. */
  container: () => HTMLElement | null | undefined;
  /** Near-viewport state and the container's size. */
  viewport: ViewportController;
  /** The ECharts theme an instance starts with (`setTheme` on an instance without an option does nothing). */
  theme?: () => object | undefined;
  /** Called once per created instance, before anything else (attach events). */
  onCreate: (chart: EChartsType) => void;
  /** Builds what a chart about to be created will show (its option), in a step of its own. */
  prepare?: () => void;
  /**
   * Sets the first option on a new instance, with `lazyUpdate: true`: ECharts only merges it
   * here; the controller lays it out in a later step. Returns false when there is nothing to draw yet.
   */
  draw?: (chart: EChartsType) => boolean;
}

const innerHTMLDescriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;

/**
 * zrender clears its container by assigning an empty string to its innerHTML when a canvas chart starts and when any chart
 * is disposed. Under `require-trusted-types-for 'script'` that string assignment throws. Clearing
 * means "remove all children", so on our own container only, an empty assignment becomes
 * `replaceChildren()`; anything else is passed through untouched (and refused by the policy).
 */
export function makeTrustedTypesSafe(el: HTMLElement): void {
  if (Object.prototype.hasOwnProperty.call(el, 'innerHTML')) return;
  Object.defineProperty(el, 'innerHTML', {
    configurable: true,
    get(this: HTMLElement) {
      return innerHTMLDescriptor.get!.call(this);
    },
    set(this: HTMLElement, value: unknown) {
      if (value === '' || value === null) this.replaceChildren();
      else innerHTMLDescriptor.set!.call(this, value);
    },
  });
}

/**
 * Creates the canvas a new chart paints on and has the browser allocate its pixels (the first
 * drawing call does), in a step of its own: on a new canvas that was about 6 ms of a chart's
 * first paint, unthrottled (fresh page, medians of four), as much as the rest of a warm paint.
 * zrender's canvas painter makes its layer on first use; `getLayer(0)` is that same call.
 */
function allocateCanvas(chart: EChartsType): void {
  const painter = chart.getZr().painter as unknown as { getLayer?(zlevel: number): { ctx?: CanvasRenderingContext2D } | undefined };
  painter.getLayer?.(0)?.ctx?.clearRect(0, 0, 1, 1);
}

/**
 * An option drawn by the canvas renderer on a detached box, as a PNG data: URL: the image of a
 * chart that has not been created yet (an element never scrolled into view), synchronously, so
 * it also serves `beforeprint`. The instance is disposed at once.
 */
export function offscreenPng(option: ChartOption, theme: object, width: number, height: number, pixelRatio: number): string {
  const box = document.createElement('div');
  makeTrustedTypesSafe(box);
  const chart = init(box, theme, { renderer: 'canvas', width, height, devicePixelRatio: pixelRatio });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: (option as { backgroundColor?: string }).backgroundColor });
  } finally {
    chart.dispose();
  }
}

/**
 * Owns the ECharts instance of one element: created only when the element is near the viewport
 * and its container has a size, resized with the container (never the window; zero sizes, as in
 * a hidden tab, skipped), disposed when the element is removed and created again when it is
 * re-inserted. The instance follows its container: should the element render a new container,
 * the instance bound to the old one is disposed and a new one created on the new one, so a chart
 * can never stay bound to a detached box.
 *
 * A new chart is made in five steps of the page's chart queue (`chart-scheduler.ts`), each a
 * task of its own, so that no step is a long task for a reader scrolling past (issue 10):
 * (1) the option built (`prepare`); (2) `init`, the events and the first option merged
 * (`lazyUpdate`), its drawing held back by pausing the instance's animation loop; (3) its canvas
 * made and its pixels allocated (`allocateCanvas`); (4) `resize()`, which lays the pending option
 * out and builds its shapes (ECharts applies a pending lazy update there, without the entry
 * animation); (5) the paint (`flush`). Only then is the instance `chart`: until it has drawn,
 * updates of the element do not touch it.
 */
export class ChartController implements ReactiveController {
  private _chart?: EChartsType;
  /** An instance between its creation and its first paint (steps 2 to 5 above). */
  private _pending?: EChartsType;
  private _frame = 0;
  private _size = '';
  /** A creation job is in the page's chart queue. */
  private _queued = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly config: ChartControllerConfig,
  ) {
    host.addController(this);
    config.viewport.listen({ nearChanged: () => this.sync(), resized: () => this.scheduleResize() });
  }

  /** The live instance, or undefined before the element has come near the viewport and the chart has drawn. */
  get chart(): EChartsType | undefined {
    return this._chart;
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this.dispose();
  }

  /** Disposes the instance and forgets it; the next `sync()` creates a fresh one. */
  dispose(): void {
    for (const chart of [this._chart, this._pending]) if (chart && !chart.isDisposed()) chart.dispose();
    this._chart = this._pending = undefined;
    this._size = '';
  }

  /**
   * Makes the instance match the container: disposes one whose container is gone or replaced,
   * creates one when there is none and the container is near the viewport with a size.
   */
  sync(): void {
    const el = this.config.container() ?? undefined;
    const chart = this._chart ?? this._pending;
    if (chart && (chart.isDisposed() || chart.getDom() !== el || !el?.isConnected)) this.dispose();
    if (this._chart || this._pending || this._queued || !this.canCreate()) return;
    this._queued = true;
    const wanted = () => (this._queued = !this._chart && !this._pending && this.canCreate());
    enqueueChartJob({
      wanted,
      run: () => {
        // Step 1: what the chart will show (the element's option: a map places its markers here).
        this.config.prepare?.();
        // The next steps go to the front of the queue: a chart is finished before the next is begun.
        const create = () => {
          this._queued = false;
          this.create();
        };
        enqueueChartJob({ wanted, run: create }, true);
      },
    });
  }

  /**
   * Step 2: the instance, started on the element's theme, its animation loop paused, its events
   * attached, its first option merged.
   */
  private create(): void {
    const el = this.config.container()!;
    const { viewport } = this.config;
    makeTrustedTypesSafe(el);
    const chart = init(el, this.config.theme?.(), { renderer: 'canvas', width: viewport.width, height: viewport.height });
    // Paused, the loop cannot apply the lazy option in the frame between steps 2 and 4.
    chart.getZr().animation.pause();
    this._pending = chart;
    this.config.onCreate(chart);
    if (this.config.draw?.(chart)) {
      this.next(chart, () => {
        allocateCanvas(chart);
        this.next(chart, () => this.ready(chart, true));
      });
    } else {
      this.ready(chart, false);
    }
  }

  /** The next step of a chart begun, unless it has been disposed or replaced meanwhile. */
  private next(chart: EChartsType, run: () => void): void {
    enqueueChartJob({ wanted: () => this._pending === chart && !chart.isDisposed(), run }, true);
  }

  /**
   * Step 4: the pending option laid out and its shapes built; step 5, in the next task: painted.
   * Painting in a task of its own, not in zrender's animation frame, keeps it apart from the
   * frame that then hands the new canvas to the compositor (on a software-rendered page, both
   * cost about as much as each other).
   */
  private ready(chart: EChartsType, layout: boolean): void {
    const { width, height } = this.config.viewport;
    if (layout || `${width}x${height}` !== `${chart.getWidth()}x${chart.getHeight()}`) {
      chart.resize(width > 0 && height > 0 ? { width, height } : undefined);
    }
    const live = () => {
      chart.getZr().flush();
      chart.getZr().animation.resume();
      this._pending = undefined;
      this._chart = chart;
      this._size = `${chart.getWidth()}x${chart.getHeight()}`;
      // The container may have changed size since step 4.
      this.scheduleResize();
      this.host.requestUpdate();
    };
    this.next(chart, live);
  }

  /** The container is in the page, near the viewport, with a size. */
  private canCreate(): boolean {
    const el = this.config.container();
    const { viewport } = this.config;
    return !!el && el.isConnected && this.host.isConnected && viewport.near && viewport.width > 0 && viewport.height > 0;
  }

  /** At most one resize per frame; zero sizes (display: none, a hidden tab) are skipped. */
  private scheduleResize(): void {
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => {
      const { width, height } = this.config.viewport;
      if (width === 0 || height === 0) return;
      if (this._pending) return; // steps 4 and 5 take the size of their moment
      if (!this._chart) return this.sync();
      const size = `${width}x${height}`;
      if (size === this._size) return;
      this._size = size;
      this._chart.resize({ width, height });
    });
  }
}
