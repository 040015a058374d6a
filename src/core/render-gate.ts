/**
 * When an element renders its full content (issue 10). An element far below the fold costs almost
 * nothing at load: data it loads (`src`, `record`) is checked when its gate opens (`whenOpen`;
 * until then its `state` is `loading`), data given to it directly is checked at once, and until
 * it comes near the viewport or its turn in the page's idle queue, it renders only a placeholder
 * of its final size with its accessible name. The idle queue then builds the
 * elements' texts (summary, table, source) one at a time in idle periods, in document order, so
 * screen readers and find-in-page get them within a second or so without one long task at load.
 * An element near the viewport is rendered at once, in a task of its own: the elements of the
 * first screen are not one long task either. `civic-ready` waits for the full render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chartStepPending } from './chart-scheduler.js';
import type { ViewportController } from './viewport-controller.js';

type Idle = (cb: () => void, o?: { timeout: number }) => void;

const queue = new Set<RenderGate>();
let scheduled = false;
/** Gates of elements that came near the viewport: opened one per task, in the order they came. */
const soon = new Set<RenderGate>();
/** Work for open gates (data that arrived for them): one per task, before the gates still to open. */
const work: (() => void)[] = [];
let soonScheduled = false;

function scheduleSoon(): void {
  if (soonScheduled || (!soon.size && !work.length)) return;
  soonScheduled = true;
  setTimeout(() => {
    soonScheduled = false;
    // A chart begun finishes first: its steps are a few short tasks, and the reader sees it sooner.
    if (chartStepPending()) return scheduleSoon();
    if (work.length) work.shift()!();
    else soon.values().next().value?.openNow();
    scheduleSoon();
  }, 0);
}
/** requestIdleCallback, or a short timeout where there is none (Safari). */
export const requestIdle: Idle =
  typeof requestIdleCallback === 'function' ? (cb, o) => requestIdleCallback(cb, o) : (cb) => setTimeout(cb, 50);

function schedule(): void {
  if (scheduled || !queue.size) return;
  scheduled = true;
  // Within a second even on a busy page: the texts must reach screen readers.
  requestIdle(
    () => {
      scheduled = false;
      // One element per idle period: its update runs in this task's microtasks, so opening more
      // here would make one long task again.
      queue.values().next().value?.openNow();
      schedule();
    },
    { timeout: 1000 },
  );
}

export class RenderGate implements ReactiveController {
  /** True once the element renders its full content; it stays open. */
  open = false;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    viewport: ViewportController,
  ) {
    host.addController(this);
    // Elements that come near together (the first screen at load) render in tasks of their own.
    viewport.listen({ nearChanged: (near) => near && this.openSoon() });
  }

  hostConnected(): void {
    if (this.open) return;
    // In a frame (the iframe embed page, a CMS preview), "near the viewport" cannot be told: the
    // observer's margin is ignored in cross-origin frames and the frame may be the whole view.
    // Render at once.
    if (window !== window.top) return this.openNow();
    queue.add(this);
    schedule();
  }

  hostDisconnected(): void {
    queue.delete(this);
    soon.delete(this);
  }

  /** Opens the gate in a task of its own, soon (before the idle queue's turns). */
  openSoon(): void {
    if (this.open) return;
    soon.add(this);
    scheduleSoon();
  }

  /**
   * Runs `fn` when the gate opens (in the same task, before the full render), or in a task of its
   * own soon if it is open: what only a rendered element needs waits for its turn.
   */
  whenOpen(fn: () => void): void {
    if (!this.open) {
      this.waiting.push(fn);
      return;
    }
    // Open already (the records of the first screen arrive after its gates opened): still one
    // element's work per task, not every element that asked for the same file at once.
    work.push(fn);
    scheduleSoon();
  }

  /** Opens the gate and renders the full content. */
  openNow(): void {
    queue.delete(this);
    soon.delete(this);
    if (this.open) return;
    this.open = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const fn of waiting) fn();
    this.host.requestUpdate();
  }
}
