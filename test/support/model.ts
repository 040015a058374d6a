/**
 * Model-based tests of one element (issue 7): fast-check draws random sequences of what a page
 * does to an element (data that is valid, empty or invalid; a `src` that answers, answers late,
 * fails or never answers; a known and an unknown `record`; theme and locale; a resize to zero and
 * back; removal and re-insertion; hiding and showing) and runs them against the real element and
 * a small model of what it must show. After each step, once the element has settled, invariants:
 *
 * - `state` and the `data` property agree with the model (the last accepted input), and the
 *   visible state says so in the element's locale;
 * - data shown and the element visible ⇒ it is drawn (a painted canvas bound to the element's
 *   container, or the progress rows) and the drawing shows that data; after an error the last
 *   good chart stays; with nothing to draw, the plot is hidden;
 * - at most one live ECharts instance per element, the one `el.chart` returns, bound to the
 *   element's current container; none once the element is removed;
 * - at most one `src` request in flight, and none while the element is removed;
 * - `civic-ready` for the data accepted last (once the element is in the page), one `civic-error`
 *   and one console warning per rejected input, and no other warning; no uncaught error,
 *   unhandled rejection or console error.
 *
 * Runs are reproducible: the seed is CIVIC_FC_SEED from the environment of `npm test`, else a
 * fixed default; a failure prints it with the shrunk sequence of steps.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getInstanceByDom } from 'echarts/core';
import fc from 'fast-check';
import type { CivicState } from '../../src/core/civic-element.js';
import { msg } from '../../src/core/messages.js';
import type { AnyCivic } from './contract.js';
import { nextFrame, until } from './helpers.js';

export type El = AnyCivic;

export interface ModelConfig<D extends object> {
  tag: string;
  /** `echarts`: a canvas drawn by ECharts (`el.chart`); `rows`: the progress element's native rows. */
  drawing: 'echarts' | 'rows';
  /** Valid data with something to draw (the `ready` state). */
  valid: fc.Arbitrary<D>;
  /** Valid data with nothing to draw (the `empty` state). */
  empty: () => D;
  /** How a step names valid data in a failing sequence (short). */
  label(data: D): string;
  /** Data the element rejects (the `error` state), each with what is wrong with it. */
  invalid: [what: string, data: unknown][];
  /** What `src` request number `n` answers with (valid, something to draw). */
  served(n: number): D;
  /** A record id that loads (something to draw), one that does not, and how to tell the record's data. */
  record: { known: string; unknown: string; is(data: D): boolean };
  /** Why the drawing does not show `data` ('' when it does). */
  shows(el: El, data: D): string;
}

/* ---------------------------------------------------------------------------------------------
 * The model
 * ------------------------------------------------------------------------------------------- */

type SrcKind = 'ok' | 'late' | 'fail' | 'never';
type Hidden = false | 'wrapper' | 'attribute';

/** Where the data shown came from: the `data` property (by identity), src request `n`, the record. */
type Shown = { from: 'prop'; data: object; empty: boolean } | { from: 'src'; n: number; empty: false } | { from: 'record'; empty: false };

interface Model {
  /** The `data` property as set by the page. */
  prop?: { kind: 'valid' | 'empty' | 'invalid'; data: unknown };
  src?: { kind: SrcKind; n: number };
  record?: 'known' | 'unknown';
  state: CivicState;
  /** The last accepted data; kept through errors and loading. */
  shown?: Shown;
  /** A src or record load is in flight, or waits for the element to be inserted again. */
  pending: boolean;
  /** A late src request is held: `AnswerLate` answers it. */
  lateLive: boolean;
  connected: boolean;
  hidden: Hidden;
  width: number;
  /** Console warnings of the element so far: one per rejected input. */
  warnings: number;
  /** The number of the next src request. */
  nextN: number;
  /** Data accepted so far (valid or empty; the same data accepted again counts again). */
  accepts: number;
  /** `civic-ready` is owed for the data accepted last: it fires once the element is in the page. */
  readyOwed: boolean;
  /** The number of `civic-ready` events before the data owed one was accepted. */
  readyMark: number;
  /** The source last resolved; resolving the same one again is no new data (see `resolve`). */
  resolvedFrom?: string;
  /** The data property was set: it is resolved even if the same source wins again. */
  forced: boolean;
  /** Identifies each object set as the data property. */
  propId: number;
}

const initialModel = (): Model => ({ state: 'empty', pending: false, lateLive: false, connected: true, hidden: false, width: 600, warnings: 0, nextN: 1, accepts: 0, readyOwed: false, readyMark: 0, forced: false, propId: 0 });

