/** Helpers shared by the browser tests. */
import { oneEvent } from '@open-wc/testing';
import type { CivicElement } from '../../src/core/civic-element.js';
import type { CivicChartElement } from '../../src/core/chart-element.js';

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves when `check()` is true, polling each frame; rejects with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

export async function untilState(el: CivicElement<any, any, any>, state: string, ms = 5000): Promise<void> {
  await until(() => el.state === state, `state="${state}" (is "${el.state}")`, ms);
  await untilRendered(el, ms);
}

/** An element renders a placeholder until it comes near the viewport or its idle turn (render-gate.ts): waits for the content. */
export async function untilRendered(el: CivicElement<any, any, any>, ms = 5000): Promise<void> {
  await until(() => !el.shadowRoot?.querySelector('[part=placeholder]'), 'the content rendered (no placeholder)', ms);
  await el.updateComplete;
}

/** Waits for the ECharts instance and its first frame. */
export async function untilChart(el: CivicChartElement<any, any, any>, ms = 5000) {
  await until(() => !!el.chart, 'the chart instance', ms);
  await el.updateComplete;
  await nextFrame();
  return el.chart!;
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function partText(el: Element, name: string): string {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Records console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

export { oneEvent };

/** The text of each <p> of a part (tooltip lines). */
export function partLines(el: Element, name: string): string[] {
  return [...(part(el, name)?.querySelectorAll('p') ?? [])].map((p) => p.textContent?.trim() ?? '');
}

/**
 * Answers fetches of URLs containing `marker` from the page itself, after `?ms=` milliseconds,
 * with the JSON of `body(url)`; aborts are honoured. Returns the query strings requested and
 * aborted, and `restore()` that puts the real fetch back.
 * (For elements whose data the slow-JSON server plugin does not serve.)
 */
export function holdFetch(marker: string, body: (url: URL) => unknown): { requested: string[]; aborted: string[]; restore(): void } {
  const original = window.fetch;
  const held = { requested: [] as string[], aborted: [] as string[], restore: () => void (window.fetch = original) };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = String(input instanceof Request ? input.url : input);
    if (!href.includes(marker)) return original(input, init);
    const url = new URL(href, location.href);
    held.requested.push(url.search);
    const ms = Number(url.searchParams.get('ms') ?? 0);
    return new Promise<Response>((resolve, reject) => {
      const t = setTimeout(() => resolve(new Response(JSON.stringify(body(url)), { headers: { 'Content-Type': 'application/json' } })), ms);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(t);
        held.aborted.push(url.search);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };
  return held;
}

/** Share of an element's canvas pixels that differ from the top-left pixel (the background). */
export function paintedShare(el: Element): number {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const ctx = canvas.getContext('2d')!;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) painted++;
  }
  return painted / (data.length / 4);
}

/**
 * Watches `fetch` without answering for it: requests whose URL contains `marker` go to the real
 * network, and the query strings requested and aborted (through the signal) are recorded.
 * (For `src` tests against a URL the test server answers itself.)
 */
export function spyFetch(marker: string): { requested: string[]; aborted: string[]; restore(): void } {
  const original = window.fetch;
  const spied = { requested: [] as string[], aborted: [] as string[], restore: () => void (window.fetch = original) };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = String(input instanceof Request ? input.url : input);
    if (href.includes(marker)) {
      const { search } = new URL(href, location.href);
      spied.requested.push(search);
      init?.signal?.addEventListener('abort', () => spied.aborted.push(search));
    }
    return original(input, init);
  };
  return spied;
}

/** Counts the civic events an element fires from now on (the events themselves are kept too). */
export function countEvents(el: Element, names: readonly string[] = ['civic-ready', 'civic-error']) {
  const seen = new Map<string, CustomEvent[]>(names.map((n) => [n, []]));
  const listener = (e: Event) => seen.get(e.type)!.push(e as CustomEvent);
  for (const n of names) el.addEventListener(n, listener);
  return {
    count: (name: string) => seen.get(name)!.length,
    last: (name: string) => seen.get(name)!.at(-1),
    /** Resolves when `name` has been fired `n` times (rejects after 5 s). */
    reach: (name: string, n: number, ms = 5000) =>
      until(() => seen.get(name)!.length >= n, `${name} #${n} (fired ${seen.get(name)!.length})`, ms),
    stop: () => names.forEach((n) => el.removeEventListener(n, listener)),
  };
}

/**
 * Proves a negative ("no further event, no further drawing"): there is no condition to wait for,
 * so this waits a fixed 150 ms plus a frame, long enough for a stray update, fetch answer or
 * chart frame to show up.
 */
export async function quiet(el?: { updateComplete: Promise<unknown> }, ms = 150): Promise<void> {
  await el?.updateComplete;
  await new Promise((r) => setTimeout(r, ms));
  await nextFrame();
  await el?.updateComplete;
}

/**
 * The elements watched for the viewport, whichever IntersectionObserver watches them (the
 * elements share one per page, so what matters is whom it observes, not how many exist).
 */
export function trackObservers() {
  const proto = IntersectionObserver.prototype;
  const { observe, unobserve, disconnect } = proto;
  const live = new Set<Element>();
  const watched = new WeakMap<IntersectionObserver, Set<Element>>();
  proto.observe = function (this: IntersectionObserver, target: Element) {
    live.add(target);
    if (!watched.has(this)) watched.set(this, new Set());
    watched.get(this)!.add(target);
    observe.call(this, target);
  };
  proto.unobserve = function (this: IntersectionObserver, target: Element) {
    live.delete(target);
    watched.get(this)?.delete(target);
    unobserve.call(this, target);
  };
  proto.disconnect = function (this: IntersectionObserver) {
    for (const t of watched.get(this) ?? []) live.delete(t);
    watched.delete(this);
    disconnect.call(this);
  };
  return { live, restore: () => Object.assign(proto, { observe, unobserve, disconnect }) };
}

/** True when an element is visually hidden (the 1 px clip of `.visually-hidden`), though in the DOM. */
export function visuallyHidden(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1;
}

/** Waits until an ECharts chart's animations have run to their end, and their last frame is painted. */
export async function untilAnimated(chart: { getZr(): unknown }, ms = 5000): Promise<void> {
  const zr = chart.getZr() as { animation: { isFinished(): boolean } };
  await until(() => zr.animation.isFinished(), 'the chart animations to finish', ms);
  await nextFrame();
}
