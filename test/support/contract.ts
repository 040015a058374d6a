/**
 * The common contract of every civic element (shared/SPEC.md), as parameterised test suites.
 *
 * Each function registers its `it(...)`s (and the hooks they need) in the `describe` it is called
 * from, so an element's test file reads:
 *
 *   describe('civic-x: data sources', () => {
 *     dataSourceContract({ tag: 'civic-x', ... });
 *     it('an element-specific test', ...);
 *   });
 *
 * Every test of a suite is declared by every element: its options, or `{ skip: 'why' }`. The
 * types make the choice compulsory (no test is left out by leaving an option out), and a skip is
 * never silent nor pending: it runs as a test, titled with the reason, that proves the element
 * really lacks the behaviour (`absent`). Where elements check one
 * thing slightly differently the suite takes an option; it never drops an assertion.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CivicElement } from '../../src/core/civic-element.js';
import type { EChartsType } from '../../src/core/echarts.js';
import {
  captureWarnings,
  countEvents,
  nextFrame,
  oneEvent,
  part,
  partText,
  quiet,
  trackObservers,
  until,
  untilChart,
  untilState,
  visuallyHidden,
} from './helpers.js';

/** Any civic element: the suites read and set its common properties. */
export type AnyCivic = CivicElement<any> & { chart?: EChartsType; data?: any; src?: string };

type Attrs = Record<string, string | undefined>;

/**
 * A contract test this element does not share. `skip` says why; `absent` proves the element really
 * lacks the behaviour, and runs in the test's place (both required: nothing is left pending).
 */
export interface Skip {
  skip: string;
  absent: () => Promise<void>;
}

const isSkip = (x: unknown): x is Skip => typeof x === 'object' && x !== null && 'skip' in x && typeof (x as Skip).skip === 'string';

/** Registers the test `title` with `spec`, or, for a skip, the test proving the absence, titled with the reason. */
function declare<T>(title: string, spec: T | Skip, body: (spec: T) => Mocha.Func | Mocha.AsyncFunc): void {
  if (isSkip(spec)) {
    if (!spec.skip.trim()) throw new Error(`${title}: a skip needs its reason`);
    it(`${title}: does not apply (${spec.skip}), and the element indeed lacks it`, spec.absent);
    return;
  }
  it(title, body(spec));
}

/** The element `tag` with `attrs` (undefined ones left out) and, if given, a child JSON script. */
export function make<E extends Element = AnyCivic>(tag: string, attrs: Attrs = {}, scriptJson?: unknown): E {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (scriptJson !== undefined) el.append(jsonScript(scriptJson));
  return el as unknown as E;
}

/** A `<script type="application/json">` holding `json`. */
export function jsonScript(json: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json);
  return script;
}

/** `make` put on the page by @open-wc's fixture (removed after the test). */
export function mount<E extends Element = AnyCivic>(tag: string, attrs: Attrs = {}, scriptJson?: unknown): Promise<E> {
  return fixture<E>(make<E>(tag, attrs, scriptJson));
}

/** `<div style=…>` holding `children`, on the page; returns the wrapper. */
function wrapped(style: string, ...children: Node[]): Promise<HTMLDivElement> {
  const div = document.createElement('div');
  if (style) div.setAttribute('style', style);
  div.append(...children);
  return fixture<HTMLDivElement>(div);
}

/** The width of the figure inside a container `w` px wide: the element's border and padding off. */
const inner = (w: number) => w - 2 - 32;

/** Checks text: a string must be equal, a RegExp must match. */
function expectText(actual: string, expected: string | RegExp, what?: string) {
  if (typeof expected === 'string') expect(actual, what).to.equal(expected);
  else expect(actual, what).to.match(expected);
}

/**
 * How an element draws: an ECharts chart (the default) or its own DOM (the native SVG progress
 * element). `drawn` waits for the drawing and returns a handle; `handle` reads the live one
 * (undefined while nothing is drawn), so "the same drawing" is `handle(el) === drawn`.
 */
export interface Drawing<E extends AnyCivic = AnyCivic> {
  drawn(el: E): Promise<unknown>;
  handle(el: E): unknown;
  /** Something is painted: a canvas, the rows' bars. */
  painted(el: E): boolean;
  /** The drawing's width in CSS px. */
  width(el: E): number;
  /** The handle of a removed drawing has been released (a disposed chart, detached rows). */
  released(handle: unknown): boolean;
  /** True when the handle is an ECharts instance (`el.chart`). */
  echarts: boolean;
}

export const echartsDrawing = (drawn: (el: AnyCivic) => Promise<EChartsType> = (el) => untilChart(el as never)): Drawing => ({
  drawn,
  handle: (el) => el.chart,
  painted: (el) => !!el.shadowRoot!.querySelector('canvas'),
  width: (el) => el.chart?.getWidth() ?? 0,
  released: (chart) => (chart as EChartsType).isDisposed() === true,
  echarts: true,
});

/* ------------------------------------------------------------------------------------------------
 * Data sources
 * --------------------------------------------------------------------------------------------- */

/** What the element's `src` tests run under: a stub or spy of fetch recording requests and aborts. */
export interface FetchStubLike {
  restore(): void;
  aborted: string[];
  requested: string[];
}

