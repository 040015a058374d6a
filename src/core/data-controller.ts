/**
 * An element's data and its state. Where the data comes from, first present wins (README, "Data in"): the
 * `data` property, the `data` attribute (JSON), a child `<script type="application/json">`, a
 * child `<table>` (for elements that read one), the `src` URL (fetched with a timeout, aborted
 * when superseded or when the element is removed), the `record` id of the bundled dataset. Whatever arrives is validated first; a late response never
 * overwrites newer data (LatestLoad). The controller keeps the data shown and the error, sets the
 * host's `state`, warns once per rejection naming every bad path, and fires `civic-error` and
 * (when the host's figure is complete) `civic-ready`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataLoadError, childJsonScript, fetchJson, parseJson } from './data-source.js';
import { type CivicErrorDetail, fire } from './events.js';
import { copyJson } from './json-copy.js';
import { LatestLoad } from './latest-load.js';
import { isSharedRecord } from './shared-records.js';
import { childTable } from './table-source.js';
import type { Locale } from './locale.js';
import { errorMessage } from './messages.js';
import type { Issue, ValidationResult } from './validate.js';

export type CivicState = 'loading' | 'ready' | 'empty' | 'error';

/** What the controller reads and sets on its host (the element's public API). */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly dataJson?: string;
  readonly src?: string;
  readonly record?: string;
  readonly fetchTimeout: number;
  readonly resolvedLocale: Locale;
  state: CivicState;
}

export interface DataSourceConfig<D> {
  validate(input: unknown): ValidationResult<D>;
  /** A record of the bundled dataset; undefined when the id is unknown. */
  loadRecord(id: string): Promise<D | undefined>;
  /** True when valid data has nothing to draw: the `empty` state. */
  isEmpty(data: D): boolean;
  /** Valid data arrived (perhaps the same object, changed): whatever was built from the old is stale. */
  changed(): void;
  /**
   * Reads a child `<table>` into data (then validated like any other). Elements without it leave
   * a child table alone: it is their no-JavaScript fallback.
   */
  fromTable?(table: HTMLTableElement): ValidationResult<unknown>;
  /**
   * Where loaded data (`src`, `record`) waits before it is checked: the element's render gate, so
   * that forty records arriving at once are forty tasks in turn, not one long one (issue 10).
   */
  defer?(fn: () => void): void;
  /** Starts fetching what the record `id` is read from, without converting it (that waits for `defer`). */
  prefetchRecord?(id: string): void;
  /** The page was handed `copy` of the shared record `shared`: what was built from one stands for the other. */
  copied?(shared: D, copy: D): void;
}

export class DataSourceController<D> implements ReactiveController {
  /** The data shown: the last valid data (kept through errors). */
  data?: D;
  /** The current error, if any (its message in the locale of the moment: `civic-error`'s detail). */
  error?: CivicErrorDetail;
  private errorKind?: DataLoadError['kind'];
  private pendingReady = false;
  private prop: D | null | undefined;
  /** Data was set as the property (perhaps the same object, changed): resolve it even if it wins again. */
  private forced = false;
  /** The source last resolved (kind and identity): resolving the same one again is no new data. */
  private resolvedFrom?: readonly unknown[];
  private stale = true;
  private inputs?: [string | undefined, string | undefined, string | undefined];
  private readonly load = new LatestLoad();
  /** Counts resolutions: loaded data waiting in `defer` is dropped once a newer source resolved. */
  private resolutions = 0;
  private observer?: MutationObserver;

  constructor(
    private readonly host: DataSourceHost,
    private readonly config: DataSourceConfig<D>,
  ) {
    host.addController(this);
  }

  /** The `data` property as set by the page (null and undefined fall back to the other sources). */
  setProperty(value: D | null | undefined): void {
    this.prop = value;
    if (value != null) this.forced = true;
    this.invalidate();
  }

  /** Resolves the sources again at the next update. */
  invalidate(): void {
    this.stale = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // A child <script type="application/json"> may be added or edited at any time.
    this.observer = new MutationObserver(() => this.invalidate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.stale) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // An unfinished load is abandoned; re-inserting the element starts it again.
    if (this.load.cancel()) {
      this.stale = true;
      this.resolvedFrom = undefined;
    }
  }

  /**
   * Resolves the sources when they may have changed. The host calls it first thing in
   * `willUpdate`, so everything after (its own `willUpdate`, render) sees the data of this update.
   */
  sync(): void {
    const { dataJson, src, record } = this.host;
    const inputs = this.inputs;
    if (!this.stale && inputs && inputs[0] === dataJson && inputs[1] === src && inputs[2] === record) return;
    this.stale = false;
    this.inputs = [dataJson, src, record];
    this.resolve();
  }

  /** The error state: a visible message, one console warning naming every path, `civic-error`. */
  reject(issues: Issue[], kind?: DataLoadError['kind']): void {
    const { host } = this;
    const message = errorMessage(host.resolvedLocale, issues, kind);
    this.error = { message, issues };
    this.errorKind = kind;
    this.pendingReady = false;
    host.state = 'error';
    console.warn(
      `<${host.localName}> ${kind && kind !== 'json' && kind !== 'table' ? 'could not load data' : 'rejected invalid data'}: ` +
        issues.map((i) => `${i.path} ${i.message}`).join('; '),
    );
    fire(host, 'civic-error', { message, issues });
    host.requestUpdate();
  }

  /** The current error's message in `locale`: the page may change the locale after the error. */
  errorText(locale: Locale): string | undefined {
    return this.error && errorMessage(locale, this.error.issues, this.errorKind);
  }

