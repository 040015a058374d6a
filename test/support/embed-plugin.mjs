// The iframe embed (dist/embed.html + dist/cdn/embed-host.js) as a portal uses it, in the test runner.
//
// Routes (the test server answers on two origins: http://localhost:PORT and http://127.0.0.1:PORT;
// the host page is on one, its frames on the other, as a portal and a CDN would be):
//   /__embed__/embed.html        the shipped page, src/embed/embed.html, byte for byte except its
//                                script: ./cdn/embed.js (the build) becomes /__embed__/js/embed.js,
//                                the same code from source bundled by esbuild once per run (served
//                                module by module, each frame asked for hundreds of ECharts sources,
//                                and seven frames at once starved this 2-core machine until frames
//                                stopped answering). No CSP header: the page's own <meta> policy is
//                                the one under test.
//   /__embed__/js/*.js           that bundle and its chunks (the elements load on demand, as in dist/cdn).
//   /__embed__/embed-allow.html  the same page configured as the README says to allow data from the
//                                other origin: that origin in <meta name="civic-embed-allow-origins">
//                                and in connect-src.
//   /__embed__/data.json         a target-progress document, with Access-Control-Allow-Origin: *.
//   /__embed__/host.html, /__embed__/host-late.html
//                                test/embed/host*.html with the strict CSP of SPEC.md plus
//                                `frame-src <frame origin>` (the strict policy alone allows no frame).
//
// Server commands `embed-open`, `embed-settle`, `embed-act`, `embed-report`, `embed-close` (see
// STEPS): open a host page in a new tab and drive it as a reader, a portal and a stranger would,
// returning what they measured to test/embed/embed.test.ts, which asserts.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './csp-plugin.mjs';

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BUILT_SCRIPT = '<script type="module" src="./cdn/embed.js"></script>';
const DEV_SCRIPT = '<script type="module" src="/__embed__/js/embed.js"></script>';

