// Exercises every code path that writes to the DOM under the strict CSP: first render, live theme
// switches, the tooltip and keyboard, removal (dispose) and re-insertion. The server command reads
// window.__cspResult once window.__cspDone is set.
import '../../src/civic-charts.js';
import type { CivicElement } from '../../src/index.js';

/** Every civic-* element on the page; chart elements expose `chart`, the native one does not. */
type Civic = CivicElement<object> & { chart?: unknown };

const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

const drawn = (el: Civic) => ('chart' in el ? !!el.chart : !!el.shadowRoot!.querySelector('svg'));

async function settle(el: Civic): Promise<void> {
  for (let i = 0; i < 200 && !(el.state !== 'loading' && (el.state !== 'ready' || drawn(el))); i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await el.updateComplete;
  await nextFrame();
}

async function run() {
  const gauges = [...document.querySelectorAll<Civic>('#root > *')];
  await Promise.all(gauges.map(settle));
  const themes = ['light', 'dark', 'auto', 'high-contrast'] as const;
  for (const theme of themes) {
    for (const g of gauges) g.theme = theme;
    await Promise.all(gauges.map((g) => g.updateComplete));
    await nextFrame();
  }
  for (const g of gauges) {
    const chart = g.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await g.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await g.updateComplete;
    g.showTable = true;
    await g.updateComplete;
  }
  window.scrollTo(0, 0);
  const first = gauges[0];
  const parent = first.parentElement!;
  first.remove();
  await nextFrame();
  parent.prepend(first);
  await settle(first);
  w.__cspResult = {
    states: gauges.map((g) => g.state),
    tags: gauges.map((g) => g.localName),
    charts: gauges.map(drawn),
    canvases: gauges.map((g) => g.shadowRoot!.querySelectorAll('canvas').length),
    alerted: (window as unknown as { __alerted?: boolean }).__alerted ?? false,
  };
  w.__cspDone = true;
}

run().catch((e) => {
  w.__cspResult = { error: String(e) };
  w.__cspDone = true;
});
