/**
 * When an element renders its full content (issue 10). An element far below the fold costs almost
 * nothing at load: its data is still resolved and checked (its `state` is right at once), but
 * until it comes near the viewport or its turn in the page's idle queue, it renders only a
 * placeholder of its final size with its accessible name. The idle queue then builds the
 * elements' texts (summary, table, source) one at a time in idle periods, in document order, so
 * screen readers and find-in-page get them within a second or so without one long task at load.
 * An element near the viewport is rendered at once. `civic-ready` waits for the full render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewportController } from './viewport-controller.js';

type Idle = (cb: () => void, o?: { timeout: number }) => void;

const queue = new Set<RenderGate>();
let scheduled = false;
const requestIdle: Idle =
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

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    viewport: ViewportController,
  ) {
    host.addController(this);
    viewport.listen({ nearChanged: (near) => near && this.openNow() });
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
  }

  /** Opens the gate and renders the full content. */
  openNow(): void {
    queue.delete(this);
    if (this.open) return;
    this.open = true;
    this.host.requestUpdate();
  }
}
