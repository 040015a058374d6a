#!/usr/bin/env node
// `npm run bench`: how much cheaper is a live theme switch than re-creating the chart?
//
// Serves dist/cdn/ on 127.0.0.1 (random port), opens a page with <civic-cluster-gauge
// record="new_materials"> in headless Chromium (puppeteer-core), and times inside the page
// (performance.now), interleaving the two operations so machine noise hits both alike:
//   (a) theme switch: set the `theme` attribute, await el.updateComplete and one animation frame;
//   (b) re-create:    remove the element and insert it again (the element disposes its ECharts
//                     instance on removal and creates a new one), await civic-ready and one frame.
// Prints medians and their ratio. Ratios within one run are what to compare: absolute times vary
// between machines and runs. Bounded to well under 60 s.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CIVIC_BENCH_CDN: another directory of CDN bundles (for example a build in a temporary directory).
const cdn = process.env.CIVIC_BENCH_CDN ? resolve(process.env.CIVIC_BENCH_CDN) : join(root, 'dist/cdn');
const PAGE_BUDGET_MS = 25_000; // time allowed for the measurement loop inside the page
const MAX_ITERATIONS = 40; // per operation
const WARMUP = 3;
const HARD_LIMIT_MS = 58_000;

const log = (msg) => console.log(`[bench] ${msg}`);

const hardLimit = setTimeout(() => {
  console.error('[bench] did not finish within 58 s; giving up.');
  process.exit(1);
}, HARD_LIMIT_MS);
hardLimit.unref();

