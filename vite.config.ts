/**
 * Vite configuration for the two library builds, both run by scripts/build.mjs (`npm run build`):
 *
 * - `vite build --mode npm`: the npm package. ES modules, one output file per source
 *   module (preserveModules), so `civic-charts/<element>` imports only that element. Lit and
 *   ECharts stay external: they are dependencies of the package, resolved by the user's bundler.
 * - `vite build --mode cdn`: self-contained, minified, tree-shaken bundles for a plain
 *   `<script type="module">` tag: `dist/cdn/<element>.js` and `dist/cdn/civic-charts.js`, one
 *   build per entry (CIVIC_CDN_ENTRY, set by scripts/build.mjs) so each is a single file with
 *   only what it needs (shared chunks across entries cost a page that embeds one element both
 *   requests and per-file gzip overhead); large assets (the bundled datasets, the district map)
 *   stay lazy chunks in `dist/cdn/chunks/`. A page with several elements uses civic-charts.js.
 *   The iframe embed page's scripts are CDN entries too: `dist/cdn/embed.js` (it imports the one
 *   element bundle its page asks for, `./<element>.js`) and `dist/cdn/embed-host.js`;
 *   scripts/build.mjs copies the page itself, src/embed/embed.html, to `dist/embed.html`.
 *
 * Entries are discovered, never listed by hand: every `src/components/<name>/define.ts`.
 *
 * Any other mode (`development`, `production`) gets only the shared settings: Storybook's Vite
 * builder loads this file too, and must not inherit a library build. The demo has its own
 * config (vite.demo.config.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');
const toPosix = (p: string): string => p.split(sep).join('/');

/** Names of the elements that have a `src/components/<name>/define.ts`, sorted. */
export function elementNames(): string[] {
  const dir = resolve(src, 'components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(dir, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

/** npm entries, keyed by their output path without extension (relative to dist/). */
export function npmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(src, 'index.ts'),
    'civic-charts': resolve(src, 'civic-charts.ts'),
  };
  for (const name of elementNames()) {
    entries[`components/${name}/define`] = resolve(src, 'components', name, 'define.ts');
  }
  const data = resolve(src, 'data/index.ts');
  if (existsSync(data)) entries['data/index'] = data;
  // The React wrappers (civic-charts/react): npm only, never in a CDN bundle.
  const react = resolve(src, 'react/index.ts');
  if (existsSync(react)) entries['react/index'] = react;
  // The JSON Schemas' source and the `civic-charts` command (Node only; bin/civic-charts.mjs runs it).
  entries.schemas = resolve(src, 'schemas.ts');
  entries['cli/main'] = resolve(src, 'cli/main.ts');
  return entries;
}

/** The embed page's scripts: dist/cdn/embed.js (loaded by dist/embed.html) and dist/cdn/embed-host.js. */
export function embedEntries(): Record<string, string> {
  return { embed: resolve(src, 'embed/main.ts'), 'embed-host': resolve(src, 'embed/embed-host.ts') };
}

/**
 * CDN entries: dist/cdn/<name>.js for each element, plus dist/cdn/civic-charts.js, plus the
 * embed page's two scripts.
 */
export function cdnEntries(): Record<string, string> {
  const entries: Record<string, string> = { 'civic-charts': resolve(src, 'civic-charts.ts') };
  for (const name of elementNames()) {
    entries[name] = resolve(src, 'components', name, 'define.ts');
  }
  return { ...entries, ...embedEntries() };
}

/**
 * In the embed script (src/embed/), `import('../components/<name>/define.js')` becomes
 * `import('./<name>.js')`: the element's own CDN bundle next to embed.js, loaded only when the
 * page asks for that element, instead of a second copy of Lit and ECharts in embed chunks.
 */
function embedLoadsSiblingBundles(): Plugin {
  const embedDir = resolve(src, 'embed') + sep;
  return {
    name: 'civic-embed-sibling-bundles',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.startsWith(embedDir)) return null;
      const m = /^\.\.\/components\/([\w-]+)\/define\.js$/.exec(source);
      return m && elementNames().includes(m[1]!) ? { id: `./${m[1]}.js`, external: true } : null;
    },
  };
}

