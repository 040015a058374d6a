// Exercises every path that writes to the DOM under the strict CSP: first render (with the lazily
// loaded district map and a geo-src map), live theme switches, the keyboard tooltip, the status
// legend, the table, removal (dispose) and re-insertion. The server command reads
// window.__cspResult once window.__cspDone is set.
import '../../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../../src/components/institute-map/institute-map.js';

const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function settle(el: CivicInstituteMap): Promise<void> {
  el.scrollIntoView(); // charts are created near the viewport
  for (let i = 0; i < 300; i++) {
    const option = el.chart?.getOption() as { series?: unknown[] } | undefined;
    if (el.state !== 'loading' && (el.state !== 'ready' || option?.series)) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await el.updateComplete;
  await nextFrame();
}

async function run() {
  const maps = [...document.querySelectorAll<CivicInstituteMap>('civic-institute-map')];
  for (const m of maps) await settle(m);
  for (const theme of ['light', 'dark', 'auto', 'high-contrast'] as const) {
    for (const m of maps) m.theme = theme;
    await Promise.all(maps.map((m) => m.updateComplete));
    await nextFrame();
  }
  for (const m of maps) {
    const chart = m.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await m.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    m.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend-item"]')?.click();
    await m.updateComplete;
    m.showTable = true;
    await m.updateComplete;
  }
  const first = maps[0];
  const parent = first.parentElement!;
  first.remove();
  await nextFrame();
  parent.prepend(first);
  await settle(first);
  w.__cspResult = {
    states: maps.map((m) => m.state),
    charts: maps.map((m) => !!m.chart),
    canvases: maps.map((m) => m.shadowRoot!.querySelectorAll('canvas').length),
    markers: maps.map((m) => {
      const option = m.chart?.getOption() as { series?: { id: string; data: unknown[] }[] } | undefined;
      return option?.series?.find((s) => s.id === 'institutes')?.data.length ?? -1;
    }),
    unlocated: maps.map((m) => m.shadowRoot!.querySelectorAll('[part~="unlocated"] li').length),
  };
  w.__cspDone = true;
}

run().catch((e) => {
  w.__cspResult = { error: String(e) };
  w.__cspDone = true;
});