if (!existsSync(join(cdn, 'cluster-gauge.js'))) {
  log('dist/cdn/cluster-gauge.js is missing: running `npm run build` first.');
  const res = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const chromePath = findChrome();
if (!chromePath) {
  console.error('[bench] no Chrome/Chromium found: run `node scripts/ensure-chrome.mjs` or set CHROME_PATH.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// A tiny static server for dist/cdn plus the benchmark page.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>civic-charts bench</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font-family: sans-serif; } #host { width: 640px; }</style>
<script type="module" src="/cluster-gauge.js"></script>
</head>
<body>
<div id="host"><civic-cluster-gauge record="new_materials" locale="en" theme="light"></civic-cluster-gauge></div>
</body>
</html>`;
const TREND_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>civic-charts bench: indicator trend</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font-family: sans-serif; } #host { width: 800px; }</style>
<script type="module" src="/indicator-trend.js"></script>
</head>
<body>
<div id="host"><civic-indicator-trend locale="en" theme="light"></civic-indicator-trend></div>
</body>
</html>`;
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/trend.html') {
    // The <civic-indicator-trend> case (see the section at the end of the measurements).
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(TREND_PAGE);
    return;
  }
  if (path === '/' || path === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
    return;
  }
  const file = normalize(join(cdn, path));
  if (!file.startsWith(cdn + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();
const url = `http://127.0.0.1:${port}/`;

// ---------------------------------------------------------------------------------------------
let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  console.error('[bench] puppeteer-core is not installed (it comes with @web/test-runner-chrome): run `npm ci`.');
  process.exit(1);
}

log(`Chromium: ${chromePath}`);
log(`serving dist/cdn at ${url}`);
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  protocolTimeout: 50_000,
  // Unthrottled frames: otherwise every timing rounds up to the next 16.7 ms vsync tick.
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

let exitCode = 0;
const pageErrors = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') pageErrors.push(`console.${msg.type()}: ${msg.text()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });

  const result = await page.evaluate(
    async ({ budgetMs, maxIterations, warmup }) => {
      const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
      const withTimeout = (promise, ms, what) =>
        Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))]);
      await withTimeout(customElements.whenDefined('civic-cluster-gauge'), 10_000, 'the element to be defined');
      const el = document.querySelector('civic-cluster-gauge');
      const host = el.parentElement;
      // The first render: wait for civic-ready (unless it already happened) and for el.chart.
      if (!el.chart || el.getAttribute('state') !== 'ready') {
        await withTimeout(
          (async () => {
            while (!el.chart) await new Promise((r) => setTimeout(r, 20));
          })(),
          10_000,
          'el.chart / civic-ready',
        );
      }
      await raf();

      let theme = 'light';
      const themeSwitch = async () => {
        theme = theme === 'light' ? 'dark' : 'light';
        const t0 = performance.now();
        el.setAttribute('theme', theme);
        await el.updateComplete;
        await raf();
        return performance.now() - t0;
      };
      let sameInstance = 0;
      let freshInstance = 0;
      // The element fires civic-ready for new data; a re-insert of the same data may only create
      // the new ECharts instance (when it comes near the viewport) and draw it. Wait for either.
      let readyEvents = 0;
      // If re-inserting alone does not bring a chart back (an element bug), the benchmark says
      // so and nudges the element with requestUpdate() so the comparison can still be made.
      let nudge = false;
      const recreate = async (limitMs = 10_000) => {
        const before = el.chart;
        const t0 = performance.now();
        let sawReady = false;
        const onReady = () => (sawReady = true);
        el.addEventListener('civic-ready', onReady);
        el.remove();
        host.append(el);
        if (nudge) el.requestUpdate();
        try {
          await withTimeout(
            (async () => {
              while (!sawReady && !(el.chart && el.chart !== before)) await raf();
            })(),
            limitMs,
            'a new chart after re-inserting',
          );
        } finally {
          el.removeEventListener('civic-ready', onReady);
        }
        await raf();
        const dt = performance.now() - t0;
        if (sawReady) readyEvents++;
        if (el.chart && el.chart !== before) freshInstance++;
        else sameInstance++;
        return dt;
      };
      let reinsertBroken = false;
      try {
        await recreate(3_000);
      } catch {
        reinsertBroken = true;
        nudge = true;
        await recreate();
      }

      const instanceBefore = el.chart;
      const a = [];
      const b = [];
      for (let i = 0; i < warmup; i++) {
        await themeSwitch();
        await recreate();
      }
      const start = performance.now();
      for (let i = 0; i < maxIterations && performance.now() - start < budgetMs; i++) {
        // Alternate the order so neither operation always runs right after the other.
        if (i % 2 === 0) {
          a.push(await themeSwitch());
          b.push(await recreate());
        } else {
          b.push(await recreate());
          a.push(await themeSwitch());
        }
      }
      // Does a theme switch keep the instance? (Checked once, outside the timings.)
      const kept = el.chart;
      await themeSwitch();
      const themeKeepsInstance = el.chart === kept;
      return {
        a,
        b,
        readyEvents,
        reinsertBroken,
        sameInstance,
        freshInstance,
        themeKeepsInstance,
        hadInstance: Boolean(instanceBefore),
        size: `${el.clientWidth}×${el.clientHeight}`,
        ua: navigator.userAgent,
      };
    },
    { budgetMs: PAGE_BUDGET_MS, maxIterations: MAX_ITERATIONS, warmup: WARMUP },
  );

  const sorted = (xs) => [...xs].sort((x, y) => x - y);
  const quantile = (xs, q) => {
    const s = sorted(xs);
    const pos = (s.length - 1) * q;
    const lo = Math.floor(pos);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
  };
  const fmt = (ms) => `${ms.toFixed(2)} ms`;
  const row = (label, xs) =>
    `${label.padEnd(46)} n=${String(xs.length).padStart(3)}  median ${fmt(quantile(xs, 0.5)).padStart(10)}  ` +
    `p25 ${fmt(quantile(xs, 0.25)).padStart(10)}  p75 ${fmt(quantile(xs, 0.75)).padStart(10)}`;

  console.log('');
  console.log(`element ${result.size} px, ${result.ua.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? result.ua}`);
  console.log(row('(a) theme switch (attribute + frame)', result.a));
  console.log(row(`(b) remove + re-insert${result.reinsertBroken ? ' + update' : ''} (new chart)`, result.b));
  const ratio = quantile(result.b, 0.5) / quantile(result.a, 0.5);
  console.log(`ratio of medians b/a: ${ratio.toFixed(1)}× (a theme switch is ${ratio >= 1 ? `${ratio.toFixed(1)}× cheaper` : `${(1 / ratio).toFixed(1)}× more expensive`} than re-creating the chart)`);
  console.log(
    `checks: theme switch keeps the ECharts instance: ${result.themeKeepsInstance ? 'yes' : 'NO'}; ` +
      `re-insert created a new instance ${result.freshInstance}/${result.freshInstance + result.sameInstance} times ` +
      `(civic-ready fired ${result.readyEvents} times)`,
  );
  if (result.reinsertBroken) {
    console.log(
      '\nWARNING: re-inserting the element did not create a new chart within 3 s (SPEC: "re-inserting the\n' +
        'element renders again"); (b) was measured with an extra el.requestUpdate() after re-inserting.',
    );
  }

  // -------------------------------------------------------------------------------------------
  // <civic-indicator-trend> with 10,000 points (illustrative monthly data), when its bundle is
  // built: time to render new data (civic-ready, the chart, one frame), an arrow key moving the
  // highlighted point and its tooltip, and a live theme switch. Absolute times; a few runs each.
  if (existsSync(join(cdn, 'indicator-trend.js'))) {
    const trendPage = await browser.newPage();
    await trendPage.setViewport({ width: 1000, height: 900 });
    trendPage.on('pageerror', (err) => pageErrors.push(String(err)));
    trendPage.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') pageErrors.push(`console.${msg.type()}: ${msg.text()}`);
    });
    await trendPage.goto(`${url}trend.html`, { waitUntil: 'load', timeout: 20_000 });
    const trend = await trendPage.evaluate(async () => {
      const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
      await customElements.whenDefined('civic-indicator-trend');
      const el = document.querySelector('civic-indicator-trend');
      const source = { kind: 'illustrative', quote: 'Illustrative benchmark data' };
      const make = (shift) => ({
        name: 'Ten thousand points',
        unit: '亿元',
        series: [
          {
            id: 'big',
            name: 'Ten thousand points',
            observations: Array.from({ length: 10000 }, (_, i) => ({
              period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
              value: 1000 + shift + Math.round(300 * Math.sin(i / 40) + i / 10),
              unit: '亿元',
              bound: 'exact',
              source,
            })),
          },
        ],
      });
      const render = [];
      for (let i = 0; i < 3; i++) {
        const data = make(i);
        const t0 = performance.now();
        const ready = new Promise((r) => el.addEventListener('civic-ready', r, { once: true }));
        el.data = data;
        await ready;
        while (!el.chart) await raf();
        await raf();
        render.push(performance.now() - t0);
      }
      const figure = el.shadowRoot.querySelector('[part~="chart"]');
      figure.focus();
      const keys = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        figure.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await el.updateComplete;
        await raf();
        keys.push(performance.now() - t0);
      }
      const tooltip = el.shadowRoot.querySelector('[part~="tooltip"]').textContent.replace(/\s+/g, ' ').trim();
      const themes = [];
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        el.setAttribute('theme', i % 2 ? 'light' : 'dark');
        await el.updateComplete;
        await raf();
        themes.push(performance.now() - t0);
      }
      const opt = el.chart.getOption();
      return {
        render,
        keys,
        themes,
        sampling: opt.series.find((s) => s && s.id === 'solid:0')?.sampling,
        tooltip,
      };
    });
    await trendPage.close();
    console.log('\n<civic-indicator-trend>, 10,000 points (illustrative), 800 px wide');
    console.log(row('render new data (civic-ready + chart + frame)', trend.render));
    console.log(row('arrow key (highlight + tooltip + frame)', trend.keys));
    console.log(row('theme switch (attribute + frame)', trend.themes));
    console.log(`checks: line sampling "${trend.sampling}"; tooltip after 20 arrow keys: "${trend.tooltip.slice(0, 60)}"`);
  } else {
    console.log('\n(indicator-trend.js is not built: the <civic-indicator-trend> case is skipped)');
  }
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  if (pageErrors.length) {
    console.log(`\npage reported ${pageErrors.length} error(s)/warning(s):`);
    for (const e of [...new Set(pageErrors)].slice(0, 10)) console.log(`  ${e}`);
  }
  await browser.close().catch(() => {});
  server.close();
}
process.exit(exitCode);
