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
 * A test whose options are not given is not registered (the element does not share that check);
 * where elements check one thing slightly differently the suite takes an option, it never drops
 * an assertion.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CivicElement } from '../../src/core/civic-element.js';
import type { EChartsType } from '../../src/core/echarts.js';
import { captureWarnings, nextFrame, oneEvent, part, partText, until, untilChart, untilState } from './helpers.js';

/** Any civic element: the suites read and set its common properties. */
export type AnyCivic = CivicElement<any> & { chart?: EChartsType; data?: any; src?: string };

type Attrs = Record<string, string | undefined>;

/** The element `tag` with `attrs` (undefined ones left out) and, if given, a child JSON script. */
export function make<E extends Element = AnyCivic>(tag: string, attrs: Attrs = {}, scriptJson?: unknown): E {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (scriptJson !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(scriptJson);
    el.append(script);
  }
  return el as unknown as E;
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Checks text: a string must be equal, a RegExp must match. */
function expectText(actual: string, expected: string | RegExp, what?: string) {
  if (typeof expected === 'string') expect(actual, what).to.equal(expected);
  else expect(actual, what).to.match(expected);
}

/**
 * How an element draws: an ECharts chart (the default) or its own DOM (the native SVG progress
 * element). `drawn` waits for the drawing and returns a handle; `handle` reads the live one, so
 * "the same drawing" is `handle(el) === drawn`.
 */
export interface Drawing<E extends AnyCivic = AnyCivic> {
  drawn(el: E): Promise<unknown>;
  handle(el: E): unknown;
  /** True when the handle is an ECharts instance (`el.chart`). */
  echarts: boolean;
}

export const echartsDrawing = (drawn: (el: AnyCivic) => Promise<EChartsType> = (el) => untilChart(el as never)): Drawing => ({
  drawn,
  handle: (el) => el.chart,
  echarts: true,
});

/* ------------------------------------------------------------------------------------------------
 * Data sources
 * --------------------------------------------------------------------------------------------- */

/** A fetch stub the element's `src` tests run under; it may record what was requested and aborted. */
export interface FetchStubLike {
  restore(): void;
  aborted?: string[];
  requested?: string[];
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
  | 'empty';

export interface DataSourceContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  /** Valid data whose title is derived from `name`. */
  named(name: string): object;
  /** The title text shown for `named(name)`. */
  titleFor(name: string): string;
  /** Titles of tests this element words differently (the check is the same). */
  titles?: Partial<Record<DataSourceTest, string>>;
  /** The data property test: the default fixture data and its title. */
  property: { data(): object; title: string; summary?: string | RegExp | { contains: string }; attrs?: Attrs };
  /** False: the script test only renders the script, it does not edit it. Default true. */
  scriptFollowsEdits?: boolean;
  /** A src URL that answers `named(name)` (or some valid data without a name) after `ms` ms. */
  fetch?: {
    slowUrl(name?: string, ms?: number): string;
    /** The name `named(name)` carries in the data (what `slowUrl(name)` answered with). */
    nameOf(data: any): unknown;
    /** Installed before each test and restored after it (for slow URLs answered in the page). */
    stub?: () => FetchStubLike;
  };
  /** A static JSON file served for `src`, and what it shows in English. */
  staticJson?: { url: string; title: string; summaryContains?: string };
  /** A URL that answers HTTP 404. */
  missingUrl: string;
  /** A record of the bundled dataset: its id, its title and its summary; ids that are not found. */
  record?: { id: string; title: string; summary: string | RegExp; unknown: string[] };
  /** Further checks of the empty state with no source at all. */
  empty?: boolean | ((el: E) => void);
}

export function dataSourceContract<E extends AnyCivic = AnyCivic>(o: DataSourceContract<E>): void {
  const { tag, named, titleFor } = o;
  const title = (k: DataSourceTest, fallback: string) => o.titles?.[k] ?? fallback;
  let stub: FetchStubLike | undefined;
  if (o.fetch?.stub) {
    const makeStub = o.fetch.stub;
    beforeEach(() => (stub = makeStub()));
    afterEach(() => stub?.restore());
  }

  it(title('property', 'renders data given as the data property and returns it from the property'), async () => {
    const el = await mount<E>(tag, o.property.attrs);
    const data = o.property.data();
    el.data = data;
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(o.property.title);
    const summary = o.property.summary;
    if (typeof summary === 'string' || summary instanceof RegExp) expectText(partText(el, 'summary'), summary);
    else if (summary) expect(partText(el, 'summary')).to.contain(summary.contains);
    expect(el.data).to.equal(data);
  });

  it(title('attribute', 'renders data given as the data attribute (JSON) and exposes it as the property'), async () => {
    const json = JSON.stringify(named('属性'));
    const el = await mount<E>(tag, { data: json });
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('属性'));
    expect(el.data).to.deep.equal(JSON.parse(json));
  });

  const follows = o.scriptFollowsEdits ?? true;
  it(title('script', 'renders data from a child <script type="application/json"> and follows edits to it'), async () => {
    const el = await mount<E>(tag, {}, named('脚本'));
    await untilState(el, 'ready');
    expect(partText(el, 'title')).to.equal(titleFor('脚本'));
    if (!follows) return;
    el.querySelector('script')!.textContent = JSON.stringify(named('改后'));
    await sleep(20);
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal(titleFor('改后'));
  });

  const f = o.fetch;
  if (f) {
    it(title('srcLoading', 'fetches the src URL, showing loading first'), async () => {
      const el = await mount<E>(tag, { src: f.slowUrl('网址', 150) });
      expect(el.state).to.equal('loading');
      expect(partText(el, 'loading')).to.equal('正在加载…');
      await oneEvent(el, 'civic-ready');
      expect(el.state).to.equal('ready');
      expect(partText(el, 'title')).to.equal(titleFor('网址'));
      expect(f.nameOf(el.data)).to.equal('网址');
    });
  }

  const s = o.staticJson;
  if (s) {
    it(title('staticJson', 'fetches a static JSON file through src'), async () => {
      const el = await mount<E>(tag, { locale: 'en', src: s.url });
      await untilState(el, 'ready');
      expect(partText(el, 'title')).to.equal(s.title);
      if (s.summaryContains !== undefined) expect(partText(el, 'summary')).to.contain(s.summaryContains);
    });
  }

  if (f) {
    it(title('lateResponse', 'never lets a late response overwrite a newer src'), async () => {
      const el = await mount<E>(tag, { src: f.slowUrl('旧', 600) });
      el.src = f.slowUrl('新', 50);
      await untilState(el, 'ready');
      expect(partText(el, 'title')).to.equal(titleFor('新'));
      await sleep(800);
      await el.updateComplete;
      expect(partText(el, 'title')).to.equal(titleFor('新'));
      if (stub?.aborted) expect(stub.aborted).to.deep.equal([new URL(f.slowUrl('旧', 600), location.href).search]);
    });

    it(title('abort', 'aborts the fetch when the element is removed, and fetches again when re-inserted'), async () => {
      const el = await mount<E>(tag, { src: f.slowUrl('再次', 300) });
      const parent = el.parentElement!;
      el.remove();
      await sleep(450);
      if (stub?.aborted) expect(stub.aborted).to.have.length(1);
      expect(el.state).to.equal('loading');
      expect(el.data).to.equal(undefined);
      parent.append(el);
      await untilState(el, 'ready');
      expect(partText(el, 'title')).to.equal(titleFor('再次'));
      if (stub?.requested) expect(stub.requested).to.have.length(2);
    });

    it(title('timeout', 'times out a slow src with a visible error naming src'), async () => {
      const el = await mount<E>(tag, { locale: 'en', 'fetch-timeout': '100', src: f.slowUrl(undefined, 2000) });
      const warnings = await captureWarnings(async () => {
        const ev = await oneEvent(el, 'civic-error');
        expect(ev.detail.issues[0].path).to.equal('src');
      });
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.match(/^Loading the data timed out: src timed out after 100 ms/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('src');
    });
  }

  it(title('httpFailure', 'shows an HTTP failure of src as an error'), async () => {
    const el = await mount<E>(tag, { src: o.missingUrl });
    await captureWarnings(() => untilState(el, 'error'));
    expect(partText(el, 'error')).to.equal('数据加载失败：src returned HTTP 404');
  });

  const r = o.record;
  if (r) {
    it(title('record', 'loads a record of the bundled dataset'), async () => {
      const el = await mount<E>(tag, { record: r.id });
      expect(el.state).to.equal('loading');
      await untilState(el, 'ready');
      expectText(partText(el, 'summary'), r.summary);
    });

    it(title('unknownRecord', 'reports an unknown record id as an error'), async () => {
      for (const id of r.unknown) {
        let el!: E;
        const warnings = await captureWarnings(async () => {
          el = await mount<E>(tag, { record: id });
          await untilState(el, 'error');
        });
        expect(partText(el, 'error'), id).to.contain('未找到数据记录');
        expect(warnings, id).to.have.length(1);
        expect(warnings[0], id).to.contain('record');
      }
    });
  }

  if (f && r) {
    it(title('precedence', 'takes the first present source: property, then attribute, then script, then src, then record'), async () => {
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
      await untilState(el, 'ready');
      await el.updateComplete;
      await sleep(50);
      await el.updateComplete;
      expect(partText(el, 'title')).to.equal(r.title);
      el.removeAttribute('record');
      await untilState(el, 'empty');
      expect(partText(el, 'empty')).to.equal('暂无数据');
      expect(el.data).to.equal(undefined);
    });
  }

  const empty = o.empty;
  if (empty) {
    it(title('empty', 'shows the empty state with no source at all, never a made-up chart'), async () => {
      const el = await mount<E>(tag);
      expect(el.state).to.equal('empty');
      expect(el.getAttribute('state')).to.equal('empty');
      expect(partText(el, 'empty')).to.equal('暂无数据');
      expect(el.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
      if (typeof empty === 'function') empty(el);
    });
  }
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
  /** Register the "data attribute is not JSON" test. */
  notJson?: boolean;
  /** The "keeps the last good drawing and data" test. */
  lastGood?: {
    title?: string;
    drawing?: Drawing<E>;
    good(): object;
    bad(): unknown;
    /** Element-specific checks that the last good data is still drawn, after the bad data. */
    kept(el: E): void;
    recovered(): object;
    /** Element-specific checks that the recovered data is drawn. */
    recoveredCheck(el: E): void;
  };
}

export function validationContract<E extends AnyCivic = AnyCivic>(o: ValidationContract<E>): void {
  const caseTitle = o.caseTitle ?? ((what, path) => `rejects ${what} with the error state naming ${path}, without throwing`);
  for (const [what, input, path] of o.cases) {
    it(caseTitle(what, path), async () => {
      const el = await mount<E>(o.tag, { locale: 'en' });
      let detail: { message: string; issues: { path: string; message: string }[] } | undefined;
      el.addEventListener('civic-error', (e) => (detail = (e as CustomEvent).detail));
      const warnings = await captureWarnings(async () => {
        expect(() => (el.data = input as never)).not.to.throw();
        await el.updateComplete;
      });
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(detail!.issues.map((i) => i.path)).to.include(path);
      expect(partText(el, 'error')).to.match(/^Invalid data: /).and.contain(path);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(path);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  if (o.notJson) {
    it('rejects an invalid data attribute (not JSON) naming the attribute', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await mount<E>(o.tag, { data: '{not json' });
        expect(el.state).to.equal('error');
        expect(partText(el, 'error')).to.match(/^数据无效：data is not valid JSON/);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('data is not valid JSON');
    });
  }

  const g = o.lastGood;
  if (g) {
    const drawing = (g.drawing ?? echartsDrawing()) as Drawing<E>;
    it(g.title ?? 'keeps the last good chart and data when bad data arrives, and recovers with good data', async () => {
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
      if (drawing.echarts) expect(drawing.handle(el)).to.equal(drawn);
      expect(part(el, 'chart')!.closest('.plot')!.hasAttribute('hidden')).to.equal(false);
      g.kept(el);
      el.data = g.recovered();
      await untilState(el, 'ready');
      expect(part(el, 'error')).to.equal(null);
      g.recoveredCheck(el);
    });
  }
}

/* ------------------------------------------------------------------------------------------------
 * Untrusted strings
 * --------------------------------------------------------------------------------------------- */

export interface UntrustedStringsContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  /** Data with the XSS payload in every string field (the title also carries a <script>). */
  data(): object;
  drawing?: Drawing<E>;
  /** The key that shows the first tooltip from the focused chart. */
  key: string;
  /** Wait this long after the key (ECharts' tooltip follows a frame later). */
  settleMs?: number;
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
    el.data = o.data();
    await drawing.drawn(el);
    // Show the tooltip through the keyboard.
    const chart = part(el, 'chart')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: o.key }));
    await el.updateComplete;
    if (o.settleMs) await sleep(o.settleMs);
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

export type LifecycleTest = 'lazy' | 'dispose' | 'resize' | 'theme' | 'autoTheme' | 'portal' | 'reducedMotion' | 'ready';

export interface LifecycleContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  /** The record most tests draw. */
  record: string;
  drawing?: Drawing<E>;
  titles?: Partial<Record<LifecycleTest, string>>;
  /** Nothing is drawn until the element is near the viewport; the summary is there at once. */
  lazy?: { record?: string; settleMs?: number; summaryContains: string; afterDraw?(el: E): void };
  /** Removal disposes the ECharts instance; re-insertion draws again (`check` the second drawing). */
  dispose?: { record?: string; check(el: E, chart: EChartsType): void };
  /** The chart follows its container's width (not the window's) and skips zero sizes. */
  resize?: boolean;
  /**
   * A theme change restyles the live drawing: `colours` differ in dark, `highContrast` checks the
   * high-contrast drawing (set through `highContrastBy`), light brings the colours back.
   */
  theme?: {
    record?: string;
    colours(el: E): unknown;
    /** Further checks of the dark drawing; `light` is what `colours` read in light. */
    dark?(el: E, light: any): void;
    highContrastBy?: 'attribute' | 'property';
    highContrast(el: E): void;
  };
  /** theme="auto" follows the OS colour scheme, in the same drawing. */
  autoTheme?: { colours(el: E): unknown };
  /** --civic-* custom properties restyle the drawing (`check`) and the surface. */
  portal?: { style: string; record?: string; check(el: E): void };
  /** prefers-reduced-motion turns the animation off. */
  reducedMotion?: { animation(el: E): unknown };
  /** civic-ready fires after each render of new data. */
  ready?: { named(name: string): object; titleFor(name: string): string; data(): object; summaryContains?: string };
}

