#!/usr/bin/env node
// `npm run test:package`: civic-charts as a user gets it. Packs the package (`npm pack`), installs
// the tarball in a fresh React 18 app and a fresh React 19 app (react, react-dom, their types and
// TypeScript from the npm registry), type-checks each app with its own tsc (typed props of the
// wrappers, and @ts-expect-error tests that a wrong prop fails), type-checks a Vue SFC with vue-tsc
// (React 19 app), builds each app with Vite (this repo's), serves the build on 127.0.0.1 under the
// strict CSP of the README and checks in Chromium what a user sees: rendered charts, events
// reaching the React handlers, keyboard selection, a legend click, new data after a re-render, the
// React 19 bare tag. Also checks that an app using one wrapper does not bundle the other elements.
// Prints one line per check and exits 1 when any fails. The app sources are in scripts/package-app/.
//
//   node scripts/test-package.mjs          builds dist/ first when missing or older than src/
//   node scripts/test-package.mjs --build  always rebuilds dist/ first
//   node scripts/test-package.mjs --keep   keeps the temp dir (its path is printed)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'scripts/package-app');
const args = new Set(process.argv.slice(2));
const started = performance.now();

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const log = (msg) => console.log(`[package] ${msg}`);
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
let failures = 0;
let passes = 0;
function check(name, ok, detail = '') {
  if (ok) passes++;
  else failures++;
  console.log(`  ${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `\n       ${String(detail).split('\n').join('\n       ')}` : ''}`);
  return ok;
}

/** The version of a package installed in this repo (reused by the apps: npm has it cached). */
const repoVersion = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * Environment for child npm processes: without the npm_* variables `npm run` sets for this
 * repo (its prefix, its package.json), so each app is a project of its own.
 */
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(?:package_|lifecycle_|config_(?:local_)?prefix$|command$)/i.test(k)));
childEnv.npm_config_update_notifier = 'false';

/** Resolves to the command's stdout; rejects with an error carrying stdout and stderr as `output`. */
function run(cmd, argv, { cwd, timeout = 300_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, argv, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stdout = '';
    child.stdout.on('data', (d) => {
      out += d;
      stdout += d;
    });
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(stdout);
      else reject(Object.assign(new Error(`${cmd} ${argv.join(' ')} failed (${signal ?? `exit code ${code}`})`), { output: out }));
    });
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    newest = Math.max(newest, d.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), 'civic-charts-package-'));
let browser;
const servers = [];
async function cleanup() {
  await browser?.close().catch(() => {});
  for (const s of servers) s.close();
  if (args.has('--keep')) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

const APPS = [
  {
    name: 'react18',
    react: 18,
    deps: ['react@^18', 'react-dom@^18', '@types/react@^18', '@types/react-dom@^18'],
    extra: 'extra-18.tsx',
    typeTests: ['types-check.tsx'],
    gaugeOnly: true,
  },
  {
    name: 'react19',
    react: 19,
    deps: [
      `react@${repoVersion('react')}`,
      `react-dom@${repoVersion('react-dom')}`,
      `@types/react@${repoVersion('@types/react')}`,
      `@types/react-dom@${repoVersion('@types/react-dom')}`,
      `vue@${repoVersion('vue')}`,
      'vue-tsc@^3',
    ],
    extra: 'extra-19.tsx',
    typeTests: ['types-check.tsx', 'types-check-19.tsx'],
    bare: true,
    vue: true,
  },
];

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    isolatedModules: true,
    // Checks civic-charts' own .d.ts files too, as a strict user project would.
    skipLibCheck: false,
    types: [],
  },
  include: ['src'],
};

/** Writes an app: package.json, tsconfig, index pages and the sources this React major uses. */
function writeApp(app, tarball) {
  const dir = join(tmp, app.name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `civic-charts-${app.name}`, private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  for (const f of ['index.html', 'gauge-only.html']) cpSync(join(fixtures, f), join(dir, f));
  for (const f of ['data.ts', 'log.ts', 'app.tsx', 'main.tsx', 'style.css', 'gauge-only.tsx', 'readme-example.tsx', ...app.typeTests]) {
    cpSync(join(fixtures, 'src', f), join(dir, 'src', f));
  }
  cpSync(join(fixtures, 'src', app.extra), join(dir, 'src', 'extra.tsx'));
  if (app.vue) cpSync(join(fixtures, 'vue'), join(dir, 'vue'), { recursive: true });
  return { ...app, dir, tarball };
}

async function install(app) {
  const t0 = performance.now();
  // The TypeScript this repo uses (a user's own; tsc 7 has no API for vue-tsc).
  const deps = [app.tarball, ...app.deps, `typescript@${repoVersion('typescript')}`];
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...deps], { cwd: app.dir });
  const installed = JSON.parse(readFileSync(join(app.dir, 'node_modules/react/package.json'), 'utf8')).version;
  log(`${app.name}: npm install of the tarball, react ${installed}, ${app.deps.slice(2).map((d) => d.replace(/@[^@]*$/, '')).join(', ')}, typescript in ${seconds(t0)}`);
  return installed;
}