export type DataSourceTest =
  | 'property'
  | 'attribute'
  | 'script'
  | 'srcLoading'
  | 'staticJson'
  | 'lateResponse'
  | 'abort'
  | 'timeout'
  | 'httpFailure'
  | 'record'
  | 'unknownRecord'
  | 'precedence'
  | 'empty'
  | 'roundTrip';

export interface DataSourceContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  drawing?: Drawing<E>;
  /** Valid data whose title is derived from `name`. */
  named(name: string): object;
  /** The title text shown for `named(name)`. */
  titleFor(name: string): string;
  /** Titles of tests this element words differently (the check is the same). */
  titles?: Partial<Record<DataSourceTest, string>>;
  /** The data property test: the default fixture data and its title. */
  property: { data(): object; title: string; summary: string | RegExp | { contains: string }; attrs?: Attrs };
  /**
   * A src URL that answers `named(name)` (or some valid data without a name) after `ms` ms, and
   * the fetch stub (or spy) installed before each test and restored after it.
   */
  fetch: {
    slowUrl(name?: string, ms?: number): string;
    /** The name `named(name)` carries in the data (what `slowUrl(name)` answered with). */
    nameOf(data: any): unknown;
    stub(): FetchStubLike;
  };
  /** A static JSON file served for `src`, and what it shows in English. */
  staticJson: { url: string; title: string; summaryContains: string };
  /** A URL that answers HTTP 404. */
  missingUrl: string;
  /** A record of the bundled dataset: its id, its title and its summary; ids that are not found. */
  record: { id: string; title: string; summary: string | RegExp; unknown: string[] } | Skip;
  /** Further checks of the empty state with no source at all (`true`: none). */
  empty: true | ((el: E) => void);
  /**
   * Read, change, set back: the record's data is read from `el.data`, changed in place by `edit`,
   * set back (the same object) and must be drawn again (`check`).
   */
  roundTrip: { record: string; edit(data: any): void; check(el: E): void };
}

