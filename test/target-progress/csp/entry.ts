// Exercises every code path of <civic-target-progress> that writes to the DOM under the strict CSP:
// first render (rows drawn near the viewport), live theme switches, keyboard and pointer tooltips
// (placed through CSSOM), the table, removal and re-insertion. The server command reads
// window.__cspResult once window.__cspDone is set.
import '../../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../../src/components/target-progress/target-progress.js';

const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const rows = (el: CivicTargetProgress) => el.shadowRoot!.querySelectorAll('.goal').length;

async function settle(el: CivicTargetProgress): Promise<void> {
  await el.updateComplete; // the first update starts loading the record
  for (let i = 0; i < 200 && !(el.state !== 'loading' && (el.state !== 'ready' || rows(el) > 0)); i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await el.updateComplete;
  await nextFrame();
}

async function run() {
  const els = [...document.querySelectorAll<CivicTargetProgress>('civic-target-progress')];
  await Promise.all(els.map(settle));
  for (const theme of ['light', 'dark', 'auto', 'high-contrast'] as const) {
    for (const el of els) el.theme = theme;
    await Promise.all(els.map((el) => el.updateComplete));
    await nextFrame();
  }
  for (const el of els) {
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector<HTMLElement>('.goal');
    if (!row) throw new Error(`#${el.id} (${el.state}) has no rows`);
    const box = row.getBoundingClientRect();
    row.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: box.left + 20, clientY: box.top + 10 }));
    await el.updateComplete;
    row.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
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
    rows: els.map(rows),
    alerted: (window as unknown as { __alerted?: boolean }).__alerted ?? false,
  };
  w.__cspDone = true;
}

run().catch((e) => {
  w.__cspResult = { error: String(e) };
  w.__cspDone = true;
});
