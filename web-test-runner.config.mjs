// Browser tests run in real headless Chromium (Debian's package; see scripts/ensure-chrome.mjs).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cspPagePlugin } from './test/support/csp-plugin.mjs';
import { embedPlugin } from './test/support/embed-plugin.mjs';
import { fcPlugin } from './test/support/fc-plugin.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { heapPlugin } from './test/support/heap-plugin.mjs';
import { screenshotPlugin } from './test/support/screenshot-plugin.mjs';
import { jsonModulePlugin } from './test/support/json-module-plugin.mjs';
import { slowJsonPlugin } from './test/support/slow-json-plugin.mjs';
import { storyFilesPlugin } from './test/support/story-files-plugin.mjs';
import { noJsPlugin } from './test/support/nojs-plugin.mjs';
import { findChrome } from './scripts/find-chrome.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
// Digits only: the values are written into the test page's script.
const digits = (v) => (/^\d{1,15}$/.test(v ?? '') ? v : '');
const propertyConfig = JSON.stringify({ seed: digits(process.env.PROPERTY_SEED), runs: digits(process.env.PROPERTY_RUNS) });

export default {
  // The iframe embed and the stories check open pages of their own (a second tab, cross-origin
  // frames) and take minutes: `npm test` runs them last, in a fresh browser (`npm run test:pages`).
  files: ['test/**/*.test.ts', '!test/embed/embed.test.ts', '!test/stories/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
    jsonModulePlugin(),
    cspPagePlugin(),
    embedPlugin(),
    fcPlugin(),
    forcedColorsPlugin(),
    heapPlugin(),
    screenshotPlugin(),
    slowJsonPlugin(),
    storyFilesPlugin(),
    noJsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        // Same lookup as scripts/ensure-chrome.mjs: $CHROME_PATH, then the usual install paths.
        executablePath: findChrome() ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // The embed and stories checks open a second tab: it must run as a reader's foreground
          // tab does (timers, rAF and its frames' renderers not throttled). Cross-origin frames
          // stay in the page's process: puppeteer lost track of out-of-process frames (their
          // execution contexts were destroyed on the process swap, evaluate hung for 30 s), which
          // made the embed test flaky. Origins, postMessage checks and CSP are the same in one
          // process; only the process model differs from a reader's browser.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
          '--disable-site-isolation-trials',
          '--disable-features=IsolateOrigins,site-per-process',
        ],
      },
    }),
  ],
  // ECharts and zrender read process.env.NODE_ENV. The property tests read their seed and number
  // of cases (PROPERTY_SEED, PROPERTY_RUNS; see test/property/support/run.ts).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><script>window.process = { env: { NODE_ENV: 'development' } };
  window.__civicProperty = ${propertyConfig};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
