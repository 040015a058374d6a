import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { init, type EChartsType } from './echarts.js';

export interface ChartControllerConfig {
  /** The element the chart draws into; it must stay the same element across renders. */
  container: () => HTMLElement | null | undefined;
  /** Called once per created instance, before the first option is set (attach events here). */
  onCreate: (chart: EChartsType) => void;
  /** How close to the viewport the element must come before the chart is created. */
  rootMargin?: string;
}

const innerHTMLDescriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;

/**
 * zrender clears its container by assigning an empty string to its innerHTML when a canvas chart starts and when any chart
 * is disposed. Under `require-trusted-types-for 'script'` that string assignment throws. Clearing
 * means "remove all children", so on our own container only, an empty assignment becomes
 * `replaceChildren()`; anything else is passed through untouched (and refused by the policy).
 */
function makeTrustedTypesSafe(el: HTMLElement): void {
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
 * Owns the ECharts instance of one element: created only when the element first comes near the
 * viewport, resized with its container (never the window), zero sizes skipped (a hidden tab),
 * disposed when the element is removed and created again when it is re-inserted.
 */
export class ChartController implements ReactiveController {
  private _chart?: EChartsType;
  private _observed?: HTMLElement;
  private _intersection?: IntersectionObserver;
  private _resize?: ResizeObserver;
  private _near = false;
  private _frame = 0;
  private _lastSize = '';

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly config: ChartControllerConfig,
  ) {
    host.addController(this);
  }

  /** The live instance, or undefined before the element has come near the viewport. */
  get chart(): EChartsType | undefined {
    return this._chart;
  }

  hostConnected(): void {
    // On first connection the container is not rendered yet (hostUpdated observes it); on
    // re-insertion it is, and no update may follow, so observe it now.
    const el = this.config.container();
    if (el) this.observe(el);
  }

  hostUpdated(): void {
    const el = this.config.container();
    if (el && el !== this._observed) this.observe(el);
  }

  hostDisconnected(): void {
    this._intersection?.disconnect();
    this._resize?.disconnect();
    this._intersection = this._resize = this._observed = undefined;
    cancelAnimationFrame(this._frame);
    this._near = false;
    this._lastSize = '';
    this.dispose();
  }

  /** Disposes the instance and forgets it; the next `ensure()` creates a fresh one. */
  dispose(): void {
    const chart = this._chart;
    this._chart = undefined;
    if (chart && !chart.isDisposed()) chart.dispose();
  }

  private observe(el: HTMLElement): void {
    this._intersection?.disconnect();
    this._resize?.disconnect();
    this._observed = el;
    this._intersection = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this._near = entry.isIntersecting;
        if (this._near) this.ensure();
      },
      { rootMargin: this.config.rootMargin ?? '200px' },
    );
    this._intersection.observe(el);
    this._resize = new ResizeObserver(() => this.scheduleResize());
    this._resize.observe(el);
  }

  /** Creates the chart when the container is near the viewport and has a size. */
  private ensure(): void {
    const el = this._observed;
    if (this._chart || !el || !this._near || !this.host.isConnected) return;
    if (el.clientWidth === 0 || el.clientHeight === 0) return;
    makeTrustedTypesSafe(el);
    const chart = init(el, undefined, { renderer: 'canvas' });
    this._chart = chart;
    this._lastSize = `${el.clientWidth}x${el.clientHeight}`;
    this.config.onCreate(chart);
  }

  /** At most one resize per frame; zero sizes (display: none, a hidden tab) are skipped. */
  private scheduleResize(): void {
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => {
      const el = this._observed;
      if (!el) return;
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (w === 0 || h === 0) return;
      if (!this._chart) return this.ensure();
      const size = `${w}x${h}`;
      if (size === this._lastSize) return;
      this._lastSize = size;
      this._chart.resize();
    });
  }
}
