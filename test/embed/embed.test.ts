// The iframe embed as a portal uses it: test/embed/host.html, served with the strict CSP (plus the
// frame-src it needs), embeds src/embed/embed.html from another origin in iframes and sizes them
// with embed-host. The frames run the shipped page with its own <meta> CSP; only its script is the
// TypeScript source instead of the build (test/support/embed-plugin.mjs says how).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { STRICT_CSP_HEADER } from '../support/csp-report.js';

interface View {
  tag: string | null;
  state: string | null;
  lang: string;
  message: string | null;
  messageImages: number;
  contentHeight: number;
  csp: string | null;
  title: string | null;
}
interface Box {
  styleHeight: string;
  height: number;
  clientHeight: number;
}
interface Settled {
  timedOut?: 'content' | 'size';
  view: View;
  box: Box;
}
interface Report {
  hostViolations: string[];
  frameViolations: Record<string, string[] | null>;
  consoleMessages: { type: string; text: string; url: string }[];
  pageErrors: string[];
}

const cmd = <R>(name: string, payload: Record<string, unknown> = {}) => executeServerCommand<R, Record<string, unknown>>(`embed-${name}`, payload);
const act = <R = boolean>(action: string, payload: Record<string, unknown> = {}) => cmd<R>('act', { action, ...payload });

/**
 * Waits for frame #id to show its element or message, then (if `sized`) for its iframe to match it.
 * A command must answer within 20 s and a busy machine may load a frame slower: loading is waited
 * for once more; a frame that is never sized is not.
 */
async function settle(id: string, sized = true): Promise<Settled> {
  const r = await cmd<Settled>('settle', { id, sized });
  return r.timedOut === 'content' ? cmd<Settled>('settle', { id, sized }) : r;
}

/** Reads frame #id's box until `ok` holds (a size message takes effect a frame or two later); returns the last read. */
async function boxWhen(id: string, ok: (b: Box) => boolean, ms = 3000): Promise<Box> {
  const end = performance.now() + ms;
  let b = await act<Box>('box', { id });
  while (!ok(b) && performance.now() < end) b = await act<Box>('box', { id, wait: 25 });
  return b;
}

/** The default height of an iframe (CSS 2 replaced element: 150px). */
const DEFAULT_HEIGHT = 150;
/** #gauge is styled `box-sizing: border-box; border: 3px solid` in host.css. */
const GAUGE_BORDERS = 6;