/** What the data controller does when its inputs change: the first present source wins. */
function resolve(m: Model): void {
  // A change below the winning source is no new data: nothing re-read, no event.
  const from = m.prop ? `prop#${m.propId}` : m.src ? `src#${m.src.n}` : m.record ? `record#${m.record}` : 'none';
  if (!m.forced && from === m.resolvedFrom) return;
  m.forced = false;
  m.resolvedFrom = from;
  m.pending = m.lateLive = false;
  const accept = (s: Shown) => {
    m.accepts++;
    m.shown = s;
    m.state = s.empty ? 'empty' : 'ready';
  };
  // A rejection or no source at all is no new data: no civic-ready is owed any more.
  const reject = () => {
    m.state = 'error';
    m.warnings++;
    m.readyOwed = false;
  };
  if (m.prop) {
    if (m.prop.kind === 'invalid') reject();
    else accept({ from: 'prop', data: m.prop.data as object, empty: m.prop.kind === 'empty' });
    return;
  }
  if (m.src || m.record) {
    // A removed element loads nothing: the load starts when it is inserted again.
    if (!m.connected) {
      m.state = 'loading';
      m.pending = true;
      m.resolvedFrom = undefined;
      return;
    }
  }
  if (m.src) {
    const { kind, n } = m.src;
    if (kind === 'ok') accept({ from: 'src', n, empty: false });
    else if (kind === 'fail') reject();
    else {
      m.state = 'loading';
      m.pending = true;
      m.lateLive = kind === 'late';
    }
    return;
  }
  if (m.record) {
    if (m.record === 'known') accept({ from: 'record', empty: false });
    else reject();
    return;
  }
  m.shown = undefined;
  m.state = 'empty';
  m.readyOwed = false;
}

/* ---------------------------------------------------------------------------------------------
 * The real element, its page and the network
 * ------------------------------------------------------------------------------------------- */

/**
 * `/__model__/<kind>.json?n=N`, answered in the page: `ok` at once with `served(N)`, `fail` with
 * HTTP 500, `late` when `release()` is called, `never` not at all. Aborts are honoured; `live` is
 * the number of requests neither answered nor aborted.
 */
class Network {
  private held: { kind: SrcKind; answer(): void }[] = [];
  private readonly original = window.fetch;