async function typecheck(app) {
  const tsc = join(app.dir, 'node_modules/typescript/bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app.dir });
    check(`${app.name}: tsc accepts the typed props and rejects each wrong one (${app.typeTests.join(', ')})`, true);
  } catch (e) {
    check(`${app.name}: tsc accepts the typed props and rejects each wrong one`, false, e.output ?? e.message);
  }
  if (app.vue) {
    const vueTsc = join(app.dir, 'node_modules/vue-tsc/bin/vue-tsc.js');
    try {
      await run(process.execPath, [vueTsc, '-p', 'vue/tsconfig.json'], { cwd: app.dir });
      check(`${app.name}: vue-tsc types <civic-…> in a Vue template (:data.prop, @civic-select) and rejects wrong ones`, true);
    } catch (e) {
      check(`${app.name}: vue-tsc types <civic-…> in a Vue template`, false, e.output ?? e.message);
    }
  }
}

async function viteBuild(app, input, outDir) {
  const { build } = await import('vite');
  await build({
    root: app.dir,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    cacheDir: join(app.dir, 'node_modules/.vite'),
    // What @vitejs/plugin-react sets up for a build: the automatic JSX runtime.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir: join(app.dir, outDir), emptyOutDir: true, reportCompressedSize: false, rolldownOptions: { input: join(app.dir, input) } },
  });
}

const jsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => join(d.parentPath ?? d.path, d.name));

// ---------------------------------------------------------------------------------------------
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** Serves dir on 127.0.0.1 (a free port) with the strict CSP; resolves to its origin. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    res.end(readFileSync(file));
  });
  servers.push(server);
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise(`http://127.0.0.1:${server.address().port}`)));
}

/** Reads the visible event log of the app. */
const eventLog = (page) => page.$$eval('#log li', (lis) => lis.map((li) => li.textContent));

/** Waits until the log has a line matching re; returns it, or undefined after the timeout. */
async function waitForLine(page, re, timeout = 8000) {
  try {
    const handle = await page.waitForFunction(
      (source) => [...document.querySelectorAll('#log li')].map((li) => li.textContent).find((l) => new RegExp(source).test(l)),
      { timeout, polling: 50 },
      re.source,
    );
    return await handle.jsonValue();
  } catch {
    return undefined;
  }
}

/** Facts about an element a user can see, read from the page. */
function elementFacts(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return undefined;
    const root = el.shadowRoot;
    const canvas = root?.querySelector('canvas');
    let painted = 0;
    if (canvas && canvas.width && canvas.height) {
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    }
    return {
      defined: !!customElements.get(el.localName) && el instanceof customElements.get(el.localName),
      state: el.getAttribute('state'),
      dataAttribute: el.getAttribute('data'),
      dataName: el.data?.name?.en,
      title: root?.querySelector('[part~="title"]')?.textContent?.trim(),
      summary: root?.querySelector('[part~="summary"]')?.textContent?.trim(),
      painted,
      className: el.getAttribute('class'),
    };
  }, id);
}

async function pressOnChart(page, id) {
  await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('[part~="chart"]').focus(), id);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
}

