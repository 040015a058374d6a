/**
 * The latest of a series of loads (a `src` fetch, a bundled record, a map's `geo-src`): starting
 * one cancels the one in flight, and a cancelled or superseded load never calls back, so a late
 * response can never overwrite newer data. Shared by the data sources and the map's geometry.
 */
export class LatestLoad {
  private generation = 0;
  private abort?: AbortController;

  /** True while a load is in flight. */
  get pending(): boolean {
    return this.abort !== undefined;
  }

  /**
   * Runs `load` as the latest load. `done` or `failed` is called only while it is still the
   * latest and has not been cancelled; an abort is never reported as a failure.
   */
  run<T>(load: (signal: AbortSignal) => Promise<T>, done: (value: T) => void, failed: (error: unknown) => void): void {
    this.cancel();
    const generation = ++this.generation;
    const abort = new AbortController();
    this.abort = abort;
    const current = () => generation === this.generation && !abort.signal.aborted;
    let promise: Promise<T>;
    try {
      promise = load(abort.signal);
    } catch (e) {
      promise = Promise.reject(e);
    }
    promise.then(
      (value) => {
        if (!current()) return;
        this.abort = undefined;
        done(value);
      },
      (error: unknown) => {
        if (!current()) return;
        this.abort = undefined;
        failed(error);
      },
    );
  }

  /** Abandons the load in flight; returns true when there was one. */
  cancel(): boolean {
    this.generation++;
    const had = this.abort !== undefined;
    this.abort?.abort();
    this.abort = undefined;
    return had;
  }
}
