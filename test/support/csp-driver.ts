// The scenario every strict-CSP page runs (loaded by test/**/csp/page.html, not by the test runner):
// it exercises every code path that writes to the DOM under the strict CSP: first render, live theme
// switches, the tooltip and keyboard (plus what `interact` adds), the table, removal (dispose) and
// re-insertion. The server command (test/support/csp-plugin.mjs) reads window.__cspResult once
// window.__cspDone is set.
import type { CivicElement } from '../../src/core/civic-element.js';

const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

export interface CspScenario<E extends CivicElement<any, any, any>> {
  /** The elements the scenario runs on. */
  selector: string;
  /** Whether a ready element has drawn (its chart, its option, its rows). */
  drawn(el: E): boolean;
  /** Before polling for the drawing (e.g. scroll it near the viewport, or await the first update). */
  beforeSettle?(el: E): void | Promise<void>;
  /** Settle the elements one after another instead of together. */
  sequential?: boolean;
  /** How many 25 ms polls settling may take (default 200). */
  polls?: number;
  /** With the chart part focused: keys, pointer, legend… of this element. */
  interact(el: E, chart: HTMLElement): Promise<void>;
  /** Scroll to the top before removing and re-inserting the first element (default true). */
  scrollToTop?: boolean;
  /** What the test checks, beside any `error`. */
  result(els: E[]): Record<string, unknown>;
}

/** Dispatches a keydown of `key` on `target` (bubbling, as from a keyboard). */
export function keydown(target: HTMLElement, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

export function runCspScenario<E extends CivicElement<any, any, any>>(o: CspScenario<E>): void {
  async function settle(el: E): Promise<void> {
    await o.beforeSettle?.(el);
    for (let i = 0; i < (o.polls ?? 200) && !(el.state !== 'loading' && (el.state !== 'ready' || o.drawn(el))); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    await el.updateComplete;
    await nextFrame();
  }

  async function run() {
    const els = [...document.querySelectorAll<E>(o.selector)];
    if (o.sequential) for (const el of els) await settle(el);
    else await Promise.all(els.map(settle));
    for (const theme of ['light', 'dark', 'auto', 'high-contrast'] as const) {
      for (const el of els) el.theme = theme;
      await Promise.all(els.map((el) => el.updateComplete));
      await nextFrame();
    }
    for (const el of els) {
      const chart = el.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
      chart.focus();
      await o.interact(el, chart);
      el.showTable = true;
      await el.updateComplete;
    }
    if (o.scrollToTop ?? true) window.scrollTo(0, 0);
    const first = els[0];
    const parent = first.parentElement!;
    first.remove();
    await nextFrame();
    parent.prepend(first);
    await settle(first);
    w.__cspResult = o.result(els);
    w.__cspDone = true;
  }

  run().catch((e) => {
    w.__cspResult = { error: String(e) };
    w.__cspDone = true;
  });
}