export function dataSourceContract<E extends AnyCivic = AnyCivic>(o: DataSourceContract<E>): void {
  const { tag, named, titleFor, fetch: f } = o;
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;
  const title = (k: DataSourceTest, fallback: string) => o.titles?.[k] ?? fallback;
  let stub!: FetchStubLike;
  beforeEach(() => (stub = f.stub()));
  afterEach(() => stub.restore());

  it(title('property', 'renders data given as the data property, returns it from the property and fires civic-ready once'), async () => {
    const el = await mount<E>(tag, o.property.attrs);
    const events = countEvents(el);
    const data = o.property.data();
    el.data = data;
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(o.property.title);
    const summary = o.property.summary;
    if (typeof summary === 'string' || summary instanceof RegExp) expectText(partText(el, 'summary'), summary);
    else expect(partText(el, 'summary')).to.contain(summary.contains);
    expect(el.data).to.equal(data);
    await events.reach('civic-ready', 1);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(1);
    expect(events.count('civic-error')).to.equal(0);
  });

  it(title('attribute', 'renders data given as the data attribute (JSON), exposes it as the property and fires civic-ready once'), async () => {
    const json = JSON.stringify(named('属性'));
    const el = make<E>(tag, { data: json });
    const events = countEvents(el);
    await fixture(el);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('属性'));
    expect(el.data).to.deep.equal(JSON.parse(json));
    await events.reach('civic-ready', 1);
    el.setAttribute('data', JSON.stringify(named('改后')));
    await until(() => partText(el, 'title') === titleFor('改后'), 'the edited attribute');
    await events.reach('civic-ready', 2);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(2);
  });

  it(title('script', 'renders data from a child <script type="application/json"> and follows edits to it, civic-ready once each'), async () => {
    const el = make<E>(tag, {}, named('脚本'));
    const events = countEvents(el);
    await fixture(el);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('脚本'));
    await events.reach('civic-ready', 1);
    el.querySelector('script')!.textContent = JSON.stringify(named('改后'));
    await until(() => partText(el, 'title') === titleFor('改后'), 'the edited script');
    await events.reach('civic-ready', 2);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(2);
  });

  it(title('srcLoading', 'fetches the src URL, showing loading first, and fires civic-ready once it is drawn'), async () => {
    const el = make<E>(tag, { src: f.slowUrl('网址', 150) });
    const events = countEvents(el);
    await fixture(el);
    expect(el.state).to.equal('loading');
    const reserved = el.getBoundingClientRect().height;
    // A placeholder until the element is seen near the viewport (render-gate.ts), then the loading state.
    await until(() => !!part(el, 'loading'), 'the loading state');
    expect(partText(el, 'loading')).to.equal('正在加载…');
    // The loading state keeps the space the placeholder reserved: the page does not jump on the way.
    expect(el.getBoundingClientRect().height, 'the loading state as tall as the placeholder').to.be.at.least(reserved - 0.5);
    expect(events.count('civic-ready')).to.equal(0);
    await events.reach('civic-ready', 1);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal(titleFor('网址'));
    expect(f.nameOf(el.data)).to.equal('网址');
    expect(events.last('civic-ready')!.detail.data).to.equal(el.data);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(1);
    expect(stub.requested).to.have.length(1);
  });

  it(title('staticJson', 'fetches a static JSON file through src'), async () => {
    const el = await mount<E>(tag, { locale: 'en', src: o.staticJson.url });
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(o.staticJson.title);
    expect(partText(el, 'summary')).to.contain(o.staticJson.summaryContains);
  });

  it(title('lateResponse', 'never lets a late response overwrite a newer src: the older fetch is aborted'), async () => {
    const el = make<E>(tag, { src: f.slowUrl('旧', 600) });
    const events = countEvents(el);
    await fixture(el);
    el.src = f.slowUrl('新', 50);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('新'));
    // Once aborted, the older response can never arrive.
    await until(() => stub.aborted.length === 1, 'the older fetch aborted');
    expect(stub.aborted).to.deep.equal([new URL(f.slowUrl('旧', 600), location.href).search]);
    await quiet(el);
    expect(partText(el, 'title')).to.equal(titleFor('新'));
    expect(events.count('civic-ready')).to.equal(1);
  });

  it(title('abort', 'aborts the fetch when the element is removed, and fetches again when re-inserted'), async () => {
    const el = await mount<E>(tag, { src: f.slowUrl('再次', 300) });
    const parent = el.parentElement!;
    el.remove();
    await until(() => stub.aborted.length === 1, 'the fetch aborted');
    expect(el.state).to.equal('loading');
    expect(el.data).to.equal(undefined);
    parent.append(el);
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('再次'));
    expect(stub.requested).to.have.length(2);
  });

  it(title('timeout', 'times out a slow src with a visible error naming src, civic-error once'), async () => {
    const el = make<E>(tag, { locale: 'en', 'fetch-timeout': '100', src: f.slowUrl(undefined, 2000) });
    const events = countEvents(el);
    const warnings = await captureWarnings(async () => {
      await fixture(el);
      await events.reach('civic-error', 1);
      expect(events.last('civic-error')!.detail.issues[0].path).to.equal('src');
      await quiet(el);
    });
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Loading the data timed out: src timed out after 100 ms/);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('src');
    expect(events.count('civic-error')).to.equal(1);
    expect(events.count('civic-ready')).to.equal(0);
  });

  it(title('httpFailure', 'shows an HTTP failure of src as an error, civic-error once'), async () => {
    const el = make<E>(tag, { src: o.missingUrl });
    const events = countEvents(el);
    await captureWarnings(async () => {
      await fixture(el);
      await untilState(el, 'error');
      await quiet(el);
    });
    expect(partText(el, 'error')).to.equal('数据加载失败：src returned HTTP 404');
    expect(events.count('civic-error')).to.equal(1);
    expect(events.count('civic-ready')).to.equal(0);
  });

  declare(title('record', 'loads a record of the bundled dataset, civic-ready once'), o.record, (r) => async () => {
    const el = make<E>(tag, { record: r.id });
    const events = countEvents(el);
    await fixture(el);
    expect(el.state).to.equal('loading');
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(r.title);
    expectText(partText(el, 'summary'), r.summary);
    await events.reach('civic-ready', 1);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(1);
  });

  declare(title('unknownRecord', 'reports an unknown record id as an error'), o.record, (r) => async () => {
    for (const id of r.unknown) {
      const el = make<E>(tag, { record: id });
      const events = countEvents(el);
      const warnings = await captureWarnings(async () => {
        await fixture(el);
        await untilState(el, 'error');
      });
      expect(partText(el, 'error'), id).to.contain('未找到数据记录');
      expect(warnings, id).to.have.length(1);
      expect(warnings[0], id).to.contain('record');
      expect(events.count('civic-error'), id).to.equal(1);
    }
  });

  declare(title('precedence', 'takes the first present source: property, then attribute, then script, then src, then record'), o.record, (r) => async () => {
    // A slow src, so the transient loading state lasts long enough to be observed.
    const el = await mount<E>(tag, { record: r.id, src: f.slowUrl('网址', 300), data: JSON.stringify(named('属性')) }, named('脚本'));
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('属性'));
    el.data = named('性质');
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal(titleFor('性质'));
    el.data = undefined;
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal(titleFor('属性'));
    el.removeAttribute('data');
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal(titleFor('脚本'));
    el.querySelector('script')!.remove();
    await untilState(el, 'loading');
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('网址'));
    el.removeAttribute('src');
    await until(() => partText(el, 'title') === r.title, 'the record');
    el.removeAttribute('record');
    await untilState(el, 'empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.data).to.equal(undefined);
  });

  const empty = o.empty;
  it(title('empty', 'shows the empty state with no source at all, never a made-up chart'), async () => {
    const el = await mount<E>(tag);
    expect(el.state).to.equal('empty');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('暂无数据');
    expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
    if (typeof empty === 'function') empty(el);
  });

  const rt = o.roundTrip;
  it(title('roundTrip', 'never writes into the data it is given, and draws data read, changed and set back'), async () => {
    // The element's own work (validation, derived values, the drawing) leaves the page's object as it was.
    const given = named('原样');
    const json = JSON.stringify(given);
    const first = await mount<E>(tag);
    first.data = given;
    await drawing.drawn(first);
    expect(JSON.stringify(given)).to.equal(json);
    // Read, change in place, set back: the same object, drawn again, once.
    const el = await mount<E>(tag, { record: rt.record });
    await untilState(el, 'ready');
    await drawing.drawn(el);
    const before = partText(el, 'summary');
    const events = countEvents(el);
    const data = el.data;
    rt.edit(data);
    el.data = data;
    await until(() => partText(el, 'summary') !== before, 'the changed data drawn');
    rt.check(el);
    expect(el.data).to.equal(data);
    await events.reach('civic-ready', 1);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(1);
    // A fresh load of the record is not affected by the page's edit (the dataset hands out copies).
    const other = await mount<E>(tag, { record: rt.record });
    await untilState(other, 'ready');
    expect(partText(other, 'summary')).to.equal(before);
  });
}

