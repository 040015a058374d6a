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
