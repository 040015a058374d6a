#!/usr/bin/env node
// `npm run bench`: civic-charts against the page a portal would otherwise write with plain ECharts
// (issue 10), plus the older micro-benchmarks. A measurement: it exits 0 whether goals are met or
// not, and 1 only when something fails to run.
//
//   npm run bench                         everything (about 3–4 minutes on 2 idle cores)
//   npm run bench -- --only=page,cls      a subset: page, cls, trend, theme
//   npm run bench -- --runs=5             page/cls runs per side (default 3; medians)
//   npm run bench -- --profile[=civic|plain|both]
//                                         also write CPU profiles (.cpuprofile, open them in the
//                                         DevTools Performance panel) of one throttled load and
//                                         scroll of the 40-element page to bench/.out/profiles/
//   npm run bench -- --out=file.json      where the raw numbers go (default bench-results.json)
//   npm run bench -- --no-build           measure dist/cdn as it is, even if src/ is newer
//   npm run bench -- --scroll-speed=1500  the reader's scrolling speed in px/s (default 3000)
//
// Sections (bench/README.md says exactly what is measured and how):
//   page   bench/pages/civic.html (40 elements, the four kinds in turn, bundled records, no heights
//          set by the page) against bench/plain/ (the same 40 charts drawn eagerly with plain
//          ECharts: full import, one bundle, fixed heights), 4× CPU throttling, runs interleaved
//          (civic, plain / plain, civic / …): first chart drawn, total blocking time, JS heap after
//          load, the longest task while a reader scrolls to the bottom.
//   cls    bench/pages/article.html (12 elements between paragraphs, no heights set by the page),
//          4× throttling: cumulative layout shift while loading and scrolling through.
//   trend  a trend given 10,000 new points against plain ECharts init + setOption (LTTB), no throttling.
//   theme  a live theme switch against re-creating the gauge, no throttling.
//
// The civic pages load dist/cdn (built first when missing or older than src/ or seeds/;
// $CIVIC_BENCH_CDN points at another directory of CDN bundles, never rebuilt). The plain pages
// are built with Vite into bench/.out/plain on every run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlain } from '../bench/lib/build-plain.mjs';
import { runPage, SCROLL, VIEWPORT } from '../bench/lib/page-run.mjs';
import { startServer } from '../bench/lib/server.mjs';
import { median, quantile, summary } from '../bench/lib/stats.mjs';
import { runTheme } from '../bench/lib/theme.mjs';
import { runTrend } from '../bench/lib/trend.mjs';
import { findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/.out');
const HARD_LIMIT_MS = 12 * 60_000;
const THROTTLE = 4;
const CIVIC_TAGS = 'civic-cluster-gauge, civic-indicator-trend, civic-target-progress, civic-institute-map';
const SECTIONS = ['page', 'cls', 'trend', 'theme'];

const log = (msg) => console.log(`[bench] ${msg}`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ---- arguments ----------------------------------------------------------------------------------
const args = process.argv.slice(2);
const arg = (name) => {
  const hit = args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return undefined;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
for (const a of args) {
  if (!/^--(only|runs|profile|out|no-build|scroll-speed)(=|$)/.test(a)) {
    console.error(`[bench] unknown argument ${a} (see the header of scripts/bench.mjs)`);
    process.exit(1);
  }
}
const only = typeof arg('only') === 'string' ? arg('only').split(',').map((s) => s.trim()) : SECTIONS;
for (const s of only) {
  if (!SECTIONS.includes(s)) {
    console.error(`[bench] --only: "${s}" is not one of ${SECTIONS.join(', ')}`);
    process.exit(1);
  }
}
const runs = Math.max(1, Number(arg('runs') ?? 3) | 0);
const profileArg = arg('profile');
const profileSides = profileArg === undefined ? [] : profileArg === true || profileArg === 'civic' ? ['civic'] : profileArg === 'both' ? ['civic', 'plain'] : [profileArg];
if (profileSides.some((s) => s !== 'civic' && s !== 'plain')) {
  console.error('[bench] --profile takes civic, plain or both');
  process.exit(1);
}
const scrollSpeed = Number(arg('scroll-speed') ?? SCROLL.speed);
if (!(scrollSpeed > 0)) {
  console.error('[bench] --scroll-speed takes a number of px/s');
  process.exit(1);
}
const resultsFile = resolve(root, typeof arg('out') === 'string' ? arg('out') : 'bench-results.json');
const want = (s) => only.includes(s);

const hardLimit = setTimeout(() => {
  console.error(`[bench] did not finish within ${HARD_LIMIT_MS / 60_000} minutes; giving up.`);
  process.exit(1);
}, HARD_LIMIT_MS);
hardLimit.unref();

// ---- the civic bundles: built, and not older than the sources ------------------------------------
const cdn = process.env.CIVIC_BENCH_CDN ? resolve(process.env.CIVIC_BENCH_CDN) : join(root, 'dist/cdn');
const needed = ['civic-charts.js', 'indicator-trend.js', 'cluster-gauge.js'];
const newest = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce((m, d) => {
        const p = join(dir, d.name);
        return Math.max(m, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
      }, 0)
    : 0;
const missing = needed.filter((f) => !existsSync(join(cdn, f)));
const stale =
  !missing.length && !process.env.CIVIC_BENCH_CDN && !arg('no-build') &&
  Math.max(newest(join(root, 'src')), newest(join(root, 'seeds'))) > Math.min(...needed.map((f) => statSync(join(cdn, f)).mtimeMs));
if (missing.length || stale) {
  if (process.env.CIVIC_BENCH_CDN) {
    console.error(`[bench] ${missing.join(', ')} missing in $CIVIC_BENCH_CDN (${cdn}).`);
    process.exit(1);
  }
  log(missing.length ? `dist/cdn/${missing[0]} is missing: running \`npm run build\` first.` : 'src/ or seeds/ is newer than dist/cdn: running `npm run build` first (--no-build skips this).');
  const res = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const chromePath = findChrome();
if (!chromePath) {
  console.error('[bench] no Chrome/Chromium found: run `node scripts/ensure-chrome.mjs` or set CHROME_PATH.');
  process.exit(1);
}
let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  console.error('[bench] puppeteer-core is not installed: run `npm ci`.');
  process.exit(1);
}

// ---- the plain pages -------------------------------------------------------------------------------
const plainOut = join(outDir, 'plain');
if (want('page') || want('trend') || profileSides.length) {
  const t0 = Date.now();
  await buildPlain(root, plainOut);
  log(`plain-ECharts pages built into bench/.out/plain in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const { server, origin } = await startServer({ '/cdn': cdn, '/pages': join(root, 'bench/pages'), '/plain': plainOut });
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'];
const launch = (extra = []) => puppeteer.launch({ executablePath: chromePath, headless: true, protocolTimeout: 240_000, args: [...BASE_ARGS, ...extra] });

const errors = [];
const onError = (msg) => errors.push(msg);
const results = {
  date: new Date().toISOString(),
  commit: git(['rev-parse', '--short', 'HEAD']),
  dirty: Boolean(git(['status', '--porcelain', '--', 'src', 'seeds', 'bench'])),
  cdn,
  machine: { cpus: cpus().length, loadavgBefore: loadavg().map((x) => Math.round(x * 10) / 10) },
  settings: { throttle: THROTTLE, runs, viewport: VIEWPORT, scroll: { ...SCROLL, speed: scrollSpeed } },
};
let exitCode = 0;

function git(argv) {
  const r = spawnSync('git', argv, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

try {
  // ---- page and cls: throttled loads in fresh contexts, ordinary frame timing ----------------------
  if (want('page') || want('cls') || profileSides.length) {
    const browser = await launch();
    results.browser = await browser.version();
    try {
      const civicUrl = `${origin}/pages/civic.html`;
      const plainUrl = `${origin}/plain/index.html`;
      if (want('page')) {
        const civic = [];
        const plain = [];
        // One unmeasured load of each page first: the browser's first page pays for starting its
        // renderer and caches (the first run was the slowest of either side, and civic goes first
        // in two runs of three).
        for (const side of ['civic', 'plain']) {
          await runPage(browser, side === 'civic' ? civicUrl : plainUrl, {
            selector: side === 'civic' ? CIVIC_TAGS : '.chart',
            throttle: THROTTLE,
            scroll: false,
            onError,
          });
          log(`page warm-up ${side.padEnd(5)}: done (${elapsed()})`);
        }
        for (let r = 0; r < runs; r++) {
          // civic, plain / plain, civic / …: neither side always goes first.
          const order = r % 2 === 0 ? ['civic', 'plain'] : ['plain', 'civic'];
          for (const side of order) {
            const res = await runPage(browser, side === 'civic' ? civicUrl : plainUrl, {
              selector: side === 'civic' ? CIVIC_TAGS : '.chart',
              throttle: THROTTLE,
              scroll: true,
              scrollSpeed,
              onError,
            });
            (side === 'civic' ? civic : plain).push(res);
            log(`page run ${r + 1}/${runs} ${side.padEnd(5)}: first chart ${ms(res.firstChartDrawn)}, TBT ${ms(res.tbt)}, heap ${mb(res.heapUsed)}, longest task while scrolling ${ms(res.scroll.longestTask)} (${elapsed()})`);
          }
        }
        results.page = { civic, plain };
      }
      if (want('cls')) {
        const article = [];
        for (let r = 0; r < runs; r++) {
          const res = await runPage(browser, `${origin}/pages/article.html`, { selector: CIVIC_TAGS, throttle: THROTTLE, scroll: true, scrollSpeed, onError });
          article.push(res);
          log(`article run ${r + 1}/${runs}: CLS ${res.cls.toFixed(3)} (at load ${res.clsAtLoad.toFixed(3)}, sum ${res.clsSum.toFixed(3)}) (${elapsed()})`);
        }
        results.cls = { article };
      }
      if (profileSides.length) {
        const dir = join(outDir, 'profiles');
        mkdirSync(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
        results.profiles = [];
        for (const side of profileSides) {
          const base = join(dir, `${side}-40-${stamp}`);
          await runPage(browser, side === 'civic' ? civicUrl : plainUrl, { selector: side === 'civic' ? CIVIC_TAGS : '.chart', throttle: THROTTLE, scroll: true, scrollSpeed, profile: base, onError });
          results.profiles.push(`${base}-load.cpuprofile`, `${base}-scroll.cpuprofile`);
          log(`CPU profiles (${side}, ${THROTTLE}× throttled, not counted in the numbers): ${base.replace(`${root}/`, '')}-{load,scroll}.cpuprofile`);
        }
      }
    } finally {
      await browser.close().catch(() => {});
    }
  }

  // ---- trend and theme: unthrottled, frames not tied to vsync (no rounding up to 16.7 ms) ------------
  if (want('trend') || want('theme')) {
    const browser = await launch(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
    results.browser ??= await browser.version();
    try {
      if (want('trend')) {
        results.trend = await runTrend(browser, origin, { onError });
        log(`trend done (${elapsed()})`);
      }
      if (want('theme')) {
        results.theme = await runTheme(browser, origin, { onError });
        log(`theme done (${elapsed()})`);
      }
    } finally {
      await browser.close().catch(() => {});
    }
  }
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : error}`);
  exitCode = 1;
} finally {
  server.close();
}

results.machine.loadavgAfter = loadavg().map((x) => Math.round(x * 10) / 10);
results.errors = [...new Set(errors)];
results.durationS = Math.round((Date.now() - started) / 1000);
report(results);
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`raw numbers: ${resultsFile.replace(`${root}/`, '')}; took ${elapsed()}`);
process.exit(exitCode);

// ---- the report ---------------------------------------------------------------------------------------
function ms(x) {
  return x === null || x === undefined ? '–' : `${Math.round(x)} ms`;
}
function mb(x) {
  return x === null || x === undefined ? '–' : `${(x / 1e6).toFixed(1)} MB`;
}
function ratio(c, p) {
  return c === null || p === null || !p ? null : c / p;
}
function fx(r) {
  return r === null ? '–' : `${r.toFixed(2)}×`;
}

function report(res) {
  const rows = [];
  const m = (list, f) => median(list.map(f));
  const spread = (list, f, fmt) => {
    const s = summary(list.map(f));
    return s.n > 1 ? `${fmt(s.min)}–${fmt(s.max)}` : '';
  };
  if (res.page) {
    const { civic, plain } = res.page;
    const row = (measure, f, fmt, goal, ok) => {
      const p = m(plain, f);
      const c = m(civic, f);
      const r = ratio(c, p);
      // Each civic run and the plain run next to it in time: their ratio, less hit by drifting load.
      const pairs = civic.map((x, i) => ratio(f(x), plain[i] ? f(plain[i]) : null)).filter((x) => x !== null);
      rows.push({
        measure,
        plain: fmt(p),
        civic: fmt(c),
        ratio: fx(r),
        goal,
        met: ok(r, c),
        range: `plain ${spread(plain, f, fmt)}; civic ${spread(civic, f, fmt)}; ratio of each run pair ${pairs.map(fx).join(', ')}`,
      });
    };
    row('first chart drawn', (x) => x.firstChartDrawn, ms, '≤ 0.5×', (r) => r !== null && r <= 0.5);
    row('total blocking time', (x) => x.tbt, ms, '≤ 0.3×', (r) => r !== null && r <= 0.3);
    row('JS heap after load (after GC)', (x) => x.heapUsed, mb, '≤ 0.5×', (r) => r !== null && r <= 0.5);
    const sp = m(plain, (x) => x.scroll.longestTask);
    const sc = m(civic, (x) => x.scroll.longestTask);
    rows.push({
      measure: 'longest task while scrolling',
      plain: ms(sp),
      civic: ms(sc),
      ratio: '–',
      goal: '≤ 100 ms (stretch 50)',
      met: sc === null ? null : sc <= 50 ? 'stretch' : sc <= 100,
      range: `plain ${spread(plain, (x) => x.scroll.longestTask, ms)}; civic ${spread(civic, (x) => x.scroll.longestTask, ms)}`,
    });
  }
  if (res.cls) {
    const c = m(res.cls.article, (x) => x.cls);
    rows.push({
      measure: 'CLS, article with 12 elements',
      plain: '–',
      civic: c === null ? '–' : c.toFixed(3),
      ratio: '–',
      goal: '≤ 0.1 (stretch 0.05)',
      met: c === null ? null : c <= 0.05 ? 'stretch' : c <= 0.1,
      range: `civic ${spread(res.cls.article, (x) => x.cls, (v) => v.toFixed(3))}`,
    });
  }
  if (res.trend) {
    const p = median(res.trend.plain);
    const c = median(res.trend.civic);
    const r = ratio(c, p);
    rows.push({
      measure: 'trend, 10,000 new points',
      plain: ms(p),
      civic: ms(c),
      ratio: fx(r),
      goal: '≤ 2×',
      met: r !== null && r <= 2,
      range: `n=${res.trend.civic.length}; plain p25–p75 ${ms(quantile(res.trend.plain, 0.25))}–${ms(quantile(res.trend.plain, 0.75))}; civic ${ms(quantile(res.trend.civic, 0.25))}–${ms(quantile(res.trend.civic, 0.75))}`,
    });
  }

  console.log('');
  if (rows.length) {
    console.log(`civic-charts against plain ECharts: medians${res.page || res.cls ? ` of ${runs} runs (page, CLS: ${THROTTLE}× CPU throttling)` : ''}`);
    const head = ['measure', 'plain ECharts', 'civic-charts', 'ratio', 'goal', 'met?'];
    const body = rows.map((r) => [r.measure, r.plain, r.civic, r.ratio, r.goal, r.met === null ? '–' : r.met === 'stretch' ? 'yes (stretch)' : r.met ? 'yes' : 'no']);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
    console.log(line(head));
    console.log(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const b of body) console.log(line(b));
    console.log('\nranges over the runs (min–max):');
    for (const r of rows) console.log(`  ${r.measure}: ${r.range}`);
  }

  if (res.page) {
    const { civic, plain } = res.page;
    const both = (label, f, fmt) => console.log(`  ${label.padEnd(44)} plain ${fmt(m(plain, f)).padStart(9)}   civic ${fmt(m(civic, f)).padStart(9)}`);
    console.log('\n40-element page, more (medians):');
    both('all charts in the viewport drawn', (x) => x.aboveFoldDrawn, ms);
    both('settled (last long task or chart drawn)', (x) => x.settledAt, ms);
    both('load event', (x) => x.loadEvent, ms);
    both('longest task during load', (x) => x.longestTaskAtLoad, ms);
    both('charts drawn at load (of 40)', (x) => x.chartsDrawnAtLoad, (v) => (v === null ? '–' : String(v)));
    both('charts drawn after scrolling (of 40)', (x) => x.scroll.chartsDrawn, (v) => (v === null ? '–' : String(v)));
    both('long tasks while scrolling', (x) => x.scroll.longTasks, (v) => (v === null ? '–' : String(v)));
    both('blocking time while scrolling', (x) => x.scroll.blockingTime, ms);
    both('longest animation frame while scrolling', (x) => x.scroll.longestFrame, ms);
    both('JS heap after load, before GC', (x) => x.heapUsedBeforeGc, mb);
    both('JS heap after scrolling (after GC)', (x) => x.heapUsedAfterScroll, mb);
    both('CLS (load + scroll)', (x) => x.cls, (v) => (v === null ? '–' : v.toFixed(3)));
    both('page height', (x) => x.scroll.pageHeight, (v) => (v === null ? '–' : `${v} px`));
  }
  if (res.cls) {
    const a = res.cls.article;
    console.log(`\narticle: CLS at load ${m(a, (x) => x.clsAtLoad).toFixed(3)}, during the scroll ${m(a, (x) => x.clsDuringScroll).toFixed(3)}, sum of all shifts ${m(a, (x) => x.clsSum).toFixed(3)}`);
  }
  if (res.trend) {
    const t = res.trend;
    const q = (xs) => `median ${ms(median(xs)).padStart(7)}  p25 ${ms(quantile(xs, 0.25)).padStart(7)}  p75 ${ms(quantile(xs, 0.75)).padStart(7)}  n=${xs.length}`;
    console.log('\n<civic-indicator-trend>, 10,000 points (illustrative), 800 px wide, no throttling');
    console.log(`  plain ECharts: init + setOption (LTTB) + frame   ${q(t.plain)}`);
    console.log(`  civic: new data (civic-ready + chart + frame)    ${q(t.civic)}`);
    console.log(`  civic: a new element given the data              ${q(t.newElement)}`);
    console.log(`  civic: arrow key (highlight + tooltip + frame)   ${q(t.keys)}`);
    console.log(`  civic: theme switch (attribute + frame)          ${q(t.themes)}`);
    console.log(`  checks: line sampling "${t.sampling}"; tooltip after 20 arrow keys: "${String(t.tooltip).slice(0, 60)}"`);
  }
  if (res.theme) {
    const t = res.theme;
    const q = (xs) => `median ${ms(median(xs)).padStart(7)}  p25 ${ms(quantile(xs, 0.25)).padStart(7)}  p75 ${ms(quantile(xs, 0.75)).padStart(7)}  n=${xs.length}`;
    console.log(`\n<civic-cluster-gauge> ${t.size} px: live theme switch against re-creating the chart, no throttling`);
    console.log(`  ${'(a) theme switch (attribute + frame)'.padEnd(47)} ${q(t.a)}`);
    console.log(`  ${`(b) remove + re-insert${t.reinsertBroken ? ' + update' : ''} (new chart)`.padEnd(47)} ${q(t.b)}`);
    const r = median(t.b) / median(t.a);
    console.log(`  ratio of medians b/a: ${r.toFixed(1)}× (a theme switch is ${r >= 1 ? `${r.toFixed(1)}× cheaper` : `${(1 / r).toFixed(1)}× more expensive`} than re-creating the chart)`);
    console.log(`  checks: theme switch keeps the ECharts instance: ${t.themeKeepsInstance ? 'yes' : 'NO'}; re-insert created a new instance ${t.freshInstance}/${t.freshInstance + t.sameInstance} times (civic-ready fired ${t.readyEvents} times)`);
    if (t.reinsertBroken) console.log('  WARNING: re-inserting the element did not create a new chart within 3 s; (b) was measured with an extra el.requestUpdate().');
  }
  const [l1] = res.machine.loadavgBefore;
  const [l2] = res.machine.loadavgAfter;
  console.log(`\n${res.browser ?? ''}; ${res.machine.cpus} cores, load average ${l1} before, ${l2} after${Math.max(l1, l2) > res.machine.cpus * 0.75 ? ' (other work was running: expect noise; compare ratios from the same run)' : ''}`);
  if (res.errors.length) {
    console.log(`\npage reported ${res.errors.length} error(s)/warning(s):`);
    for (const e of res.errors.slice(0, 10)) console.log(`  ${e}`);
  }
}