/* ------------------------------------------------------------------------------------------------
 * Invalid data
 * --------------------------------------------------------------------------------------------- */

/** [what, input, the path the error must name]. */
export type InvalidCase = [string, unknown, string];

export interface ValidationContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  cases: InvalidCase[];
  /** The title of each case; by default `rejects ${what} with the error state naming ${path}, without throwing`. */
  caseTitle?: (what: string, path: string) => string;
  /** The "data attribute is not JSON" test. */
  notJson: true | Skip;
  /** The "keeps the last good drawing and data" test. */
  lastGood:
    | {
        title?: string;
        drawing?: Drawing<E>;
        good(): object;
        bad(): unknown;
        /** Element-specific checks that the last good data is still drawn, after the bad data. */
        kept(el: E): void;
        recovered(): object;
        /** Element-specific checks that the recovered data is drawn. */
        recoveredCheck(el: E): void;
      }
    | Skip;
}

export function validationContract<E extends AnyCivic = AnyCivic>(o: ValidationContract<E>): void {
  const caseTitle = o.caseTitle ?? ((what, path) => `rejects ${what} with the error state naming ${path}, without throwing`);
  for (const [what, input, path] of o.cases) {
    it(caseTitle(what, path), async () => {
      const el = await mount<E>(o.tag, { locale: 'en' });
      const events = countEvents(el);
      const warnings = await captureWarnings(async () => {
        el.data = input as never;
        // (updateComplete rejects if the update threw: "without throwing" is this await.)
        await el.updateComplete;
      });
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(events.count('civic-error')).to.equal(1);
      expect(events.count('civic-ready')).to.equal(0);
      expect(events.last('civic-error')!.detail.issues.map((i: { path: string }) => i.path)).to.include(path);
      expect(partText(el, 'error')).to.match(/^Invalid data: /).and.contain(path);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(path);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  declare('rejects an invalid data attribute (not JSON) naming the attribute', o.notJson, () => async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<E>(o.tag, { data: '{not json' });
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.match(/^数据无效：data is not valid JSON/);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data is not valid JSON');
  });

  const lastGoodTitle = (isSkip(o.lastGood) ? undefined : o.lastGood.title) ?? 'keeps the last good chart and data when bad data arrives, and recovers with good data';
  declare(lastGoodTitle, o.lastGood, (g) => async () => {
    const drawing = (g.drawing ?? echartsDrawing()) as Drawing<E>;
    const el = await mount<E>(o.tag);
    const good = g.good();
    el.data = good;
    const drawn = await drawing.drawn(el);
    const errorEvent = oneEvent(el, 'civic-error');
    await captureWarnings(async () => {
      el.data = g.bad() as never;
      await errorEvent;
      await el.updateComplete;
    });
    expect(el.state).to.equal('error');
    expect(el.data).to.equal(good);
    expect(drawing.handle(el)).to.equal(drawn);
    expect(part(el, 'chart')!.closest('.plot')!.hasAttribute('hidden')).to.equal(false);
    g.kept(el);
    el.data = g.recovered();
    await untilState(el, 'ready');
    expect(part(el, 'error')).to.equal(null);
    g.recoveredCheck(el);
  });
}

/* ------------------------------------------------------------------------------------------------
 * Untrusted strings
 * --------------------------------------------------------------------------------------------- */

export interface UntrustedStringsContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  /** Data with the XSS payload in every string field (the title also carries a <script>). */
  data(): object;
  drawing?: Drawing<E>;
  /** Before the data is set (a portal's map with payloads in its district names). */
  prepare?(el: E): void;
  /** The key that shows the first tooltip from the focused chart. */
  key: string;
  /** The parts whose text must contain the payload as text. */
  parts: string[];
  /** Element-specific checks. */
  extra?(el: E): void;
}

export function untrustedStringsContract<E extends AnyCivic = AnyCivic>(o: UntrustedStringsContract<E>): void {
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;
  afterEach(() => delete (window as { __xss?: unknown }).__xss);

  it('shows HTML and script payloads in every string field as text and executes nothing', async () => {
    const el = await mount<E>(o.tag, { 'show-table': '' });
    o.prepare?.(el);
    // (Payloads in district names are districts the map lacks: the element warns, as it should.)
    await captureWarnings(async () => {
      el.data = o.data();
      await drawing.drawn(el);
    });
    // Show the tooltip through the keyboard.
    const chart = part(el, 'chart')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: o.key }));
    await until(() => !part(el, 'tooltip')!.hidden, 'the keyboard tooltip');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, b')).to.have.length(0);
    expect(partText(el, 'title')).to.contain('<img src=x onerror="window.__xss=1">').and.contain('<script>window.__xss=2</script>');
    for (const name of o.parts) expect(partText(el, name), name).to.contain('<img src=x');
    o.extra?.(el);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(el.getAttribute('aria-label')).to.contain('<img src=x');
  });
}