async function browserChecks(app) {
  const origin = await serve(join(app.dir, 'dist'));
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1600 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.evaluateOnNewDocument(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(origin, { waitUntil: 'load' });

  const ids = ['gauge', 'invalid', 'trend', 'progress', 'map', ...(app.bare ? ['bare'] : [])];
  const settled = await page
    .waitForFunction((ids) => ids.every((id) => ['ready', 'error'].includes(document.getElementById(id)?.getAttribute('state'))), { timeout: 20000 }, ids)
    .then(() => true, () => false);
  const states = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, document.getElementById(id)?.getAttribute('state') ?? 'missing'])), ids);
  check(`${app.name}: every element settles (${Object.entries(states).map(([k, v]) => `${k}=${v}`).join(', ')})`, settled, errors.join('\n'));

  // The wrapped gauge: data passed as a prop object, drawn.
  const gaugeIds = ['gauge', ...(app.bare ? ['bare'] : [])];
  for (const id of gaugeIds) {
    const how = id === 'bare' ? '<civic-cluster-gauge> bare tag' : '<ClusterGauge>';
    await page
      .waitForFunction((id) => {
        const c = document.getElementById(id)?.shadowRoot?.querySelector('canvas');
        if (!c || !c.width) return false;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0 && ++n > 2000) return true;
        return false;
      }, { timeout: 10000 }, id)
      .catch(() => {});
    const f = await elementFacts(page, id);
    check(`${app.name}: ${how} is the registered element, state="ready"`, f?.defined && f.state === 'ready', JSON.stringify(f));
    check(
      `${app.name}: ${how} got data={object} as a property (el.data.name.en, no data="[object Object]" attribute)`,
      f?.dataName === 'Smart home appliances' && f.dataAttribute === null,
      JSON.stringify(f),
    );
    check(`${app.name}: ${how} shows its title and summary`, /^Smart home appliances/.test(f?.title ?? '') && /Smart home appliances/.test(f.summary ?? '') && /103\.17 billion yuan/.test(f.summary ?? ''), JSON.stringify(f));
    check(`${app.name}: ${how} paints its chart on the canvas (${f?.painted ?? 0} painted pixels)`, (f?.painted ?? 0) > 2000);
  }
  const gaugeFacts = await elementFacts(page, 'gauge');
  check(`${app.name}: className reaches the element as class`, gaugeFacts?.className === 'chart', JSON.stringify(gaugeFacts));

  // Events through the wrappers' props, as the app shows them.
  check(`${app.name}: onCivicReady got detail.data (gauge)`, !!(await waitForLine(page, /^ready gauge: Smart home appliances$/)), (await eventLog(page)).join('\n'));
  check(`${app.name}: onCivicError got detail.issues (invalid data)`, !!(await waitForLine(page, /^error invalid: [1-9]\d* issues$/)), (await eventLog(page)).join('\n'));
  check(`${app.name}: onCivicReady of IndicatorTrend, TargetProgress, InstituteMap (bundled records)`, !!(await waitForLine(page, /^ready trend: 2 series$/)) && !!(await waitForLine(page, /^ready progress$/)) && !!(await waitForLine(page, /^ready map: \d+ institutes$/)), (await eventLog(page)).join('\n'));

  // Each handler call re-renders the app; props that did not change must not be assigned again
  // (assigning `data` makes the element render it again and fire civic-ready: an endless loop).
  await new Promise((r) => setTimeout(r, 500));
  const lines = await eventLog(page);
  const count = (re) => lines.filter((l) => re.test(l)).length;
  check(
    `${app.name}: re-renders with the same props leave the elements alone (one civic-ready, one civic-error in ${lines.length} log lines)`,
    count(/^ready gauge:/) === 1 && count(/^error invalid:/) === 1 && (!app.bare || count(/^ready bare:/) === 1),
    lines.slice(0, 12).join('\n'),
  );

  await pressOnChart(page, 'gauge');
  const selected = await waitForLine(page, /^select gauge: \S/);
  check(`${app.name}: onCivicSelect fires on ArrowRight + Enter in the chart (${selected ?? 'nothing'})`, !!selected, (await eventLog(page)).join('\n'));

  const legendButton = await page.$('#trend >>> [part~="legend"] button');
  if (legendButton) await legendButton.click();
  const toggled = await waitForLine(page, /^legend trend: \S+ hidden$/);
  check(`${app.name}: onCivicLegendToggle fires on a legend click (${toggled ?? 'nothing'})`, !!toggled, legendButton ? (await eventLog(page)).join('\n') : 'no legend button found');

  if (app.bare) {
    check(`${app.name}: bare tag oncivic-ready got detail.data`, !!(await waitForLine(page, /^ready bare: Smart home appliances$/)), (await eventLog(page)).join('\n'));
    await pressOnChart(page, 'bare');
    const bareSelected = await waitForLine(page, /^select bare: \S/);
    check(`${app.name}: bare tag oncivic-select fires on ArrowRight + Enter (${bareSelected ?? 'nothing'})`, !!bareSelected, (await eventLog(page)).join('\n'));
  }

  // A re-render with new data reaches the element.
  await (await page.$('#next')).click();
  const next = await waitForLine(page, /^ready gauge: Biomedicine$/);
  const after = await elementFacts(page, 'gauge');
  check(`${app.name}: a re-render with new data updates the element (title "${after?.title}")`, !!next && /^Biomedicine/.test(after?.title ?? ''), (await eventLog(page)).join('\n'));
  if (app.bare) {
    const bareNext = await waitForLine(page, /^ready bare: Biomedicine$/);
    const bareAfter = await elementFacts(page, 'bare');
    check(`${app.name}: a re-render with new data updates the bare tag`, !!bareNext && /^Biomedicine/.test(bareAfter?.title ?? ''), JSON.stringify(bareAfter));
  }

  const csp = await page.evaluate(() => window.__csp);
  check(`${app.name}: no CSP or Trusted Types violation under the strict CSP`, csp.length === 0, csp.join('\n'));
  check(`${app.name}: no page errors, console errors or failed requests`, errors.length === 0, errors.join('\n'));
  if (args.has('--keep')) await page.screenshot({ path: join(tmp, `${app.name}.png`), fullPage: true });
  await page.close();
}