  constructor(served: (n: number) => object) {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href);
      const m = /^\/__model__\/(ok|late|fail|never)\.json$/.exec(url.pathname);
      if (!m) return this.original.call(window, input, init);
      const kind = m[1] as SrcKind;
      const body = () => new Response(JSON.stringify(served(Number(url.searchParams.get('n')))), { headers: { 'Content-Type': 'application/json' } });
      if (kind === 'ok') return Promise.resolve(body());
      if (kind === 'fail') return Promise.resolve(new Response('{}', { status: 500 }));
      return new Promise<Response>((resolve, reject) => {
        const entry = { kind, answer: () => resolve(body()) };
        this.held.push(entry);
        init?.signal?.addEventListener('abort', () => {
          this.held = this.held.filter((e) => e !== entry);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    };
  }

  get live(): number {
    return this.held.length;
  }

  /** Answers the late requests in flight. */
  release(): void {
    const late = this.held.filter((e) => e.kind === 'late');
    this.held = this.held.filter((e) => e.kind !== 'late');
    for (const e of late) e.answer();
  }

  restore(): void {
    window.fetch = this.original;
  }
}

/** Uncaught errors, unhandled rejections and console errors and warnings while a run lasts. */
class Watch {
  errors: string[] = [];
  warnings: string[] = [];
  private readonly error = console.error;
  private readonly warn = console.warn;
  private readonly onError = (e: ErrorEvent) => this.errors.push(`uncaught: ${e.message}`);
  private readonly onRejection = (e: PromiseRejectionEvent) => this.errors.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);

  constructor() {
    console.error = (...args: unknown[]) => this.errors.push(`console.error: ${args.map(String).join(' ')}`);
    console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  restore(): void {
    console.error = this.error;
    console.warn = this.warn;
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}

interface Real<D extends object> {
  cfg: ModelConfig<D>;
  el: El;
  wrap: HTMLDivElement;
  net: Network;
  watch: Watch;
  /** Every chart container the element has had: no instance may stay bound to an old one. */
  seen: Set<Element>;
  /** `civic-ready` and `civic-error` events so far, and the data of the last `civic-ready`. */
  events: { ready: number; error: number; readyData?: unknown };
}

function createReal<D extends object>(cfg: ModelConfig<D>): Real<D> {
  const wrap = document.createElement('div');
  wrap.style.setProperty('width', '600px');
  document.body.prepend(wrap);
  const el = document.createElement(cfg.tag) as El;
  // Longer than any run: a `never` src stays unanswered, it does not time out.
  el.setAttribute('fetch-timeout', '600000');
  wrap.append(el);
  const events: Real<D>['events'] = { ready: 0, error: 0 };
  el.addEventListener('civic-ready', (e) => {
    events.ready++;
    events.readyData = (e as CustomEvent<{ data: unknown }>).detail.data;
  });
  el.addEventListener('civic-error', () => events.error++);
  return { cfg, el, wrap, net: new Network((n) => cfg.served(n)), watch: new Watch(), seen: new Set(), events };
}

/* ---------------------------------------------------------------------------------------------
 * Settling and the invariants
 * ------------------------------------------------------------------------------------------- */

/** Waits for the state the model expects (a condition, not a sleep), the update, two frames. */
async function settle<D extends object>({ el }: Real<D>, m: Model): Promise<void> {
  await el.updateComplete;
  await until(() => el.state === m.state, `state "${m.state}" (is "${el.state}")`, 5000);
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Share of a canvas's pixels that differ from its top-left pixel. */
function painted(canvas: HTMLCanvasElement): number {
  if (!canvas.width || !canvas.height) return 0;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) n++;
  }
  return n / (data.length / 4);
}

/** Why the element does not draw `data` now ('' when it does). */
function notDrawn<D extends object>(r: Real<D>, data: D): string {
  const { el, cfg } = r;
  const root = el.shadowRoot!;
  if (root.querySelector<HTMLElement>('.plot')?.hidden !== false) return 'the plot is hidden';
  if (cfg.drawing === 'rows') {
    if (!root.querySelector('.goal')) return 'no rows';
    if (!root.querySelector('[role=meter] svg.bar')) return 'no meter with its bar';
    return cfg.shows(el, data);
  }
  const chart = el.chart;
  if (!chart) return 'no chart';
  if (chart.isDisposed()) return 'el.chart is disposed';
  const dom = chart.getDom();
  if (!dom.isConnected || !root.contains(dom)) return "the chart's container is not in the element";
  const canvas = dom.querySelector('canvas');
  if (!canvas) return 'no canvas';
  const share = painted(canvas);
  if (share < 0.005) return `a blank canvas (${(share * 100).toFixed(2)}% painted)`;
  return cfg.shows(el, data);
}

async function checkInvariants<D extends object>(r: Real<D>, m: Model): Promise<void> {
  const { el, cfg, watch, net } = r;
  const root = el.shadowRoot!;
  expect(watch.errors, 'errors').to.deep.equal([]);
  expect(el.state, 'state').to.equal(m.state);

  // The data property returns the last accepted data.
  const shown = m.shown;
  if (!shown) expect(el.data, 'data').to.equal(undefined);
  else if (shown.from === 'prop') expect(el.data, 'data (the object set)').to.equal(shown.data);
  else if (shown.from === 'src') expect(el.data, `data (src answer ${shown.n})`).to.deep.equal(cfg.served(shown.n));
  else expect(el.data && cfg.record.is(el.data as D), `data (record ${cfg.record.known})`).to.equal(true);

  // The visible state, its messages in the element's locale.
  const part = (name: string) => root.querySelector(`[part~="${name}"]`);
  const words = msg(el.resolvedLocale);
  if (m.state === 'error') {
    const text = part('error')?.textContent?.trim() ?? '';
    const heads = [words.invalidData, words.loadFailed, words.unknownRecord, words.timeout];
    expect(heads.some((h) => text.startsWith(h)), `an error message in ${el.resolvedLocale}: "${text}"`).to.equal(true);
  }
  if (m.state === 'ready' || m.state === 'empty') expect(part('error'), 'no error message').to.equal(null);
  if (m.state === 'empty') expect(part('empty'), 'the empty state').not.to.equal(null);
  if (m.state === 'loading' && !shown) expect(part('loading')?.textContent?.trim(), 'the loading message').to.equal(words.loading);

  // Data shown and the element visible: drawn within a few frames. Nothing to draw: no plot.
  const drawable = !!shown && !shown.empty;
  if (m.connected && !m.hidden && m.width > 0 && drawable) {
    let why = '';
    await until(() => !(why = notDrawn(r, el.data as D)), `the drawing of the data shown (${cfg.tag}, state "${el.state}")`, 5000).catch((e: Error) => {
      throw new Error(`${e.message}: ${why}`);
    });
  }
  if (m.connected && !drawable) expect(root.querySelector<HTMLElement>('.plot')?.hidden, 'the plot is hidden').to.equal(true);

  // ECharts instances (compared as booleans: a failing assertion must not serialise an instance):
  // at most one live, el.chart, on the current container; none when removed.
  if (cfg.drawing === 'echarts') {
    for (const c of root.querySelectorAll('.chart')) r.seen.add(c);
    const chart = el.chart;
    if (chart) r.seen.add(chart.getDom());
    const live = [...r.seen].map((c) => getInstanceByDom(c as HTMLElement)).filter((i) => i && !i.isDisposed());
    expect(live.length, 'live ECharts instances').to.be.at.most(1);
    if (chart) {
      expect(chart.isDisposed(), 'el.chart is disposed').not.to.equal(true);
      expect(live[0] === chart, 'the live instance is el.chart').to.equal(true);
      expect(chart.getDom() === root.querySelector('.chart'), "el.chart's container is the element's").to.equal(true);
    } else {
      expect(live.length, 'a live instance el.chart does not return').to.equal(0);
    }
    if (!m.connected) expect(chart === undefined, 'el.chart is undefined after removal').to.equal(true);
  }

  // At most one request in flight, the current src's, and none while the element is removed.
  const inFlight = m.connected && m.pending && !m.prop && !!m.src && (m.src.kind === 'late' || m.src.kind === 'never');
  expect(net.live, 'src requests in flight').to.equal(inFlight ? 1 : 0);

  // Events: civic-ready for the data accepted last, once the element is in the page (whatever
  // it shows, empty included); one civic-error per rejected input.
  if (m.readyOwed && m.connected) {
    await until(() => r.events.ready > m.readyMark && r.events.readyData === el.data, `civic-ready for the data shown (state "${el.state}")`, 5000);
    m.readyOwed = false;
  }
  expect(r.events.error, 'civic-error events').to.equal(m.warnings);

  // One warning per rejected input, naming the element; nothing else warns.
  const mine = watch.warnings.filter((w) => w.startsWith(`<${cfg.tag}>`));
  expect(watch.warnings.filter((w) => !mine.includes(w)), 'other console warnings').to.deep.equal([]);
  expect(mine.length, `warnings of <${cfg.tag}> (${mine.join(' | ')})`).to.equal(m.warnings);
}

/* ---------------------------------------------------------------------------------------------
 * Commands
 * ------------------------------------------------------------------------------------------- */

/** Steps run so far (reported with the runtime). */
let steps = 0;
type Cmd<D extends object> = fc.AsyncCommand<Model, Real<D>>;

abstract class Step<D extends object> implements Cmd<D> {
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  async run(m: Model, r: Real<D>): Promise<void> {
    const accepts = m.accepts;
    const readies = r.events.ready;
    this.act(m, r);
    if (m.accepts !== accepts) {
      m.readyOwed = true;
      m.readyMark = readies;
    }
    await settle(r, m);
    await checkInvariants(r, m);
    steps++;
  }
  protected abstract act(m: Model, r: Real<D>): void;
  abstract toString(): string;
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

class SetData<D extends object> extends Step<D> {
  constructor(
    readonly kind: 'valid' | 'empty' | 'invalid',
    readonly value: unknown,
    readonly label: string,
  ) {
    super();
  }
  act(m: Model, { el }: Real<D>) {
    const data = copy(this.value);
    el.data = data;
    m.prop = { kind: this.kind, data };
    m.propId++;
    m.forced = true;
    resolve(m);
  }
  toString() {
    return `data = ${this.kind} (${this.label})`;
  }
}

class ClearData<D extends object> extends Step<D> {
  act(m: Model, { el }: Real<D>) {
    el.data = undefined;
    m.prop = undefined;
    resolve(m);
  }
  toString() {
    return 'data = undefined';
  }
}

class SetSrc<D extends object> extends Step<D> {
  constructor(readonly kind: SrcKind) {
    super();
  }
  act(m: Model, { el }: Real<D>) {
    const n = m.nextN++;
    el.setAttribute('src', `/__model__/${this.kind}.json?n=${n}`);
    m.src = { kind: this.kind, n };
    resolve(m);
  }
  toString() {
    return `src = ${this.kind}`;
  }
}

class ClearSrc<D extends object> extends Step<D> {
  override check(m: Readonly<Model>) {
    return !!m.src;
  }
  act(m: Model, { el }: Real<D>) {
    el.removeAttribute('src');
    m.src = undefined;
    resolve(m);
  }
  toString() {
    return 'remove src';
  }
}

class AnswerLate<D extends object> extends Step<D> {
  override check(m: Readonly<Model>) {
    return m.src?.kind === 'late';
  }
  act(m: Model, { net }: Real<D>) {
    net.release();
    if (m.lateLive && m.src) {
      m.lateLive = m.pending = false;
      m.accepts++;
      m.shown = { from: 'src', n: m.src.n, empty: false };
      m.state = 'ready';
    }
  }
  toString() {
    return 'the late src answers';
  }
}

class SetRecord<D extends object> extends Step<D> {
  constructor(readonly which: 'known' | 'unknown') {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.record !== this.which;
  }
  act(m: Model, { el, cfg }: Real<D>) {
    el.setAttribute('record', this.which === 'known' ? cfg.record.known : cfg.record.unknown);
    m.record = this.which;
    resolve(m);
  }
  toString() {
    return `record = ${this.which}`;
  }
}

class ClearRecord<D extends object> extends Step<D> {
  override check(m: Readonly<Model>) {
    return !!m.record;
  }
  act(m: Model, { el }: Real<D>) {
    el.removeAttribute('record');
    m.record = undefined;
    resolve(m);
  }
  toString() {
    return 'remove record';
  }
}

/** Theme and locale restyle or reword the live chart: never a new instance. */
class Restyle<D extends object> extends Step<D> {
  private before?: unknown;
  constructor(
    readonly what: 'theme' | 'locale',
    readonly value: string | undefined,
  ) {
    super();
  }
  act(_m: Model, { el }: Real<D>) {
    this.before = el.chart;
    if (this.value === undefined) el.removeAttribute(this.what);
    else el.setAttribute(this.what, this.value);
  }
  override async run(m: Model, r: Real<D>) {
    await super.run(m, r);
    if (this.before && m.connected) expect(r.el.chart === this.before, `the same chart after a ${this.what} change`).to.equal(true);
  }
  toString() {
    return this.value === undefined ? `remove ${this.what}` : `${this.what} = ${this.value}`;
  }
}

class Resize<D extends object> extends Step<D> {
  constructor(readonly width: number) {
    super();
  }
  act(m: Model, { wrap }: Real<D>) {
    wrap.style.setProperty('width', `${this.width}px`);
    m.width = this.width;
  }
  toString() {
    return `width ${this.width}px`;
  }
}

class Hide<D extends object> extends Step<D> {
  constructor(readonly how: 'wrapper' | 'attribute') {
    super();
  }
  override check(m: Readonly<Model>) {
    return !m.hidden;
  }
  act(m: Model, { el, wrap }: Real<D>) {
    if (this.how === 'wrapper') wrap.style.setProperty('display', 'none');
    else el.hidden = true;
    m.hidden = this.how;
  }
  toString() {
    return this.how === 'wrapper' ? 'hide (container display: none)' : 'hide (hidden attribute)';
  }
}

class Show<D extends object> extends Step<D> {
  override check(m: Readonly<Model>) {
    return !!m.hidden;
  }
  act(m: Model, { el, wrap }: Real<D>) {
    wrap.style.removeProperty('display');
    el.hidden = false;
    m.hidden = false;
  }
  toString() {
    return 'show';
  }
}

class Remove<D extends object> extends Step<D> {
  override check(m: Readonly<Model>) {
    return m.connected;
  }
  act(m: Model, { el }: Real<D>) {
    el.remove();
    m.connected = false;
    m.lateLive = false;
    // The load abandoned is resolved again on insertion.
    if (m.pending) m.resolvedFrom = undefined;
  }
  toString() {
    return 'remove the element';
  }
}

class Insert<D extends object> extends Step<D> {
  override check(m: Readonly<Model>) {
    return !m.connected;
  }
  act(m: Model, { el, wrap }: Real<D>) {
    wrap.append(el);
    m.connected = true;
    // A load abandoned on removal starts again.
    if (m.pending) resolve(m);
  }
  toString() {
    return 'insert the element again';
  }
}

function commands<D extends object>(cfg: ModelConfig<D>): fc.Arbitrary<Cmd<D>>[] {
  const c = <T extends Cmd<D>>(a: fc.Arbitrary<T>) => a as fc.Arbitrary<Cmd<D>>;
  const data = c(
    fc.oneof(
      { arbitrary: cfg.valid.map((v) => new SetData<D>('valid', v, cfg.label(v))), weight: 3 },
      { arbitrary: fc.constant(null).map(() => new SetData<D>('empty', cfg.empty(), 'nothing to draw')), weight: 1 },
      { arbitrary: fc.constantFrom(...cfg.invalid).map(([what, v]) => new SetData<D>('invalid', v, what)), weight: 2 },
    ),
  );
  return [
    data,
    data,
    c(fc.constant(null).map(() => new ClearData<D>())),
    c(fc.constantFrom<SrcKind>('ok', 'late', 'fail', 'never').map((k) => new SetSrc<D>(k))),
    c(fc.constant(null).map(() => new ClearSrc<D>())),
    c(fc.constant(null).map(() => new AnswerLate<D>())),
    c(fc.constantFrom<'known' | 'unknown'>('known', 'unknown').map((w) => new SetRecord<D>(w))),
    c(fc.constant(null).map(() => new ClearRecord<D>())),
    c(
      fc.oneof(
        fc.constantFrom('light', 'dark', 'high-contrast', 'auto', undefined).map((t) => new Restyle<D>('theme', t)),
        fc.constantFrom('en', 'zh-CN', undefined).map((l) => new Restyle<D>('locale', l)),
      ),
    ),
    c(fc.constantFrom(0, 300, 600).map((w) => new Resize<D>(w))),
    c(fc.constantFrom<'wrapper' | 'attribute'>('wrapper', 'attribute').map((h) => new Hide<D>(h))),
    c(fc.constant(null).map(() => new Show<D>())),
    c(fc.constant(null).map(() => new Remove<D>())),
    c(fc.constant(null).map(() => new Insert<D>())),
  ];
}

/* ---------------------------------------------------------------------------------------------
 * The suite
 * ------------------------------------------------------------------------------------------- */

/** The fixed default seed; CIVIC_FC_SEED replaces it. */
export const DEFAULT_SEED = 20240607;

export interface ModelSuiteOptions {
  numRuns: number;
  maxCommands: number;
}

/**
 * Registers the model-based test of `cfg.tag` in the calling `describe`. `numRuns` and
 * `maxCommands` are chosen to keep the test within CI's time (CIVIC_FC_RUNS raises the runs).
 */
export function modelSuite<D extends object>(cfg: ModelConfig<D>, o: ModelSuiteOptions): void {
  it(`keeps its invariants through random sequences of what a page does (fast-check, ${o.numRuns} runs of up to ${o.maxCommands} steps)`, async function () {
    this.timeout(240000);
    const env = await executeServerCommand<{ seed: number | null; runs: number | null }, undefined>('civic-fc');
    const seed = env?.seed ?? DEFAULT_SEED;
    const numRuns = env?.runs ?? o.numRuns;
    const property = fc.asyncProperty(fc.commands(commands(cfg), { maxCommands: o.maxCommands, size: 'max' }), async (cmds) => {
      const real = createReal(cfg);
      try {
        await settle(real, initialModel());
        await fc.asyncModelRun(() => ({ model: initialModel(), real }), cmds);
        // Finally removed: no instance left on any container the element had.
        real.el.remove();
        await real.el.updateComplete;
        expect(real.el.chart === undefined, 'el.chart is undefined after removal').to.equal(true);
        const live = [...real.seen].filter((c) => getInstanceByDom(c as HTMLElement));
        expect(live.length, 'live ECharts instances after removal').to.equal(0);
        expect(real.net.live, 'src requests in flight after removal').to.equal(0);
        await nextFrame();
        expect(real.watch.errors, 'errors').to.deep.equal([]);
      } finally {
        real.el.remove();
        real.wrap.remove();
        real.net.restore();
        real.watch.restore();
      }
    });
    const started = performance.now();
    steps = 0;
    try {
      // Shrinking a failure replays sequences: bounded so a failing CI run still ends.
      await fc.assert(property, { seed, numRuns, interruptAfterTimeLimit: 200000, includeErrorInReport: true });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(`${cfg.tag}: model-based test failed with seed ${seed} (replay: CIVIC_FC_SEED=${seed} npx web-test-runner "test/**/model.test.ts")\n${message}`);
    }
    // The runtime, in the test log, so CI's budget can be watched.
    console.log(`${cfg.tag}: ${numRuns} model runs, ${steps} steps (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}