/** The CDN entry this build makes (CIVIC_CDN_ENTRY), or all of them when unset. */
function oneCdnEntry(): Record<string, string> {
  const all = cdnEntries();
  const name = process.env.CIVIC_CDN_ENTRY;
  if (!name) return all;
  if (!all[name]) throw new Error(`CIVIC_CDN_ENTRY=${name} is not a CDN entry (${Object.keys(all).join(', ')})`);
  return { [name]: all[name] };
}

/**
 * Bare imports that stay external in the npm build: package dependencies, and React (an optional
 * peer, imported only by the wrappers of civic-charts/react).
 */
const EXTERNAL = /^(?:lit(?:\/.*)?|@lit\/.*|@lit-labs\/.*|echarts(?:\/.*)?|zrender(?:\/.*)?|tslib|react|node:.*)$/;

/**
 * Output file name of a module in the npm build: the source path below src/ (or below the
 * project root for modules outside src/, such as seeds/*.json), with `.js` appended for JSON.
 * Bundled helpers (the decorator runtime, anything from node_modules) go to `_virtual/`: npm
 * never publishes a directory named node_modules.
 */
function npmFileName(facadeModuleId: string | null, name: string): string {
  const file = facadeModuleId?.split('?')[0] ?? '';
  const inProject = file.startsWith(root + sep) && !file.includes(`${sep}node_modules${sep}`);
  if (!file.startsWith('\0') && inProject) {
    const rel = file.startsWith(src + sep) ? relative(src, file) : relative(root, file);
    return toPosix(rel).replace(/\.(?:[cm]?ts|tsx|[cm]?js)$/, '') + '.js';
  }
  const base = name.split('/').pop()!.replace(/[^\w.-]+/g, '_').replace(/\.js$/, '');
  return `_virtual/${base}.js`;
}

/**
 * Our own modules always keep their top-level side effects (`use([...])` registering ECharts
 * parts, `customElements.define`) while building, whatever package.json's "sideEffects" says:
 * that field is for the package's consumers (scripts/build.mjs checks that it covers every built
 * module with top-level side effects). A transform hook, because Vite's resolver attaches the
 * package.json value at resolveId, which outranks `treeshake.moduleSideEffects`. Dependencies
 * keep their own "sideEffects". Storybook (through baseConfig) and the demo use it too: without
 * it a production build drops `import './civic-charts.js'` and no element gets registered.
 */
export function ownSideEffects(): Plugin {
  return {
    name: 'civic-own-side-effects',
    transform(_code, id) {
      const file = id.split('?')[0]!;
      if (file.startsWith(root + sep) && !file.includes(`${sep}node_modules${sep}`)) {
        return { code: _code, map: null, moduleSideEffects: true };
      }
      return null;
    },
  };
}

function npmConfig(): UserConfig {
  return {
    publicDir: false,
    logLevel: 'warn',
    json: { namedExports: false, stringify: false },
    plugins: [ownSideEffects()],
    build: {
      outDir: 'dist',
      emptyOutDir: false, // scripts/build.mjs cleans dist/ once, before both builds
      target: 'es2022',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: npmEntries(), formats: ['es'] },
      rolldownOptions: {
        external: (id: string) => EXTERNAL.test(id),
        output: {
          preserveModules: true,
          preserveModulesRoot: src,
          entryFileNames: (chunk) => npmFileName(chunk.facadeModuleId, chunk.name),
          chunkFileNames: (chunk) => npmFileName(chunk.facadeModuleId, chunk.name),
        },
      },
    },
  };
}

/**
 * Minifies the CSS of our own `css\`…\`` templates in the CDN bundles (the minifier leaves
 * template literals as written): comments out, whitespace collapsed, none around `{ } ; : ,` of
 * declarations. Only whitespace that CSS ignores is removed; selectors keep their combinators.
 */