/** src/embed/main.ts bundled with code splitting, built on first request: file name → code. */
let bundle;
function embedBundle() {
  bundle ??= build({
    entryPoints: { embed: path.join(repoRoot, 'src/embed/main.ts') },
    absWorkingDir: repoRoot,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/bundle',
    tsconfig: path.join(repoRoot, 'tsconfig.json'),
    // ECharts' sources read process.env.NODE_ENV; the CDN build compiles it in the same way.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  }).then((r) => new Map(r.outputFiles.map((f) => [path.basename(f.path), f.text])));
  return bundle;
}

/** The other of the two names of the test server (localhost ↔ 127.0.0.1), as an origin. */
function otherOrigin(host) {
  const [name, port] = host.split(':');
  return `http://${name === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
}

async function embedPage({ allowOrigin } = {}) {
  let page = await readFile(path.join(repoRoot, 'src/embed/embed.html'), 'utf8');
  if (!page.includes(BUILT_SCRIPT)) throw new Error(`src/embed/embed.html no longer contains ${BUILT_SCRIPT}`);
  page = page.replace(BUILT_SCRIPT, DEV_SCRIPT);
  if (allowOrigin) {
    // The two edits the README asks of a portal that allows another data origin.
    const meta = '<meta name="civic-embed-allow-origins" content="" />';
    const connect = "connect-src 'self';";
    if (!page.includes(meta) || !page.includes(connect)) throw new Error('src/embed/embed.html changed: update embed-plugin.mjs');
    page = page
      .replace(meta, `<meta name="civic-embed-allow-origins" content="${allowOrigin}" />`)
      .replace(connect, `connect-src 'self' ${allowOrigin};`);
  }
  return page;
}

const nextTick = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` (async) until it returns a truthy value or `ms` pass; returns the last value. */
async function until(fn, ms = 15000) {
  const end = Date.now() + ms;
  let value;
  while (Date.now() < end) {
    value = await fn();
    if (value) return value;
    await nextTick(50);
  }
  return value;
}

/** What a frame shows: the element's state, the embed message's text, the page's height. */
function frameView() {
  const el = document.body.firstElementChild;
  const message = document.querySelector('.civic-embed-message');
  return {
    tag: el?.localName ?? null,
    state: el?.getAttribute('state') ?? null,
    lang: document.documentElement.lang,
    message: message ? message.textContent : null,
    messageImages: message ? message.querySelectorAll('img').length : 0,
    contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    title: el?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? null,
    violations: window.__violations ?? null,
  };
}

/** The iframe as the host page lays it out. */
function frameBox(id) {
  const f = document.getElementById(id);
  return { styleHeight: f.style.height, height: f.getBoundingClientRect().height, clientHeight: f.clientHeight };
}

const settled = (v) => v && (v.message !== null || (v.state && v.state !== 'loading'));

/** One open host page per test session (commands answer within 20 s, so a check is several steps). */
const tabs = new Map();

/**
 * The steps of a check, each a server command `embed-<name>`:
 *   open { page }        opens /__embed__/<page>.html in a new tab; → { hostHeader }
 *   settle { id, sized } waits until frame #id shows its element or message (and, when `sized`,
 *                        until the iframe is as tall as its content); → { view, box, timedOut? }
 *                        (timedOut: 'content' while it still loads, 'size' if it was never sized)
 *   act { action, id }   does something a reader, a portal or a stranger would (see ACTIONS); → its result
 *   report               violations in the host page and each frame, console messages, page errors
 *   close                closes the tab
 */
const STEPS = {
  async open({ session, payload }) {
    const testPage = session.browser.getPage(session.id);
    await tabs.get(session.id)?.page.close().catch(() => {});
    const page = await testPage.browser().newPage();
    await page.setViewport({ width: 1000, height: 4000 });
    const tab = { page, consoleMessages: [], pageErrors: [] };
    tabs.set(session.id, tab);
    page.on('console', (m) => tab.consoleMessages.push({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
    page.on('pageerror', (e) => tab.pageErrors.push(String(e?.message ?? e)));
    // Registered in every frame before its scripts run (DevTools protocol, not subject to CSP).
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample ?? ''}`.trim());
      });
    });
    const origin = new URL(testPage.url()).origin.replace('127.0.0.1', 'localhost');
    tab.origin = origin;
    const response = await page.goto(`${origin}/__embed__/${payload.page ?? 'host'}.html`, { waitUntil: 'domcontentloaded' });
    return { hostHeader: response?.headers()['content-security-policy'] ?? null, frameOrigin: otherOrigin(new URL(origin).host) };
  },
  async settle({ tab, payload }) {
    const { id, sized = true } = payload;
    const content = await until(async () => {
      const v = await view(tab, id);
      return settled(v) ? v : undefined;
    }, 10000);
    if (!content) return { timedOut: 'content', view: await view(tab, id), box: await box(tab, id) };
    if (!sized) return { view: content, box: await box(tab, id) };
    // The frame reports its height as soon as it changes: a few frames, not seconds.
    const result = await until(async () => {
      const [v, b] = [await view(tab, id), await box(tab, id)];
      return Math.abs(b.clientHeight - v.contentHeight) <= 0.5 ? { view: v, box: b } : undefined;
    }, 3000);
    return result ?? { timedOut: 'size', view: await view(tab, id), box: await box(tab, id) };
  },
  async act({ tab, payload }) {
    const action = ACTIONS[payload.action];
    if (!action) throw new Error(`embed-act: no action ${payload.action}`);
    return action(tab, payload);
  },
  async report({ tab }) {
    const frames = {};
    for (const f of await tab.page.$$('iframe')) {
      const id = await f.evaluate((el) => el.id);
      const frame = await f.contentFrame();
      frames[id] = frame ? await frame.evaluate(() => window.__violations ?? null) : null;
    }
    return {
      hostViolations: await tab.page.evaluate(() => window.__violations),
      frameViolations: frames,
      consoleMessages: [...tab.consoleMessages],
      pageErrors: [...tab.pageErrors],
    };
  },
  async close({ session, tab }) {
    tabs.delete(session.id);
    await tab.page.close();
    return true;
  },
};

const frameOf = async (tab, id) => (await tab.page.$(`#${id}`))?.contentFrame();
async function view(tab, id) {
  const frame = await frameOf(tab, id);
  // A frame still busy loading may not answer for seconds: the command must answer within 20 s
  // (the test asks again while it loads), so one look waits 3 s at most.
  return frame ? Promise.race([frame.evaluate(frameView).catch(() => null), nextTick(3000).then(() => null)]) : null;
}
const box = (tab, id) => tab.page.evaluate(frameBox, id);
const post = (height, type = 'civic-charts:size') => ({ type, height });

/** Things done to the host page or inside a frame. */
const ACTIONS = {
  /** A reader shows the data table of the element in frame #id. */
  async 'show-table'(tab, { id }) {
    await (await frameOf(tab, id)).evaluate(async () => {
      const el = document.body.firstElementChild;
      el.shadowRoot.querySelector('[part~="table-toggle"]').click();
      await el.updateComplete;
    });
    return true;
  },
  /** The host page posts a size message to itself. */
  async 'host-posts'(tab, { height }) {
    await tab.page.evaluate((m) => window.postMessage(m, '*'), post(height));
    return true;
  },
  /** Frame #id posts `messages` to its parent, as its own script would. */
  async 'frame-posts'(tab, { id, messages }) {
    await (await frameOf(tab, id)).evaluate((ms) => ms.forEach((m) => parent.postMessage(m, '*')), messages);
    return true;
  },
  /** The host page adds an embed iframe after the host script started. */
  async 'add-frame'(tab, { id, query }) {
    const src = `${otherOrigin(new URL(tab.origin).host)}/__embed__/embed.html?${query}`;
    await tab.page.evaluate(
      (fid, fsrc) => {
        const f = document.createElement('iframe');
        f.id = fid;
        f.title = 'Added later';
        f.setAttribute('data-civic-embed', '');
        f.src = fsrc;
        document.body.append(f);
      },
      id,
      src,
    );
    return true;
  },
  /** The host page asks frame #id for its height, as embed-host.js does when it starts. */
  async 'request-size'(tab, { id }) {
    await tab.page.evaluate((fid) => document.getElementById(fid).contentWindow.postMessage({ type: 'civic-charts:size-request' }, '*'), id);
    return true;
  },
  /** host-late.html: loads embed-host.js now. */
  async 'load-host'(tab) {
    await tab.page.evaluate(() => window.__loadEmbedHost());
    return true;
  },
  /** The iframe #id as laid out, after `wait` ms. */
  async box(tab, { id, wait = 0 }) {
    await nextTick(wait);
    return box(tab, id);
  },
  /**
   * Whether frame #id enforces its own <meta> policy (no header sends one): Trusted Types refuse a
   * string for innerHTML. The probe is itself a violation: call `report` first.
   */
  async 'probe-meta-csp'(tab, { id }) {
    return (await frameOf(tab, id)).evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (e) {
        return e instanceof TypeError;
      }
    });
  },
};

export function embedPlugin() {
  return {
    name: 'civic-embed',
    async serve(context) {
      if (!context.path.startsWith('/__embed__/')) return undefined;
      const name = context.path.slice('/__embed__/'.length);
      const other = otherOrigin(context.host);
      if (name.startsWith('js/')) {
        const code = (await embedBundle()).get(name.slice('js/'.length));
        return code === undefined ? undefined : { body: code, type: 'js' };
      }
      if (name === 'embed.html') return { body: await embedPage(), type: 'html', headers: { 'Cache-Control': 'no-store' } };
      if (name === 'embed-allow.html') {
        return { body: await embedPage({ allowOrigin: other }), type: 'html', headers: { 'Cache-Control': 'no-store' } };
      }
      if (name === 'data.json') {
        return {
          body: await readFile(path.join(repoRoot, 'test/target-progress/fixtures/progress.json'), 'utf8'),
          type: 'json',
          headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' },
        };
      }
      if (name === 'host.html' || name === 'host-late.html') {
        const own = `http://${context.host}`;
        const body = (await readFile(path.join(repoRoot, 'test/embed', name), 'utf8'))
          .replaceAll('%FRAME_ORIGIN%', other)
          .replaceAll('%HOST_ORIGIN%', own);
        return {
          body,
          type: 'html',
          headers: { 'Content-Security-Policy': `${STRICT_CSP}; frame-src ${other}`, 'Cache-Control': 'no-store' },
        };
      }
      return undefined;
    },

    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('embed-')) return undefined;
      const step = STEPS[command.slice('embed-'.length)];
      if (!step) return undefined;
      if (command !== 'embed-open' && !tabs.has(session.id)) throw new Error(`${command}: call embed-open first`);
      return step({ session, payload: payload ?? {}, tab: tabs.get(session.id) });
    },
  };
}