/* ------------------------------------------------------------------------------------------------
 * Lifecycle
 * --------------------------------------------------------------------------------------------- */

export type LifecycleTest = 'lazy' | 'dispose' | 'resize' | 'theme' | 'autoTheme' | 'portal' | 'reducedMotion';

export interface LifecycleContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  /** The record most tests draw. */
  record: string;
  drawing?: Drawing<E>;
  titles?: Partial<Record<LifecycleTest, string>>;
  /** Nothing is drawn until the element is near the viewport; the summary is there at once (`before`: more checks then). */
  lazy: { record?: string; summaryContains: string; before?(el: E): void; afterDraw?(el: E): void };
  /**
   * Removal releases the drawing and the viewport observer; re-insertion draws again (`check` the
   * second drawing).
   */
  dispose: { record?: string; check(el: E, handle: any): void };
  /** The drawing follows its container's width (not the window's); `each` checks it at each width. */
  resize: { record?: string; each?(el: E): void } | Skip;
  /**
   * A theme change restyles the live drawing: `colours` differ in dark, `highContrast` checks the
   * high-contrast drawing (set through `highContrastBy`), light brings the colours back.
   */
  theme: {
    record?: string;
    colours(el: E): unknown;
    /** Further checks of the dark drawing; `light` is what `colours` read in light. */
    dark?(el: E, light: any): void;
    highContrastBy?: 'attribute' | 'property';
    highContrast(el: E): void;
  };
  /** theme="auto" follows the OS colour scheme, in the same drawing. */
  autoTheme: { colours(el: E): unknown };
  /** --civic-* custom properties restyle the drawing (`check`) and the surface. */
  portal: { style: string; record?: string; check(el: E): void };
  /** prefers-reduced-motion turns the animation off. */
  reducedMotion: { animation(el: E): unknown } | Skip;
}

