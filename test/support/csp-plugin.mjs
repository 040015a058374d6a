// Serves test pages (test/csp/page.html by default, or any page.html under test/) with exactly the Content-Security-Policy of SPEC.md, and a server
// command that opens it in a fresh tab and reports every CSP / Trusted Types violation (csp-check; csp-open and
// csp-wait for pages that run longer than a server command may take).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const defaultPage = '/test/csp/page.html';

/** `/__csp__/test/x/page.html` → the repo file test/x/page.html (HTML under test/ only). */
function pageFile(urlPath) {
  const rel = urlPath === '/__csp__/page.html' ? defaultPage : urlPath.slice('/__csp__'.length);
  const file = path.resolve(repoRoot, `.${rel}`);
  return file.startsWith(path.join(repoRoot, 'test') + path.sep) && file.endsWith('.html') ? file : undefined;
}

/** Pages opened by `csp-open`, by id, until `csp-wait` reports them. */
const runs = new Map();
let lastRun = 0;

/** Opens payload.page (default test/csp/page.html) with the strict CSP in a new tab, recording violations and errors. */
async function openPage(session, payload) {
  const testPage = session.browser.getPage(session.id);
  const page = await testPage.browser().newPage();
  // Tall enough that every element on the page is near the viewport (charts are created lazily).
  await page.setViewport({ width: 1200, height: 9000 });
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Refused|Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) {
      consoleErrors.push(m.text());
    }
  });
  page.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
  // Registered before any page script runs, through the DevTools protocol (not subject to CSP).
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample ?? ''}`.trim());
    });
  });
  const origin = new URL(testPage.url()).origin;
  // payload.page: a page under /test/ (default /test/csp/page.html), served with the strict CSP.
  const target = payload?.page ?? defaultPage;
  // Not awaited here: `load` waits for every module of the page, which may take longer than a
  // server command may (csp-wait awaits it in steps). Settles to { header } or { error }.
  const navigation = page
    .goto(`${origin}/__csp__${target}?${payload?.query ?? ''}`, { waitUntil: 'load', timeout: 120000 })
    .then((response) => ({ header: response?.headers()['content-security-policy'] }), (error) => ({ error }));
  return { page, navigation, consoleErrors, pageErrors };
}

/** Waits up to `ms` for the page to load and set window.__cspDone; false when time ran out. */
async function finished(run, ms) {
  const deadline = Date.now() + ms;
  let timer;
  const nav = await Promise.race([run.navigation, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
  if (!nav) return false;
  if (nav.error) throw nav.error;
  try {
    await run.page.waitForFunction(() => window.__cspDone === true, { timeout: Math.max(1, deadline - Date.now()) });
    return true;
  } catch (e) {
    if (e?.name === 'TimeoutError') return false;
    throw e;
  }
}

/** What the page found (window.__cspResult) and what was recorded around it. */
async function report({ page, navigation, consoleErrors, pageErrors }) {
  const { header } = await navigation;
  const result = await page.evaluate(() => window.__cspResult);
  const violations = await page.evaluate(() => window.__violations);
  return { header, violations, consoleErrors, pageErrors, result };
}

export function cspPagePlugin() {
  return {
    name: 'civic-csp-page',
    async serve(context) {
      if (!context.path.startsWith('/__csp__/')) return undefined;
      const file = pageFile(context.path);
      if (!file) return undefined;
      return {
        body: await readFile(file, 'utf8'),
        type: 'html',
        headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' },
      };
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'csp-check') {
        const run = await openPage(session, payload);
        try {
          if (!(await finished(run, 30000))) throw new Error(`csp-check: ${payload?.page ?? defaultPage} did not finish in 30 s`);
          return await report(run);
        } finally {
          await run.page.close();
        }
      }
      // A page that runs longer than a server command may take (the browser gives up after 20 s):
      // `csp-open` returns an id at once, `csp-wait` answers within `payload.ms` (default 10 s) with
      // { done: false } or { done: true, report } (the report of csp-check; the page is then closed).
      if (command === 'csp-open') {
        runs.set(++lastRun, await openPage(session, payload));
        return lastRun;
      }
      if (command === 'csp-wait') {
        const run = runs.get(payload?.id);
        if (!run) throw new Error(`csp-wait: no open page ${payload?.id}`);
        let done;
        try {
          done = await finished(run, payload?.ms ?? 10000);
          if (!done) return { done: false };
          return { done: true, report: await report(run) };
        } finally {
          if (done !== false) {
            runs.delete(payload.id);
            await run.page.close();
          }
        }
      }
      return undefined;
    },
  };
}