function gaugeOnlyCheck(app) {
  const files = jsFiles(join(app.dir, 'dist-gauge-only'));
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const others = ['civic-indicator-trend', 'civic-target-progress', 'civic-institute-map'].filter((t) => code.includes(t));
  const full = jsFiles(join(app.dir, 'dist')).reduce((n, f) => n + statSync(f).size, 0);
  const one = files.reduce((n, f) => n + statSync(f).size, 0);
  check(
    `${app.name}: an app importing only { ClusterGauge } bundles no other element (${(one / 1000).toFixed(0)} kB of JS, all four: ${(full / 1000).toFixed(0)} kB)`,
    code.includes('civic-cluster-gauge') && others.length === 0,
    `found ${others.join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
try {
  const dist = join(root, 'dist');
  const stale = !existsSync(join(dist, 'react/index.js')) || newestMtime(join(root, 'src')) > statSync(join(dist, 'index.js')).mtimeMs;
  if (args.has('--build') || stale) {
    const t0 = performance.now();
    log(args.has('--build') ? 'building dist/ (npm run build)' : 'dist/ is missing or older than src/: npm run build');
    await run('npm', ['run', 'build'], { cwd: root });
    log(`built in ${seconds(t0)}`);
  }

  let t0 = performance.now();
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', tmp, '--loglevel=error'], { cwd: root }));
  const tarball = join(tmp, packed[0].filename);
  log(`packed ${packed[0].filename} (${packed[0].entryCount} files, ${(packed[0].size / 1e6).toFixed(2)} MB) in ${seconds(t0)}`);
  const packedFiles = new Set(packed[0].files.map((f) => f.path));
  for (const f of ['dist/react/index.js', 'dist/react/index.d.ts', 'dist/react/jsx.d.ts', 'dist/vue/index.d.ts', 'dist/tags.d.ts']) {
    check(`the tarball holds ${f}`, packedFiles.has(f));
  }

  const apps = APPS.map((a) => writeApp(a, tarball));
  t0 = performance.now();
  const versions = await Promise.all(apps.map(install));
  for (const [i, app] of apps.entries()) check(`${app.name}: React ${app.react} installed`, versions[i].startsWith(`${app.react}.`), versions[i]);

  for (const app of apps) {
    log(`${app.name}: tsc${app.vue ? ', vue-tsc' : ''}, vite build`);
    t0 = performance.now();
    await typecheck(app);
    await viteBuild(app, 'index.html', 'dist');
    if (app.gaugeOnly) {
      await viteBuild(app, 'gauge-only.html', 'dist-gauge-only');
      gaugeOnlyCheck(app);
    }
    log(`${app.name}: checked and built in ${seconds(t0)}`);
  }

  const chrome = findChrome();
  if (!chrome) throw new Error('no Chrome or Chromium found: run `node scripts/ensure-chrome.mjs` or set CHROME_PATH');
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  for (const app of apps) {
    t0 = performance.now();
    log(`${app.name}: in Chromium`);
    await browserChecks(app);
    log(`${app.name}: browser checks in ${seconds(t0)}`);
  }
} catch (error) {
  check('the run completes', false, `${error.message}${error.output ? `\n${error.output.trim().slice(-4000)}` : ''}`);
} finally {
  await cleanup();
}

log(`${passes} passed, ${failures} failed, in ${seconds(started)}`);
process.exit(failures ? 1 : 0);