export function lifecycleContract<E extends AnyCivic = AnyCivic>(o: LifecycleContract<E>): void {
  const { tag } = o;
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;
  const title = (k: LifecycleTest, fallback: string) => o.titles?.[k] ?? fallback;

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  const lazy = o.lazy;
  it(title('lazy', 'draws nothing until the element comes near the viewport; text is there at once'), async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    const el = make<E>(tag, { record: lazy.record ?? o.record });
    const events = countEvents(el);
    await wrapped('', spacer, el);
    await events.reach('civic-ready', 1);
    await quiet(el);
    expect(drawing.handle(el)).to.equal(undefined);
    expect(drawing.painted(el)).to.equal(false);
    // The summary is there already: text does not wait for the viewport.
    expect(partText(el, 'summary')).to.contain(lazy.summaryContains);
    lazy.before?.(el);
    el.scrollIntoView();
    await drawing.drawn(el);
    expect(drawing.painted(el)).to.equal(true);
    lazy.afterDraw?.(el);
  });

  const dispose = o.dispose;
  it(title('dispose', 'releases the drawing and its viewport observer when removed, and draws again when re-inserted'), async () => {
    const tracker = trackObservers();
    try {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      const el = make<E>(tag, { record: dispose.record ?? o.record });
      const wrap = await wrapped('', spacer, el);
      await untilState(el, 'ready');
      expect(tracker.live.has(el), 'waiting for the viewport').to.equal(true);
      // Removed before it was drawn: nothing watches it any more; re-inserted: watched again.
      el.remove();
      await el.updateComplete;
      expect(tracker.live.has(el)).to.equal(false);
      wrap.append(el);
      await el.updateComplete;
      expect(tracker.live.has(el)).to.equal(true);
      el.scrollIntoView();
      const first = await drawing.drawn(el);
      // Removed after drawing: the drawing is released and nothing watches the element.
      el.remove();
      await el.updateComplete;
      expect(drawing.released(first)).to.equal(true);
      expect(drawing.handle(el)).to.equal(undefined);
      expect(drawing.painted(el)).to.equal(false);
      expect(tracker.live.has(el)).to.equal(false);
      wrap.prepend(el);
      el.scrollIntoView();
      const second = await drawing.drawn(el);
      expect(second).not.to.equal(first);
      expect(drawing.released(second)).to.equal(false);
      expect(el.state).to.equal('ready');
      dispose.check(el, second);
    } finally {
      tracker.restore();
    }
  });

  declare(title('resize', 'resizes with its container, not the window, and skips zero sizes'), o.resize, (r) => async () => {
    const el = make<E>(tag, { record: r.record ?? o.record });
    const wrap = await wrapped('width: 600px', el);
    const handle = await drawing.drawn(el);
    expect(drawing.width(el)).to.be.closeTo(inner(600), 0.5);
    r.each?.(el);
    wrap.style.width = '400px';
    await until(() => Math.abs(drawing.width(el) - inner(400)) < 0.5, 'a resize to 400px');
    r.each?.(el);
    wrap.style.display = 'none';
    await nextFrame();
    await nextFrame();
    // A chart keeps its size while hidden (a zero size would redraw it empty); DOM rows just hide.
    if (drawing.echarts) expect(drawing.width(el)).to.be.closeTo(inner(400), 0.5);
    wrap.style.display = '';
    wrap.style.width = '500px';
    await until(() => Math.abs(drawing.width(el) - inner(500)) < 0.5, 'a resize to 500px');
    r.each?.(el);
    expect(drawing.handle(el)).to.equal(handle);
  });

  const theme = o.theme;
  it(title('theme', 'restyles a live chart on a theme change without re-creating it'), async () => {
    const el = await mount<E>(tag, { record: theme.record ?? o.record });
    const drawn = await drawing.drawn(el);
    const light = theme.colours(el);
    el.theme = 'dark';
    await el.updateComplete;
    expect(drawing.handle(el)).to.equal(drawn);
    expect(theme.colours(el)).not.to.deep.equal(light);
    theme.dark?.(el, light);
    if ((theme.highContrastBy ?? 'attribute') === 'attribute') el.setAttribute('theme', 'high-contrast');
    else el.theme = 'high-contrast';
    await el.updateComplete;
    expect(drawing.handle(el)).to.equal(drawn);
    theme.highContrast(el);
    el.theme = 'light';
    await el.updateComplete;
    expect(theme.colours(el)).to.deep.equal(light);
  });

  const auto = o.autoTheme;
  it(title('autoTheme', 'follows the OS colour scheme with theme="auto"'), async () => {
    const el = await mount<E>(tag, { theme: 'auto', record: o.record });
    const drawn = await drawing.drawn(el);
    const before = JSON.stringify(auto.colours(el));
    const surfaceBefore = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => JSON.stringify(auto.colours(el)) !== before, 'a dark restyle');
    expect(getComputedStyle(el).backgroundColor).not.to.equal(surfaceBefore);
    expect(drawing.handle(el)).to.equal(drawn);
  });

  const portal = o.portal;
  it(title('portal', 'portals restyle with --civic-* custom properties'), async () => {
    const el = await mount<E>(tag, { style: portal.style, record: portal.record ?? o.record });
    await drawing.drawn(el);
    portal.check(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  declare(title('reducedMotion', 'turns animation off for prefers-reduced-motion'), o.reducedMotion, (m) => async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount<E>(tag, { record: o.record });
    await drawing.drawn(el);
    expect(m.animation(el)).to.equal(false);
    // A first drawing never animates (chart-element.ts): a change after it must not either.
    const chart = (el as unknown as { chart?: { getOption(): { series: unknown } } }).chart;
    if (!chart) return;
    const before = JSON.stringify(chart.getOption().series);
    el.setAttribute('locale', 'en');
    await until(() => JSON.stringify(chart.getOption().series) !== before, 'the chart redrawn in English');
    expect(m.animation(el)).to.equal(false);
  });
}

/* ------------------------------------------------------------------------------------------------
 * Events
 * --------------------------------------------------------------------------------------------- */

export interface EventsContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  drawing?: Drawing<E>;
  /** Valid data (its English source line starts with "Source: "). */
  data(): object;
  named(name: string): object;
  titleFor(name: string): string;
  /** Input the element rejects; each call a new object. */
  bad(): unknown;
  /** Hides a series with the legend and waits until the drawing shows it. */
  legend: { toggle(el: E): Promise<void> } | Skip;
}

/**
 * `civic-ready` exactly once per new data (whatever the source) and never for anything else: a
 * theme, locale or size change, a legend toggle, re-insertion, a source that a present one
 * outranks. `civic-error` once per rejected input.
 */