export function minifyOwnCss(): Plugin {
  const squeeze = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/:\s+/g, (m, offset: number, all: string) => (/[{;]\s*[-\w]+$/.test(all.slice(0, offset)) ? ':' : m))
      .trim();
  return {
    name: 'civic-minify-own-css',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(src + sep) || !/\.ts$/.test(file) || !code.includes('css`')) return null;
      // Only literals without ${} interpolations are squeezed (ours have none).
      const out = code.replace(/\bcss`([^`$]*)`/g, (_m, body: string) => `css\`${squeeze(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Marks the CDN chunks that are mostly ECharts for eager compilation: V8's explicit compile hint
 * `//# allFunctionsCalledOnLoad` (Chromium 136+; other engines read a comment). Their functions are
 * then compiled while the file streams in, off the main thread, instead of one at a time on their
 * first call inside a chart's steps: compiling ECharts' code was most of the cost of the first
 * chart of each kind, and the page's first map is made while the reader scrolls. Measured in
 * alternating runs of the forty-chart page at 4x (issue 10; medians of four): total blocking time
 * 936 against 1677 ms, the longest task while scrolling 115 against 143 ms, first chart drawn
 * 2.6 against 3.2 s, for 0.2 MB more heap (the compiled code). Chunks that also hold our code
 * (an element's own file) stay lazily compiled: most of our code is not run on a given page,
 * and compiling it too cost another 0.3 MB for no measurable gain.
 */
export function eagerEcharts(): Plugin {
  const library = /[\\/]node_modules[\\/](?:echarts|zrender)[\\/]/;
  return {
    name: 'civic-eager-echarts',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        let ours = 0;
        let echarts = 0;
        for (const [id, m] of Object.entries(chunk.modules)) {
          if (library.test(id)) echarts += m.renderedLength;
          else ours += m.renderedLength;
        }
        // Chunks of ECharts alone: an element's own file (its ECharts chart type beside our code) stays lazy.
        if (echarts > 20 * ours) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

/**
 * ECharts' modules that only the map draws with (the map and scatter series, the geo component
 * and coordinate system, the view they share). Left in the bundle with our code, they were
 * compiled a function at a time inside the first map's steps, while a reader scrolls: the map
 * usually comes below the first screen. In a chunk of their own they get eagerEcharts()'s compile
 * hint. Fresh pages, unthrottled, medians of five: the first map's steps 22, 26 and 26 ms against
 * 12, 18 and 20 ms, the heap 0.13 MB more.
 */
const ECHARTS_MAP = /node_modules[\\/]echarts[\\/]lib[\\/](?:chart[\\/](?:map|scatter)|coord[\\/](?:geo|View)|component[\\/](?:geo|helper[\\/](?:MapDraw|roamHelper|RoamController)))/;

function cdnConfig(): UserConfig {
  // CIVIC_CDN_PROFILE=1: readable bundles in dist/cdn-profile, for CPU profiles with real names
  // (`CIVIC_CDN_PROFILE=1 CIVIC_CDN_ENTRY=civic-charts vite build --mode cdn`, then
  // `CIVIC_BENCH_CDN=dist/cdn-profile npm run bench -- --profile`).
  const readable = process.env.CIVIC_CDN_PROFILE === '1';
  return {
    publicDir: false,
    logLevel: 'warn',
    // ECharts and zrender read process.env.NODE_ENV; library mode does not replace it.
    define: { 'process.env.NODE_ENV': '"production"' },
    json: { namedExports: false, stringify: true },
    plugins: [ownSideEffects(), minifyOwnCss(), embedLoadsSiblingBundles(), eagerEcharts()],
    build: {
      outDir: readable ? 'dist/cdn-profile' : 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      // Library mode does not minify ES output unless asked (TOOLCHAIN pitfall 6). With Vite 8,
      // `build.minify: true` alone still keeps whitespace in ES library output (oxc `codegen: false`),
      // so `output.minify: true` below asks Rolldown for full minification.
      minify: !readable,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: oneCdnEntry(), formats: ['es'] },
      rolldownOptions: {
        // A lazy chunk (export, the SVG renderer) imports what it shares with the entry from the
        // entry itself: otherwise the shared code (ECharts, Lit) is split into a second file that
        // every page must then fetch before the element renders.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: !readable,
          // Keep licence headers (Lit's @license, ECharts'); drop JSDoc and /*#__PURE__*/ hints.
          comments: { legal: true, annotation: false, jsdoc: false },
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
          // The map's ECharts parts in a file of their own, so that eagerEcharts() hints it too.
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'echarts-map', test: ECHARTS_MAP }] },
        },
      },
    },
  };
}

/** Settings every mode shares (also what Storybook's builder picks up). */
function baseConfig(): UserConfig {
  return { publicDir: false, plugins: [ownSideEffects()] };
}

export default defineConfig(({ mode }) =>
  mode === 'cdn' ? cdnConfig() : mode === 'npm' ? npmConfig() : baseConfig(),
);