describe('iframe embed: embed.html in a portal page under the strict CSP, sized by embed-host.js', function () {
  // Several server commands per test, on a 2-core machine that may be busy.
  this.timeout(30000);
  const frames: Record<string, Settled> = {};
  let hostHeader: string | null;

  before(async function () {
    this.timeout(90000);
    ({ hostHeader } = await cmd<{ hostHeader: string | null }>('open', { page: 'host' }));
    for (const id of ['bad-element', 'cross-origin', 'allowed', 'same-origin', 'gauge']) frames[id] = await settle(id);
    frames.unmarked = await settle('unmarked', false);
  });
  after(async () => {
    await cmd('close');
  });

  it('serves the host page with the strict CSP, adding only frame-src for the embed origin', () => {
    expect(hostHeader).to.match(/^default-src 'none'; .*; frame-src http:\/\/(?:127\.0\.0\.1|localhost):\d+$/);
    expect(hostHeader!.replace(/; frame-src \S+$/, '')).to.equal(STRICT_CSP_HEADER);
  });

  it('shows the gauge ready in its frame, and the iframe takes exactly its content height', () => {
    const { view, box, timedOut } = frames.gauge!;
    expect(timedOut, JSON.stringify(frames.gauge)).to.equal(undefined);
    expect(view.tag).to.equal('civic-cluster-gauge');
    expect(view.state).to.equal('ready');
    expect(view.title).to.contain('New materials');
    expect(view.lang).to.equal('en');
    expect(view.csp).to.equal(STRICT_CSP_HEADER);
    expect(view.contentHeight).to.be.greaterThan(DEFAULT_HEIGHT + 100);
    expect(box.clientHeight).to.equal(view.contentHeight);
    // border-box with a 3px border: the reported height plus the borders.
    expect(box.styleHeight).to.equal(`${view.contentHeight + GAUGE_BORDERS}px`);
  });

  it('follows its content when a reader opens the data table', async function () {
    this.timeout(20000);
    const before = frames.gauge!.view.contentHeight;
    await act('show-table', { id: 'gauge' });
    const grown = await settle('gauge');
    expect(grown.view.contentHeight).to.be.greaterThan(before);
    expect(grown.box.clientHeight).to.equal(grown.view.contentHeight);
    frames.gauge = grown;
  });

  it('ignores size messages from any other window, and malformed ones from its own frame', async () => {
    const sized = frames.gauge!.box.styleHeight;
    await act('host-posts', { height: 999 });
    await act('frame-posts', { id: 'unmarked', messages: [{ type: 'civic-charts:size', height: 998 }] });
    await act('frame-posts', {
      id: 'gauge',
      messages: [
        { type: 'civic-charts:size', height: '700' },
        { type: 'civic-charts:size', height: -5 },
        { type: 'civic-charts:size', height: null },
        { type: 'civic-charts:size' },
        { type: 'something-else', height: 701 },
        'civic-charts:size',
      ],
    });
    // Nothing is to happen: no condition to wait for, so a fixed 400 ms for a stray resize to show.
    const after = await act<Box>('box', { id: 'gauge', wait: 400 });
    expect(after.styleHeight).to.equal(sized);
    // Control: the same listener takes its own frame's well-formed message (so the above can fail).
    await act('frame-posts', { id: 'gauge', messages: [{ type: 'civic-charts:size', height: 321.2 }] });
    expect((await boxWhen('gauge', (b) => b.styleHeight !== sized)).styleHeight).to.equal(`${322 + GAUGE_BORDERS}px`);
  });

  it('clamps a runaway height to 10000px', async () => {
    await act('frame-posts', { id: 'gauge', messages: [{ type: 'civic-charts:size', height: 1e9 }] });
    expect((await boxWhen('gauge', (b) => b.styleHeight === `${10000 + GAUGE_BORDERS}px`)).styleHeight).to.equal(`${10000 + GAUGE_BORDERS}px`);
  });

  it("answers the host page's size request with its height", async () => {
    await act('request-size', { id: 'gauge' });
    const { box, view } = await settle('gauge');
    expect(box.clientHeight).to.equal(view.contentHeight);
    expect(box.styleHeight).to.equal(`${view.contentHeight + GAUGE_BORDERS}px`);
  });

  it('leaves an iframe without data-civic-embed alone, though its page reports its height', () => {
    const { view, box } = frames.unmarked!;
    expect(view.state).to.equal('ready');
    expect(view.contentHeight).to.be.greaterThan(DEFAULT_HEIGHT);
    expect(box.styleHeight).to.equal('');
    expect(box.height).to.equal(DEFAULT_HEIGHT);
  });

  it('sizes an iframe the page adds later', async function () {
    this.timeout(30000);
    await act('add-frame', { id: 'added', query: 'element=target-progress&record=new_hitech_year&locale=en' });
    const added = await settle('added');
    expect(added.view.tag).to.equal('civic-target-progress');
    expect(added.view.state).to.equal('ready');
    expect(added.box.clientHeight).to.equal(added.view.contentHeight);
    expect(added.box.clientHeight).to.not.equal(DEFAULT_HEIGHT);
  });

  it('refuses a src on another origin with a visible message and a console warning naming src', async () => {
    const { view, box } = frames['cross-origin']!;
    expect(view.tag).to.equal('section');
    expect(view.message).to.contain('This chart cannot be shown');
    expect(view.message).to.match(/src “http:\/\/[\w.]+:\d+\/__embed__\/data\.json” is on another origin/);
    expect(box.clientHeight).to.equal(view.contentHeight);
    const { consoleMessages } = await cmd<Report>('report');
    expect(consoleMessages.some((m) => m.type === 'warn' && /^\[civic-charts embed\] src: .*another origin.*civic-embed-allow-origins.*connect-src/.test(m.text))).to.equal(true);
  });

  it('loads a src on another origin once the embed page allows it (meta list + connect-src)', () => {
    const { view, box, timedOut } = frames.allowed!;
    expect(timedOut).to.equal(undefined);
    expect(view.tag).to.equal('civic-target-progress');
    expect(view.state).to.equal('ready');
    expect(view.title).to.equal('URL test goals');
    expect(view.csp).to.match(/connect-src 'self' http:\/\/[\w.]+:\d+;/);
    expect(box.clientHeight).to.equal(view.contentHeight);
  });

  it('loads a src on its own origin by default', () => {
    const { view, box } = frames['same-origin']!;
    expect(view.tag).to.equal('civic-target-progress');
    expect(view.state).to.equal('ready');
    expect(view.title).to.equal('网址测试目标');
    expect(box.clientHeight).to.equal(view.contentHeight);
  });

  it('shows a bad element as a clear message, as text, never markup', () => {
    const { view, box } = frames['bad-element']!;
    expect(view.message).to.equal(
      'This chart cannot be shown' +
        'Unknown element “<img src=x onerror=alert(1)>”; it must be one of cluster-gauge, indicator-trend, target-progress, institute-map.',
    );
    expect(view.messageImages).to.equal(0);
    expect(box.clientHeight).to.equal(view.contentHeight);
  });

  it('runs with zero CSP violations in the host page and every frame, and no errors', async () => {
    const report = await cmd<Report>('report');
    expect(report.hostViolations, report.hostViolations.join('\n')).to.deep.equal([]);
    for (const [id, violations] of Object.entries(report.frameViolations)) {
      expect(violations, `${id}: ${JSON.stringify(violations)}`).to.deep.equal([]);
    }
    expect(Object.keys(report.frameViolations).sort()).to.deep.equal(
      ['added', 'allowed', 'bad-element', 'cross-origin', 'gauge', 'same-origin', 'unmarked'],
    );
    expect(report.pageErrors).to.deep.equal([]);
    const errors = report.consoleMessages.filter((m) => m.type === 'error' || /Refused|Content Security Policy|Trusted Type/i.test(m.text));
    expect(errors, JSON.stringify(errors)).to.deep.equal([]);
    // The frame's own <meta> policy is in force (nothing else sends it one).
    expect(await act('probe-meta-csp', { id: 'gauge' })).to.equal(true);
  });
});

describe('iframe embed: embed-host.js loaded after the frame reported its height', () => {
  after(async () => {
    await cmd('close');
  });

  it('asks the frame for its height when it starts', async function () {
    this.timeout(60000);
    await cmd('open', { page: 'host-late' });
    const before = await settle('late', false);
    expect(before.view.state).to.equal('ready');
    // The frame has reported its height to a page that did not listen yet.
    // Before the host script runs nothing may size the frame: a fixed 500 ms for a stray resize to show.
    expect((await act<Box>('box', { id: 'late', wait: 500 })).height).to.equal(DEFAULT_HEIGHT);
    await act('load-host');
    const after = await settle('late');
    expect(after.timedOut).to.equal(undefined);
    expect(after.box.clientHeight).to.equal(after.view.contentHeight);
    expect(after.box.clientHeight).to.not.equal(DEFAULT_HEIGHT);
    const report = await cmd<Report>('report');
    expect(report.hostViolations).to.deep.equal([]);
    expect(report.frameViolations).to.deep.equal({ late: [] });
  });
});