export function eventsContract<E extends AnyCivic = AnyCivic>(o: EventsContract<E>): void {
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;

  it('fires civic-ready once per new data (property, data attribute, child script, script edit), bubbling and composed', async () => {
    const el = make<E>(o.tag);
    const events = countEvents(el);
    await wrapped('width: 600px', el);
    el.data = o.data();
    await events.reach('civic-ready', 1);
    const ev = events.last('civic-ready')!;
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
    expect(ev.detail.data).to.equal(el.data);
    expect(el.state).to.equal('ready');
    await drawing.drawn(el);
    el.data = o.named('再来');
    await events.reach('civic-ready', 2);
    expect(events.last('civic-ready')!.detail.data).to.equal(el.data);
    expect(partText(el, 'title')).to.equal(o.titleFor('再来'));
    el.data = undefined;
    el.setAttribute('data', JSON.stringify(o.named('属性')));
    await events.reach('civic-ready', 3);
    expect(partText(el, 'title')).to.equal(o.titleFor('属性'));
    el.removeAttribute('data');
    const script = jsonScript(o.named('脚本'));
    el.append(script);
    await events.reach('civic-ready', 4);
    expect(partText(el, 'title')).to.equal(o.titleFor('脚本'));
    script.textContent = JSON.stringify(o.named('改后'));
    await events.reach('civic-ready', 5);
    expect(partText(el, 'title')).to.equal(o.titleFor('改后'));
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(5);
    expect(events.count('civic-error')).to.equal(0);
  });

  it('fires no civic-ready for a theme, locale or size change, re-insertion, or a source that the property outranks', async function () {
    this.timeout(20000);
    const el = make<E>(o.tag);
    const events = countEvents(el);
    const wrap = await wrapped('width: 600px', el);
    el.data = o.data();
    await events.reach('civic-ready', 1);
    const handle = await drawing.drawn(el);
    el.theme = 'dark';
    await el.updateComplete;
    el.setAttribute('theme', 'high-contrast');
    await el.updateComplete;
    expect(drawing.handle(el)).to.equal(handle);
    el.locale = 'en';
    await until(() => /^Source: /.test(partText(el, 'source')), 'the English texts');
    wrap.style.width = '400px';
    await until(() => Math.abs(drawing.width(el) - inner(400)) < 0.5, 'a resize to 400px');
    // Sources below the property change nothing shown: no new data.
    const title = partText(el, 'title');
    el.setAttribute('data', JSON.stringify(o.named('被覆盖')));
    el.setAttribute('record', 'no_such_record');
    await quiet(el);
    expect(partText(el, 'title')).to.equal(title);
    el.removeAttribute('data');
    el.removeAttribute('record');
    // Removed and re-inserted: drawn again, the same data.
    el.remove();
    wrap.append(el);
    await drawing.drawn(el);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(1);
    expect(events.count('civic-error')).to.equal(0);
  });

  declare('fires no civic-ready for a legend toggle', o.legend, (l) => async () => {
    const el = make<E>(o.tag);
    const events = countEvents(el);
    await wrapped('width: 600px', el);
    el.data = o.data();
    await events.reach('civic-ready', 1);
    await drawing.drawn(el);
    await l.toggle(el);
    await quiet(el);
    expect(events.count('civic-ready')).to.equal(1);
  });

  it('fires civic-error once per rejected input, not again when it re-renders, and civic-ready for good data after', async () => {
    const el = make<E>(o.tag);
    const events = countEvents(el);
    await wrapped('width: 600px', el);
    el.data = o.data();
    await events.reach('civic-ready', 1);
    await drawing.drawn(el);
    await captureWarnings(async () => {
      el.data = o.bad() as never;
      await events.reach('civic-error', 1);
      el.theme = 'dark';
      el.locale = 'en';
      await el.updateComplete;
      el.data = o.bad() as never;
      await events.reach('civic-error', 2);
      await quiet(el);
    });
    expect(events.count('civic-error')).to.equal(2);
    expect(events.count('civic-ready')).to.equal(1);
    el.data = o.named('恢复');
    await events.reach('civic-ready', 2);
    await quiet(el);
    expect(events.count('civic-error')).to.equal(2);
    expect(events.count('civic-ready')).to.equal(2);
  });
}

/* ------------------------------------------------------------------------------------------------
 * Accessibility
 * --------------------------------------------------------------------------------------------- */

/** Mounts `tag` with `attrs` in the light, dark and high-contrast themes, waits for `drawn`, runs axe-core. */
export async function expectAccessibleInEveryTheme<E extends AnyCivic = AnyCivic>(tag: string, attrs: Attrs, drawn: (el: E) => Promise<unknown>): Promise<void> {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    const el = await mount<E>(tag, { theme, ...attrs });
    await drawn(el);
    await expect(el, theme).to.be.accessible();
  }
}

export interface AccessibilityContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  drawing?: Drawing<E>;
  /** What the element shows in every theme (and with the table shown). */
  attrs: Attrs;
  /** Attributes that give the empty state (none: no source at all). */
  empty: Attrs;
  /** Further states to check: the legend, the other locale, a tooltip open (`prepare`). */
  more: { what: string; attrs: Attrs; prepare?(el: E): Promise<void> }[];
}

export function accessibilityContract<E extends AnyCivic = AnyCivic>(o: AccessibilityContract<E>): void {
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;
  const settle = async (el: E) => {
    el.scrollIntoView(); // earlier fixtures of the same test stay on the page
    await drawing.drawn(el);
  };

  it('passes axe-core in the light, dark and high-contrast themes', async function () {
    this.timeout(30000);
    await expectAccessibleInEveryTheme<E>(o.tag, o.attrs, settle);
  });

  it('passes axe-core empty and with the table shown', async function () {
    this.timeout(20000);
    const empty = await mount<E>(o.tag, o.empty);
    await untilState(empty, 'empty');
    await expect(empty).to.be.accessible();
    const shown = await mount<E>(o.tag, { 'show-table': '', ...o.attrs });
    await settle(shown);
    await expect(shown).to.be.accessible();
  });

  for (const m of o.more) {
    it(`passes axe-core ${m.what}`, async function () {
      this.timeout(20000);
      const el = await mount<E>(o.tag, m.attrs);
      await settle(el);
      await m.prepare?.(el);
      await expect(el).to.be.accessible();
    });
  }
}

/* ------------------------------------------------------------------------------------------------
 * Rendering
 * --------------------------------------------------------------------------------------------- */

export type RenderingTest = 'illustrative' | 'narrow' | 'locale' | 'display';