export function lifecycleContract<E extends AnyCivic = AnyCivic>(o: LifecycleContract<E>): void {
  const { tag } = o;
  const drawing = (o.drawing ?? echartsDrawing()) as Drawing<E>;
  const title = (k: LifecycleTest, fallback: string) => o.titles?.[k] ?? fallback;

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  const lazy = o.lazy;
  if (lazy) {
    it(title('lazy', 'creates no chart until the element comes near the viewport'), async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      const wrap = await wrapped('', spacer, make(tag, { record: lazy.record ?? o.record }));
      const el = wrap.querySelector<E>(tag)!;
      await untilState(el, 'ready');
      await sleep(lazy.settleMs ?? 200);
      expect(el.chart).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
      // The summary is there already: text does not wait for the viewport.
      expect(partText(el, 'summary')).to.contain(lazy.summaryContains);
      el.scrollIntoView();
      const chart = (await drawing.drawn(el)) as EChartsType;
      expect(chart.isDisposed()).not.to.equal(true);
      expect(el.shadowRoot!.querySelector('canvas')).not.to.equal(null);
      lazy.afterDraw?.(el);
    });
  }

  const dispose = o.dispose;
  if (dispose) {
    it(title('dispose', 'disposes the chart when removed and renders again when re-inserted'), async () => {
      const el = await mount<E>(tag, { record: dispose.record ?? o.record });
      const first = (await drawing.drawn(el)) as EChartsType;
      const parent = el.parentElement!;
      el.remove();
      expect(first.isDisposed()).to.equal(true);
      expect(el.chart).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
      parent.append(el);
      const second = (await drawing.drawn(el)) as EChartsType;
      expect(second).not.to.equal(first);
      expect(second.isDisposed()).not.to.equal(true);
      dispose.check(el, second);
    });
  }

  if (o.resize) {
    it(title('resize', 'resizes with its container, not the window, and skips zero sizes'), async () => {
      const wrap = await wrapped('width: 600px', make(tag, { record: o.record }));
      const el = wrap.querySelector<E>(tag)!;
      const chart = (await drawing.drawn(el)) as EChartsType;
      const inner = (w: number) => w - 2 - 32; // border and padding
      expect(chart.getWidth()).to.equal(inner(600));
      wrap.style.width = '400px';
      await until(() => chart.getWidth() === inner(400), 'a resize to 400px');
      wrap.style.display = 'none';
      await nextFrame();
      await nextFrame();
      expect(chart.getWidth()).to.equal(inner(400));
      wrap.style.display = '';
      wrap.style.width = '500px';
      await until(() => chart.getWidth() === inner(500), 'a resize to 500px');
      expect(el.chart).to.equal(chart);
    });
  }

  const theme = o.theme;
  if (theme) {
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
  }

  const auto = o.autoTheme;
  if (auto) {
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
  }

  const portal = o.portal;
  if (portal) {
    it(title('portal', 'portals restyle with --civic-* custom properties'), async () => {
      const el = await mount<E>(tag, { style: portal.style, record: portal.record ?? o.record });
      await drawing.drawn(el);
      portal.check(el);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
    });
  }

  const motion = o.reducedMotion;
  if (motion) {
    it(title('reducedMotion', 'turns animation off for prefers-reduced-motion'), async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount<E>(tag, { record: o.record });
      await drawing.drawn(el);
      expect(motion.animation(el)).to.equal(false);
    });
  }

  const ready = o.ready;
  if (ready) {
    it(title('ready', 'fires civic-ready after each render of new data'), async () => {
      const el = await mount<E>(tag);
      let event = oneEvent(el, 'civic-ready');
      el.data = ready.data();
      let ev = await event;
      expect(ev.bubbles).to.equal(true);
      expect(ev.composed).to.equal(true);
      expect(ev.detail.data).to.equal(el.data);
      expect(el.state).to.equal('ready');
      if (ready.summaryContains !== undefined) expect(partText(el, 'summary')).to.contain(ready.summaryContains);
      event = oneEvent(el, 'civic-ready');
      el.data = ready.named('再来');
      ev = await event;
      expect(ev.detail.data).to.equal(el.data);
      expect(partText(el, 'title')).to.equal(ready.titleFor('再来'));
    });
  }
}

