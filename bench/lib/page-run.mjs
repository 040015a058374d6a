// One load of a bench page in a fresh browser context, with CPU throttling, measured by the
// in-page observer (observer.js): first chart drawn, total blocking time, JS heap after load,
// then (optionally) a reader scrolling to the bottom: the longest task meanwhile, and layout shift.
import { writeFileSync } from 'node:fs';
import { installObserver } from './observer.js';
import { cls } from './stats.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const VIEWPORT = { width: 1280, height: 800 };
export const QUIET_MS = 2000; // "settled": no long task, no new chart drawn and no request for this long
export const SETTLE_LIMIT_MS = 60_000;
/** The reader: a scrollBy every 100 ms (3,000 px/s by default, a quick skim), then a pause. */
export const SCROLL = { speed: 3000, intervalMs: 100, tailMs: 1500 };

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ selector: string, throttle: number, scroll: boolean, scrollSpeed?: number, profile?: string, onError: (msg: string) => void }} opts
 */
export async function runPage(browser, url, opts) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    page.on('pageerror', (err) => opts.onError(`${url}: ${err}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warn') opts.onError(`${url}: console.${msg.type()}: ${msg.text()}`);
    });
    let inflight = 0;
    let lastNet = Date.now();
    page.on('request', () => {
      inflight++;
      lastNet = Date.now();
    });
    const done = () => {
      inflight = Math.max(0, inflight - 1);
      lastNet = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', (req) => {
      done();
      opts.onError(`${url}: request failed: ${req.url()}`);
    });

    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.throttle });
    await page.evaluateOnNewDocument(installObserver, opts.selector);
    if (opts.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }

    await page.goto(url, { waitUntil: 'load', timeout: SETTLE_LIMIT_MS });

    // Settle: every container in the viewport drawn, then QUIET_MS without a long task, a newly
    // drawn chart or a network request. TBT counts the long tasks up to that point.
    const started = Date.now();
    let s;
    let settled = false;
    while (Date.now() - started < SETTLE_LIMIT_MS) {
      await sleep(250);
      s = await page.evaluate(() => {
        const b = window.__bench;
        const v = b.viewport();
        return {
          now: performance.now(),
          lastTask: Math.max(0, ...b.longTasks.map((e) => e.start + e.duration)),
          lastDrawn: Math.max(0, ...b.drawn.map((d) => d.t)),
          undrawn: v.undrawn.length,
          inView: v.inView,
        };
      });
      const quietSince = Math.max(s.lastTask, s.lastDrawn);
      if (s.undrawn === 0 && s.now - quietSince >= QUIET_MS && inflight === 0 && Date.now() - lastNet >= QUIET_MS) {
        settled = true;
        break;
      }
    }
    if (!settled) opts.onError(`${url}: did not settle within ${SETTLE_LIMIT_MS / 1000} s (${s?.undrawn} charts in view not drawn)`);

    if (opts.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${opts.profile}-load.cpuprofile`, JSON.stringify(profile));
    }

    const load = await page.evaluate(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        longTasks: b.longTasks.slice(),
        frames: b.frames.slice(),
        shifts: b.shifts.slice(),
        drawn: b.drawn.slice(),
        firstDrawn: b.firstDrawn,
        containers: document.querySelectorAll(b.selector).length,
        loadEvent: nav ? nav.loadEventEnd : null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        now: performance.now(),
      };
    });
    const end = load.now;
    const tbt = load.longTasks.filter((e) => e.start < end).reduce((sum, e) => sum + Math.max(0, e.duration - 50), 0);
    const atf = s?.inView ?? [];
    const atfDrawn = Math.max(0, ...load.drawn.filter((d) => atf.includes(d.i)).map((d) => d.t));

    const heapBeforeGc = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    const result = {
      url,
      settled,
      settledAt: Math.max(0, ...load.longTasks.map((e) => e.start + e.duration), ...load.drawn.map((d) => d.t)),
      firstChartDrawn: load.firstDrawn,
      aboveFoldDrawn: atfDrawn,
      aboveFoldCount: atf.length,
      chartsDrawnAtLoad: load.drawn.length,
      containers: load.containers,
      tbt,
      longTasksAtLoad: load.longTasks.length,
      longestTaskAtLoad: Math.max(0, ...load.longTasks.map((e) => e.duration)),
      heapUsed: heap.usedSize,
      heapTotal: heap.totalSize,
      heapUsedBeforeGc: heapBeforeGc.usedSize,
      loadEvent: load.loadEvent,
      domContentLoaded: load.domContentLoaded,
      clsAtLoad: cls(load.shifts).cls,
    };

    if (opts.scroll) {
      if (opts.profile) await cdp.send('Profiler.start');
      const sc = await page.evaluate(
        async ({ step, intervalMs, tailMs }) => {
          const b = window.__bench;
          scrollTo(0, 0);
          await new Promise((r) => requestAnimationFrame(() => r()));
          const start = performance.now();
          let steps = 0;
          await new Promise((resolve) => {
            const tick = () => {
              if (scrollY >= document.documentElement.scrollHeight - innerHeight - 1) return resolve();
              scrollBy(0, step);
              steps++;
              setTimeout(tick, intervalMs);
            };
            tick();
          });
          const end = performance.now();
          await new Promise((r) => setTimeout(r, tailMs));
          return {
            start,
            end,
            tailEnd: performance.now(),
            steps,
            height: document.documentElement.scrollHeight,
            longTasks: b.longTasks.slice(),
            frames: b.frames.slice(),
            shifts: b.shifts.slice(),
            drawn: b.drawn.length,
          };
        },
        { step: Math.round(((opts.scrollSpeed ?? SCROLL.speed) * SCROLL.intervalMs) / 1000), intervalMs: SCROLL.intervalMs, tailMs: SCROLL.tailMs },
      );
      if (opts.profile) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`${opts.profile}-scroll.cpuprofile`, JSON.stringify(profile));
      }
      const during = (e) => e.start >= sc.start && e.start <= sc.tailEnd;
      const tasks = sc.longTasks.filter(during);
      result.scroll = {
        durationMs: sc.end - sc.start,
        steps: sc.steps,
        pageHeight: sc.height,
        longestTask: Math.max(0, ...tasks.map((e) => e.duration)),
        longTasks: tasks.length,
        blockingTime: tasks.reduce((sum, e) => sum + Math.max(0, e.duration - 50), 0),
        longestFrame: Math.max(0, ...sc.frames.filter(during).map((e) => e.duration)),
        chartsDrawn: sc.drawn,
      };
      if (process.env.BENCH_DEBUG) {
        result.debug = {
          loadTasks: load.longTasks.filter((e) => e.start < end).map((e) => [Math.round(e.start), Math.round(e.duration)]),
          loadFrames: load.frames.filter((f) => f.start < end && f.duration > 50).map((f) => ({ ...f, start: Math.round(f.start) })),
          tasks: tasks.map((e) => [Math.round(e.start - sc.start), Math.round(e.duration)]),
          frames: sc.frames.filter(during).map((f) => ({ ...f, start: Math.round(f.start - sc.start) })),
        };
      }
      const all = cls(sc.shifts);
      result.cls = all.cls;
      result.clsSum = all.sum;
      result.clsDuringScroll = cls(sc.shifts, sc.start, sc.tailEnd).cls;
      await cdp.send('HeapProfiler.collectGarbage');
      result.heapUsedAfterScroll = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}