export interface RenderingContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  drawing?: Drawing<E>;
  titles?: Partial<Record<RenderingTest, string>>;
  /** Illustrative data (every source `illustrative`): the English source line says so. */
  illustrative: { data(): object };
  /** At 280 px the element keeps its width and nothing overflows; `extra` checks the element's own layout. */
  narrow: { attrs: Attrs; extra?(el: E): void };
  /** A record's title in both locales (for the `lang` fallback); `en` checks more English texts. */
  locale: { record: string; zh: string; en: string; extra?(el: E): void };
  /**
   * hide-title, hide-source, hide-summary and show-table, on `record` whose title is `title`;
   * `hidden` checks more with the title hidden.
   */
  display: { record: string; title: string; hidden?(el: E): void };
}

export function renderingContract<E extends AnyCivic = AnyCivic>(o: RenderingContract<E>): void {
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;
  const title = (k: RenderingTest, fallback: string) => o.titles?.[k] ?? fallback;
  const ill = o.illustrative;
  it(title('illustrative', 'says illustrative data is illustrative in the source line'), async () => {
    const el = await mount<E>(o.tag, { locale: 'en' });
    el.data = ill.data();
    await untilState(el, 'ready');
    expect(partText(el, 'source')).to.contain('Illustrative data, not real statistics');
  });

  const narrow = o.narrow;
  it(title('narrow', 'stays readable at 280 px wide'), async () => {
    const el = make<E>(o.tag, narrow.attrs);
    await wrapped('width: 280px', el);
    await drawing.drawn(el);
    expect(el.getBoundingClientRect().width).to.equal(280);
    expect(drawing.width(el)).to.be.above(0).and.at.most(280);
    expect(el.scrollWidth).to.be.at.most(280);
    narrow.extra?.(el);
  });

  const loc = o.locale;
  it(title('locale', 'takes its locale from the nearest lang attribute, else zh-CN; the locale attribute wins'), async () => {
    const inLang = async (lang: string | null, attrs: Attrs = {}, outer?: string) => {
      const el = make<E>(o.tag, { record: loc.record, ...attrs });
      const div = document.createElement('div');
      if (lang !== null) div.setAttribute('lang', lang);
      div.append(el);
      if (outer === undefined) await fixture(div);
      else await wrapped('', Object.assign(document.createElement('div'), { lang: outer }).appendChild(div).parentElement!);
      await untilState(el, 'ready');
      return el;
    };
    const en = await inLang('en-GB');
    expect(partText(en, 'title')).to.equal(loc.en);
    expect(partText(en, 'source')).to.match(/^Source: /);
    en.scrollIntoView();
    await drawing.drawn(en);
    loc.extra?.(en);
    // The nearest lang counts, not an outer one.
    expect(partText(await inLang('zh-Hans', {}, 'en'), 'title')).to.equal(loc.zh);
    // A language the library lacks: zh-CN.
    expect(partText(await inLang('fr'), 'title')).to.equal(loc.zh);
    // The locale attribute wins over lang.
    expect(partText(await inLang('zh-CN', { locale: 'en' }), 'title')).to.equal(loc.en);
    // No lang anywhere (the test page says zh-CN: taken away for this check): zh-CN.
    const root = document.documentElement;
    const pageLang = root.getAttribute('lang');
    root.removeAttribute('lang');
    try {
      expect(partText(await inLang(null), 'title')).to.equal(loc.zh);
      root.setAttribute('lang', 'en');
      expect(partText(await inLang(null), 'title')).to.equal(loc.en);
    } finally {
      if (pageLang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', pageLang);
    }
  });

  const d = o.display;
  it(title('display', 'hides the title, source and summary on request, keeping the figure labelled and described; shows and hides the table'), async () => {
    const el = await mount<E>(o.tag, { record: d.record, 'hide-title': '', 'hide-source': '', 'hide-summary': '' });
    await untilState(el, 'ready');
    await drawing.drawn(el);
    expect(part(el, 'title')).to.equal(null);
    expect(part(el, 'subtitle')).to.equal(null);
    expect(part(el, 'source')).to.equal(null);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal(d.title);
    const figure = part(el, 'chart')!;
    expect(figure.getAttribute('aria-describedby')).to.equal('summary');
    const summary = el.shadowRoot!.getElementById('summary')!;
    expect(summary.textContent!.trim()).not.to.equal('');
    expect(visuallyHidden(summary), 'the summary hidden from sight').to.equal(true);
    d.hidden?.(el);
    el.hideSummary = false;
    await el.updateComplete;
    expect(visuallyHidden(summary), 'the summary shown').to.equal(false);

    // The table: in the accessibility tree, shown to sighted readers with the toggle or show-table.
    const region = part(el, 'table')!.closest('.table-wrap')!;
    const toggle = part(el, 'table-toggle') as HTMLButtonElement;
    expect(visuallyHidden(region)).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(visuallyHidden(region)).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.hasAttribute('show-table')).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(visuallyHidden(region)).to.equal(true);
    expect(el.hasAttribute('show-table')).to.equal(false);
    const shown = await mount<E>(o.tag, { record: d.record, 'show-table': '' });
    await untilState(shown, 'ready');
    expect(visuallyHidden(part(shown, 'table')!.closest('.table-wrap')!)).to.equal(false);
    expect(part(shown, 'table-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(partText(shown, 'title')).to.equal(d.title);
  });
}
