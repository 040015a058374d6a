/**
 * The one place that watches where an element is and how big it is: whether it is near the
 * viewport (IntersectionObserver on the host) and the size of its figure box (ResizeObserver).
 * Every element reads "near" and "width" from here; nothing reads layout in `render()`.
 *
 * Observers are shared by every element of the page (one IntersectionObserver per margin, one
 * ResizeObserver): forty charts cost two observers, not eighty.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type IntersectionCallback = (entry: IntersectionObserverEntry) => void;
type ResizeCallback = (entry: ResizeObserverEntry) => void;

const intersections = new Map<string, { observer: IntersectionObserver; callbacks: WeakMap<Element, IntersectionCallback> }>();
function intersectionFor(margin: string) {
  let shared = intersections.get(margin);
  if (!shared) {
    const callbacks = new WeakMap<Element, IntersectionCallback>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) callbacks.get(e.target)?.(e);
      },
      { rootMargin: margin },
    );
    shared = { observer, callbacks };
    intersections.set(margin, shared);
  }
  return shared;
}

/**
 * How close to the viewport counts as near, by default: one viewport height above and below. A
 * chart is then made (in steps, chart-controller.ts) while the reader is still a screen away,
 * and the first of each kind is made at load, not while the reader scrolls (issue 10).
 */
const NEAR = '100% 0px';

const sizeCallbacks = new WeakMap<Element, ResizeCallback>();
let sizeObserver: ResizeObserver | undefined;
function sizes(): ResizeObserver {
  return (sizeObserver ??= new ResizeObserver((entries) => {
    for (const e of entries) sizeCallbacks.get(e.target)?.(e);
  }));
}

/**
 * Calls `callback` with an element's content size whenever it changes, through the page's one
 * shared ResizeObserver (for code that is not an element: the iframe embed page). Returns a
 * function that stops watching.
 */
export function observeSize(el: Element, callback: (width: number, height: number) => void): () => void {
  sizeCallbacks.set(el, (e) => callback(e.contentRect.width, e.contentRect.height));
  sizes().observe(el);
  return () => {
    sizes().unobserve(el);
    sizeCallbacks.delete(el);
  };
}

export interface ViewportConfig {
  /** The element whose size matters (the figure box); the host when it returns nothing. */
  target?: () => Element | null | undefined;
  /** How close to the viewport counts as near (an IntersectionObserver rootMargin). Default: one viewport height above and below. */
  rootMargin?: string;
  /** Widths (CSS px) at which the host's layout changes: crossing one requests an update. */
  breakpoints?: () => readonly number[];
}

/** What other controllers (the chart's) hear from the viewport controller. */
export interface ViewportListener {
  /** The host came near the viewport or left it. */
  nearChanged?(near: boolean): void;
  /** The target's size changed (at most once per observer delivery). */
  resized?(width: number, height: number): void;
}

export class ViewportController implements ReactiveController {
  /** True while the host is within `rootMargin` of the viewport. */
  near = false;
  /** True once the host has been near the viewport since it was connected. */
  seen = false;
  /** The target's content size in CSS px (0 before the first observation or while hidden). */
  width = 0;
  height = 0;
  private target?: Element;
  private readonly listeners = new Set<ViewportListener>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: ViewportConfig = {},
  ) {
    host.addController(this);
  }

  /**
   * The index of the breakpoint band the width falls in (0 below the first breakpoint). An
   * unknown width (before layout, or hidden) counts as the widest band: the default layout.
   */
  get band(): number {
    const points = this.config.breakpoints?.() ?? [];
    return this.width === 0 ? points.length : points.filter((b) => this.width >= b).length;
  }

  /** Adds a listener for the life of the host. */
  listen(listener: ViewportListener): void {
    this.listeners.add(listener);
  }

  hostConnected(): void {
    const shared = intersectionFor(this.config.rootMargin ?? NEAR);
    shared.callbacks.set(this.host, (e) => this.onIntersection(e.isIntersecting));
    shared.observer.observe(this.host);
    this.observeTarget();
  }

  hostUpdated(): void {
    this.observeTarget();
  }

  hostDisconnected(): void {
    const shared = intersectionFor(this.config.rootMargin ?? NEAR);
    shared.observer.unobserve(this.host);
    shared.callbacks.delete(this.host);
    if (this.target) {
      sizes().unobserve(this.target);
      sizeCallbacks.delete(this.target);
      this.target = undefined;
    }
    // What was drawn because the host was near is released: a re-inserted host waits for the viewport again.
    const seen = this.seen;
    this.near = this.seen = false;
    this.width = this.height = 0;
    if (seen) this.host.requestUpdate();
  }

  private observeTarget(): void {
    if (!this.host.isConnected) return;
    const el = this.config.target?.() ?? this.host;
    if (el === this.target) return;
    if (this.target) {
      sizes().unobserve(this.target);
      sizeCallbacks.delete(this.target);
    }
    this.target = el;
    sizeCallbacks.set(el, (e) => this.onResize(e));
    sizes().observe(el);
  }

  private onIntersection(near: boolean): void {
    if (near === this.near) return;
    this.near = near;
    if (near && !this.seen) {
      this.seen = true;
      this.host.requestUpdate();
    }
    for (const l of this.listeners) l.nearChanged?.(near);
  }

  private onResize(e: ResizeObserverEntry): void {
    const box = e.contentBoxSize?.[0];
    const width = box ? box.inlineSize : e.contentRect.width;
    const height = box ? box.blockSize : e.contentRect.height;
    if (width === this.width && height === this.height) return;
    const band = this.band;
    this.width = width;
    this.height = height;
    if (this.band !== band) this.host.requestUpdate();
    for (const l of this.listeners) l.resized?.(width, height);
  }
}
