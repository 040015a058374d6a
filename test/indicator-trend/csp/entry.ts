// Exercises every code path of <civic-indicator-trend> that writes to the DOM under the strict CSP:
// first render, live theme switches, the tooltip and keyboard, the legend, the table, removal
// (dispose) and re-insertion. The server command reads window.__cspResult once window.__cspDone is set.
import '../../../src/components/indicator-trend/define.js';
import type { CivicIndicatorTrend } from '../../../src/components/indicator-trend/indicator-trend.js';

const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function settle(el: CivicIndicatorTrend): Promise<void> {
  for (let i = 0; i < 200 && !(el.state !== 'loading' && (el.state !== 'ready' || el.chart)); i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await el.updateComplete;
  await nextFrame();
}

async function run() {
  const els = [...document.querySelectorAll<CivicIndicatorTrend>('civic-indicator-trend')];
  await Promise.all(els.map(settle));
  for (const theme of ['light', 'dark', 'auto', 'high-contrast'] as const) {
    for (const el of els) el.theme = theme;
    await Promise.all(els.map((el) => el.updateComplete));
    await nextFrame();
  }
  for (const el of els) {
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    const legend = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend"] button');
    if (legend) {
      legend.click();
      await el.updateComplete;
      legend.click();
      await el.updateComplete;
    }
    el.showTable = true;
    await el.updateComplete;
  }
  window.scrollTo(0, 0);
  const first = els[0];
  const parent = first.parentElement!;
  first.remove();
  await nextFrame();
  parent.prepend(first);
  await settle(first);
  w.__cspResult = {
    states: els.map((el) => el.state),
    charts: els.map((el) => !!el.chart),
    canvases: els.map((el) => el.shadowRoot!.querySelectorAll('canvas').length),
    legends: els.map((el) => el.shadowRoot!.querySelectorAll('[part~="legend"] button').length),
  };
  w.__cspDone = true;
}

run().catch((e) => {
  w.__cspResult = { error: String(e) };
  w.__cspDone = true;
});
