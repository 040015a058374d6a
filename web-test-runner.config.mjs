// Browser tests run in real headless Chromium (Debian's package; see scripts/ensure-chrome.mjs).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cspPagePlugin } from './test/support/csp-plugin.mjs';
import { embedPlugin } from './test/support/embed-plugin.mjs';
import { fcPlugin } from './test/support/fc-plugin.mjs';
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
  // The iframe embed and the stories check open pages of their own (tabs, cross-origin frames):
  // after fifty files in one browser their frames stopped answering, so `npm test` runs them
  // in a second, fresh browser (`npm run test:pages`).
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
