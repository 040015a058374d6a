/**
 * The page's one queue of chart work (issue 10): creating an ECharts instance and drawing it the
 * first time are the longest tasks a page of charts has, so they never run inside the observer
 * callback or update that asked for them. Each job is one step of making a chart (build its
 * option; create it and merge that option; allocate its canvas; lay it out; paint it:
 * chart-controller.ts) and runs in a task of its own: a chart's first step after the frame has
 * painted, its next steps in the tasks that follow, so that at most one chart is begun per frame.
 * Forty charts coming into view while a reader scrolls are many short tasks spread over frames,
 * never one long one. A chart whose element has left the viewport's neighbourhood before its
 * creation's turn is dropped (it is asked for again when the element comes back), so charts
 * scrolled past quickly cost nothing.
 */

export interface ChartJob {
  /** False when the job is no longer worth running (the element left, was removed, was redrawn). */
  wanted(): boolean;
  run(): void;
}

const queue: { job: ChartJob; next: boolean }[] = [];
let scheduled = false;

/** After the next paint (an animation frame, then a task), or 100 ms where frames do not run (a hidden tab). */
function afterPaint(fn: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(go, 0));
  setTimeout(go, 100);
}

function runNext(): void {
  scheduled = false;
  let entry: (typeof queue)[number] | undefined;
  try {
    while ((entry = queue.shift()) && !entry.job.wanted());
    if (entry) entry.job.run();
  } finally {
    // A step that throws (reported as any error) must not stop every other chart of the page, nor
    // the render gates that wait for a chart begun (chartStepPending).
    if (queue.length) schedule();
  }
}

/** A chart's next step runs in the next task; a new chart waits for the next paint. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (queue[0]!.next) setTimeout(runNext, 0);
  else afterPaint(runNext);
}

/**
 * True while a chart begun is still to be finished (its next step is queued): the render gates
 * wait for it (render-gate.ts), so the first chart of a page is drawn in consecutive tasks, not
 * between the renders of every element near it.
 */
export function chartStepPending(): boolean {
  return queue.length > 0 && queue[0]!.next;
}

/**
 * Queues one step of chart work; it runs in a task of its own, after the jobs queued before it,
 * or before them all when `next` (the following steps of a chart already begun).
 */
export function enqueueChartJob(job: ChartJob, next = false): void {
  if (next) queue.unshift({ job, next });
  else queue.push({ job, next });
  schedule();
}