/* ------------------------------------------------------------------------------------------------
 * Accessibility
 * --------------------------------------------------------------------------------------------- */

/** Mounts `tag` with `attrs` in the light, dark and high-contrast themes, waits for `drawn`, runs axe-core. */
export async function expectAccessibleInEveryTheme<E extends AnyCivic = AnyCivic>(tag: string, attrs: Attrs, drawn: (el: E) => Promise<unknown>): Promise<void> {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    const el = await mount<E>(tag, { theme, ...attrs });
    await drawn(el);
    await expect(el).to.be.accessible();
  }
}

/* ------------------------------------------------------------------------------------------------
 * Rendering
 * --------------------------------------------------------------------------------------------- */

export type RenderingTest = 'illustrative' | 'narrow';

export interface RenderingContract<E extends AnyCivic = AnyCivic> {
  tag: string;
  titles?: Partial<Record<RenderingTest, string>>;
  /** Illustrative data (every source `illustrative`): the English source line says so. */
  illustrative?: { data(): object };
  /** At 280 px the element keeps its width and nothing overflows; `extra` checks the element's own layout. */
  narrow?: { attrs: Attrs; drawing?: Drawing<E>; extra?(el: E): void };
}

export function renderingContract<E extends AnyCivic = AnyCivic>(o: RenderingContract<E>): void {
  const title = (k: RenderingTest, fallback: string) => o.titles?.[k] ?? fallback;
  const ill = o.illustrative;
  if (ill) {
    it(title('illustrative', 'says illustrative data is illustrative in the source line'), async () => {
      const el = await mount<E>(o.tag, { locale: 'en' });
      el.data = ill.data();
      await untilState(el, 'ready');
      expect(partText(el, 'source')).to.contain('Illustrative data, not real statistics');
    });
  }
  const narrow = o.narrow;
  if (narrow) {
    const drawing = (narrow.drawing ?? echartsDrawing()) as Drawing<E>;
    it(title('narrow', 'stays readable at 280 px wide'), async () => {
      const wrap = await wrapped('width: 280px', make(o.tag, narrow.attrs));
      const el = wrap.querySelector<E>(o.tag)!;
      await drawing.drawn(el);
      expect(el.getBoundingClientRect().width).to.equal(280);
      if (drawing.echarts) expect(el.chart!.getWidth()).to.be.at.most(280);
      expect(el.scrollWidth).to.be.at.most(280);
      narrow.extra?.(el);
    });
  }
}
