import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enqueueChartJob } from './chart-scheduler.js';
import { type ChartOption, init, type EChartsType } from './echarts.js';
import type { ViewportController } from './viewport-controller.js';

export interface ChartControllerConfig {
  /** The element the chart draws into. */
  container: () => HTMLElement | null | undefined;
  /** Near-viewport state and the container's size. */
  viewport: ViewportController;
  /** Called once per created instance, before anything else (attach events, set the option). */
  onCreate: (chart: EChartsType) => void;
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
 * can never stay bound to a detached box. Creating (with the first drawing) goes through the page's
 * chart queue (`chart-scheduler.ts`): a task of its own, one chart per frame.
 */
export class ChartController implements ReactiveController {
  private _chart?: EChartsType;
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

  /** The live instance, or undefined before the element has come near the viewport. */
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
    const chart = this._chart;
    this._chart = undefined;
    this._size = '';
    if (chart && !chart.isDisposed()) chart.dispose();
  }

  /**
   * Makes the instance match the container: disposes one whose container is gone or replaced,
   * creates one when there is none and the container is near the viewport with a size.
   */
  sync(): void {
    const el = this.config.container() ?? undefined;
    const chart = this._chart;
    if (chart && (chart.isDisposed() || chart.getDom() !== el || !el?.isConnected)) this.dispose();
    if (this._chart || this._queued || !this.canCreate()) return;
    this._queued = true;
    enqueueChartJob({
      wanted: () => (this._queued = !this._chart && this.canCreate()),
      run: () => {
        this._queued = false;
        this.create();
      },
    });
  }

  /** The container is in the page, near the viewport, with a size. */
  private canCreate(): boolean {
    const el = this.config.container();
    const { viewport } = this.config;
    return !!el && el.isConnected && this.host.isConnected && viewport.near && viewport.width > 0 && viewport.height > 0;
  }

  private create(): void {
    const el = this.config.container()!;
    const { viewport } = this.config;
    makeTrustedTypesSafe(el);
    const created = init(el, undefined, { renderer: 'canvas', width: viewport.width, height: viewport.height });
    this._chart = created;
    this._size = `${viewport.width}x${viewport.height}`;
    this.config.onCreate(created);
  }

  /** At most one resize per frame; zero sizes (display: none, a hidden tab) are skipped. */
  private scheduleResize(): void {
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => {
      const { width, height } = this.config.viewport;
      if (width === 0 || height === 0) return;
      if (!this._chart) return this.sync();
      const size = `${width}x${height}`;
      if (size === this._size) return;
      this._size = size;
      this._chart.resize({ width, height });
    });
  }
}
