// Every story of the stories/*.stories.ts modules named in the query under the strict CSP
// (test/stories/page.html, opened by stories.test.ts through the csp-open / csp-wait server commands):
// each story is composed with the preview's decorators (compose.ts), rendered with Lit into its own
// canvas, left to settle, exercised (chart part focused, arrow keys, Enter, Escape, legend buttons,
// table shown) and removed again (dispose). Violations, console errors and page errors are charged
// to the story on screen. Query: ?modules=<a,b,…> (names of stories/<name>.stories.ts).
import { render } from 'lit';
import annotations from '../../.storybook/annotations.js';
import { NEVER_ANSWERS } from '../../stories/support.js';
import { composeModule } from './compose.js';
import type { CivicElement } from '../../src/core/civic-element.js';

export interface StoryReport {
  module: string;
  id: string;
  label: string;
  /** Tag names of the civic-* elements the story rendered. */
  elements: string[];
  /** Their states once settled. */
  states: string[];
  /** Elements still loading although their `src` is not the story's held-open URL. */
  unsettled: string[];
  /** Elements on the held-open `src` that are not loading (holdNeverAnswering not applied?). */
  notHeld: string[];
  /** Ready elements whose tooltip the arrow keys did not open. */
  noTooltip: string[];
  /** Ready elements with nothing drawn (no chart series, no SVG). */
  undrawn: string[];
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export interface StoriesReport {
  /** How many stories each module has. */
  totals: Record<string, number>;
  stories: StoryReport[];
  /** Anything charged to no story (while the module loads, between stories). */
  outside: { violations: string[]; consoleErrors: string[]; pageErrors: string[] };
  error?: string;
}

type Civic = CivicElement<object> & { chart?: { getOption(): { series?: unknown[] } | undefined } };

/** How long an element may take to leave `loading` (bundled records, the lazy map chunk). */
const SETTLE_MS = 15000;
/** How long a story that holds its request open is watched for anything it should not do. */
const HELD_MS = 300;

const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const keydown = (target: HTMLElement, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

const outside = { violations: [] as string[], consoleErrors: [] as string[], pageErrors: [] as string[] };
let current: Pick<StoryReport, 'violations' | 'consoleErrors' | 'pageErrors'> = outside;

// The plugin records these for the whole page too; here they are charged to the current story.
document.addEventListener('securitypolicyviolation', (e) => {
  const where = e.sourceFile ? ` ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '';
  current.violations.push(`${e.violatedDirective}: ${e.blockedURI} on ${describe(e.composedPath()[0])}${where} ${e.sample}`.trim());
});

/** `<div>` in the page, or `<span part="tip">` in civic-x's shadow root: where a violation happened. */
function describe(target: EventTarget | undefined): string {
  if (!(target instanceof Element)) return target instanceof Document ? 'the document' : String(target);
  const attrs = ['id', 'class', 'part'].flatMap((a) => (target.hasAttribute(a) ? [` ${a}="${target.getAttribute(a)}"`] : []));
  const root = target.getRootNode();
  const host = root instanceof ShadowRoot ? ` in ${root.host.localName}'s shadow root` : '';
  return `<${target.localName}${attrs.join('')}>${host}`;
}
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  current.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener('error', (e) => current.pageErrors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => current.pageErrors.push(`unhandled rejection: ${String(e.reason)}`));

/** ECharts elements: a chart with series (the map's arrive with its lazy chunk); the native one: its SVG. */
const drawn = (el: Civic) => ('chart' in el ? !!el.chart?.getOption()?.series?.length : !!el.shadowRoot?.querySelector('svg'));
const heldOpen = (el: Civic) => (el.getAttribute('src') ?? '').includes(NEVER_ANSWERS);

async function settle(el: Civic): Promise<void> {
  await el.updateComplete;
  const limit = performance.now() + (heldOpen(el) ? HELD_MS : SETTLE_MS);
  while (performance.now() < limit && (el.state === 'loading' || (el.state === 'ready' && !drawn(el)))) await sleep(25);
  await el.updateComplete;
}

/**
 * What a reader does with a settled element: keyboard over the chart (the tooltip, placed through
 * CSSOM), legend, the table. Returns whether the arrow keys opened the tooltip.
 */
async function exercise(el: Civic): Promise<boolean> {
  const chart = el.shadowRoot?.querySelector<HTMLElement>('[part~="chart"]');
  let tooltip = false;
  if (chart) {
    chart.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'Enter', 'Escape']) {
      keydown(chart, key);
      await el.updateComplete;
      if (key === 'ArrowLeft') tooltip = el.shadowRoot?.querySelector<HTMLElement>('[part~="tooltip"]')?.hidden === false;
    }
  }
  for (const button of el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="legend"] button') ?? []) {
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
  }
  el.showTable = true;
  await el.updateComplete;
  await nextFrame();
  return tooltip;
}

async function run(): Promise<StoriesReport> {
  const modules = (new URLSearchParams(location.search).get('modules') ?? '').split(',');
  const report: StoriesReport = { totals: {}, stories: [], outside };
  const all = [];
  for (const module of modules) {
    if (!/^[a-z0-9-]+$/.test(module)) throw new Error(`bad module name "${module}"`);
    const stories = composeModule(await import(`../../stories/${module}.stories.ts`), annotations as never);
    report.totals[module] = stories.length;
    all.push(...stories.map((story) => ({ module, story })));
  }
  const root = document.getElementById('root')!;

  for (const { module, story } of all) {
    const r: StoryReport = {
      module,
      id: story.id,
      label: story.label,
      elements: [],
      states: [],
      unsettled: [],
      undrawn: [],
      notHeld: [],
      noTooltip: [],
      violations: [],
      consoleErrors: [],
      pageErrors: [],
    };
    report.stories.push(r);
    current = r;
    const canvas = document.createElement('div');
    canvas.id = story.id;
    root.append(canvas);
    try {
      render(story.template(canvas), canvas);
      // The preview's decorator touches the story's elements on the next frame.
      await nextFrame();
      const els = [...canvas.querySelectorAll<Civic>('*')].filter((el) => el.localName.startsWith('civic-'));
      r.elements = els.map((el) => el.localName);
      await Promise.all(els.map(settle));
      r.states = els.map((el) => el.state);
      r.unsettled = els.filter((el) => el.state === 'loading' && !heldOpen(el)).map((el) => el.localName);
      r.notHeld = els.filter((el) => heldOpen(el) && el.state !== 'loading').map((el) => `${el.localName} (${el.state})`);
      r.undrawn = els.filter((el) => el.state === 'ready' && !drawn(el)).map((el) => el.localName);
      for (const el of els) if (!(await exercise(el)) && el.state === 'ready') r.noTooltip.push(el.localName);
      // Removal disposes charts and aborts requests; a re-render would go through the same code.
      render(null, canvas);
      canvas.remove();
      await nextFrame();
    } catch (e) {
      r.pageErrors.push(`story threw: ${String((e as Error)?.stack ?? e)}`);
      canvas.remove();
    }
    // securitypolicyviolation events are queued as tasks: let them arrive before moving on.
    await sleep(0);
    await nextFrame();
    current = outside;
  }
  return report;
}

run().then(
  (result) => {
    w.__cspResult = result;
    w.__cspDone = true;
  },
  (e) => {
    w.__cspResult = { error: String((e as Error)?.stack ?? e), outside };
    w.__cspDone = true;
  },
);