  /** After an update: `civic-ready` for new data, once the host's figure is complete. */
  announce(figureComplete: boolean): void {
    if (!this.pendingReady || !figureComplete) return;
    this.pendingReady = false;
    // The data is copied only if a listener reads it (pageData).
    const source = this;
    fire(this.host, 'civic-ready', {
      get data() {
        return source.pageData();
      },
    });
  }

  /**
   * The data as the page gets it (`el.data`, `civic-ready`): a record is shared by every element
   * that shows it, and frozen (shared-records.ts), so the page gets a copy of its own on first
   * read, to change and set back like any data.
   */
  pageData(): D | undefined {
    const shared = this.data;
    if (shared !== undefined && isSharedRecord(shared)) {
      this.data = copyJson(shared);
      this.config.copied?.(shared, this.data);
    }
    return this.data;
  }

  /** The first present source: its kind and what identifies its content. */
  private winner(): readonly unknown[] {
    const { host } = this;
    if (this.prop != null) return ['property', this.prop];
    if (host.dataJson != null) return ['data', host.dataJson];
    const script = childJsonScript(host);
    if (script) return ['script', script.textContent ?? ''];
    const table = this.config.fromTable && childTable(host);
    // A table's content is its cells and its data-* attributes: its markup says both.
    if (table) return ['table', table, table.outerHTML];
    if (host.src) return ['src', host.src];
    if (host.record) return ['record', host.record];
    return ['none'];
  }

  private resolve(): void {
    // A change below the winning source (an outranked attribute, an unrelated child) is no new
    // data: nothing is re-read, no load restarted, no second civic-ready or civic-error.
    const from = this.winner();
    const previous = this.resolvedFrom;
    if (!this.forced && previous && from.length === previous.length && from.every((x, i) => x === previous[i])) return;
    this.forced = false;
    this.resolvedFrom = from;
    this.load.cancel();
    this.resolutions++;
    const { host, config } = this;
    if (this.prop != null) return this.accept(this.prop);
    if (host.dataJson != null) return this.acceptText(host.dataJson, 'data');
    const script = childJsonScript(host);
    if (script) return this.acceptText(script.textContent ?? '', 'script');
    const table = config.fromTable && childTable(host);
    if (table) {
      const read = config.fromTable!(table);
      return read.ok ? this.accept(read.value) : this.reject(read.issues, 'table');
    }
    if ((host.src || host.record) && !host.isConnected) {
      // A removed element loads nothing (removal aborts its load, and an update follows removal):
      // the load starts when the element is inserted again (hostConnected sees `stale`).
      host.state = 'loading';
      this.stale = true;
      this.resolvedFrom = undefined;
      return;
    }
    if (host.src) {
      const url = host.src;
      const timeout = host.fetchTimeout;
      host.state = 'loading';
      this.load.run((signal) => fetchJson(url, signal, timeout), (json) => this.acceptLoaded(json), (e) => this.fail(e));
      return;
    }
    if (host.record) {
      const id = host.record;
      host.state = 'loading';
      const start = () =>
        this.load.run(
          () => config.loadRecord(id),
          (data) =>
            data === undefined
              ? this.fail(new DataLoadError(`"${id}" is not a record of the bundled dataset`, 'record', 'record'))
              : this.acceptLoaded(data),
          (e) => this.fail(e),
        );
      if (!config.defer) return start();
      // Converting the record waits for the element's turn (forty records converted at upgrade
      // were a long task, issue 10); its file is fetched at once (the network is no work for the page).
      const resolution = this.resolutions;
      config.prefetchRecord?.(id);
      config.defer(() => {
        if (resolution !== this.resolutions) return;
        // Removed meanwhile: it loads when it is inserted again, like an abandoned load.
        if (!host.isConnected) {
          this.stale = true;
          this.resolvedFrom = undefined;
          return;
        }
        start();
      });
      return;
    }
    // No source at all: the empty state, never made-up data.
    this.data = this.error = undefined;
    host.state = 'empty';
    host.requestUpdate();
  }

  /** Loaded data, checked when the element's turn comes (`defer`), unless a newer source resolved meanwhile. */
  private acceptLoaded(input: unknown): void {
    const resolution = this.resolutions;
    const accept = () => resolution === this.resolutions && this.accept(input);
    if (this.config.defer) this.config.defer(accept);
    else accept();
  }

  private acceptText(text: string, path: string): void {
    let input: unknown;
    try {
      input = parseJson(text, path);
    } catch (e) {
      return this.fail(e);
    }
    this.accept(input);
  }

  private accept(input: unknown): void {
    let result: ValidationResult<D>;
    try {
      result = this.config.validate(input);
    } catch (e) {
      // Validators never throw; should one, the data is still refused, never shown half-checked.
      result = { ok: false, issues: [{ path: '(root)', message: `could not be checked (${e instanceof Error ? e.message : String(e)})` }] };
    }
    if (!result.ok) return this.reject(result.issues);
    this.data = result.value;
    this.error = undefined;
    this.config.changed();
    this.host.state = this.config.isEmpty(result.value) ? 'empty' : 'ready';
    this.pendingReady = true;
    this.host.requestUpdate();
  }

  private fail(e: unknown): void {
    if (e instanceof DataLoadError) this.reject([{ path: e.path, message: e.message }], e.kind);
    else this.reject([{ path: '(load)', message: e instanceof Error ? e.message : String(e) }], 'network');
  }
}
