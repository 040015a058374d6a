#!/usr/bin/env node
// `npm run build`: the npm package (dist/), the CDN bundles (dist/cdn/), type declarations and
// custom-elements.json. Fails when package.json "exports" and the elements on disk disagree.
//
//   node scripts/build.mjs                 build everything
//   node scripts/build.mjs --fix-exports   first add missing "./<element>" exports to package.json
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const dist = join(root, 'dist');
const started = performance.now();
const args = new Set(process.argv.slice(2));

const log = (msg) => console.log(`[build] ${msg}`);
const rel = (p) => relative(root, p).split('\\').join('/');
const errors = [];
const fail = (msg) => errors.push(msg);

/** Elements = directories under src/components with a define.ts (same rule as vite.config.ts). */
function elementNames() {
  const dir = join(root, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

function run(cmd, argv, label) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) {
        log(`${label} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        resolvePromise();
      } else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function binOf(pkg, name) {
  const pkgJsonPath = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
  return join(dirname(pkgJsonPath), typeof bin === 'string' ? bin : bin[name]);
}

// ---------------------------------------------------------------------------------------------
// 1. package.json "exports" must match the elements on disk.
const pkgPath = join(root, 'package.json');
const pkgText = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(pkgText);
const elements = elementNames();
if (!existsSync(join(root, 'src/civic-charts.ts')) || !existsSync(join(root, 'src/index.ts'))) {
  console.error('[build] src/index.ts and src/civic-charts.ts are required.');
  process.exit(1);
}
log(`elements: ${elements.join(', ') || '(none)'}`);

const expectedExport = (name) => ({
  types: `./dist/components/${name}/define.d.ts`,
  import: `./dist/components/${name}/define.js`,
});
const sameExport = (a, b) => a && typeof a === 'object' && a.types === b.types && a.import === b.import;

pkg.exports ??= {};
const missing = elements.filter((name) => !pkg.exports[`./${name}`]);
if (missing.length && args.has('--fix-exports')) {
  // Insert one compact line per element before "./data", keeping package.json's formatting.
  const lines = pkgText.split('\n');
  const at = lines.findIndex((l) => /^\s*"\.\/data"\s*:/.test(l));
  if (at < 0) {
    console.error('[build] cannot find the "./data" line in package.json "exports"; add the entries by hand.');
    process.exit(1);
  }
  const indent = lines[at].match(/^\s*/)[0];
  lines.splice(at, 0, ...missing.map((name) => `${indent}"./${name}": ${JSON.stringify(expectedExport(name)).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }')},`));
  writeFileSync(pkgPath, lines.join('\n'));
  for (const name of missing) pkg.exports[`./${name}`] = expectedExport(name);
  log(`added exports for ${missing.join(', ')} to package.json`);
} else {
  for (const name of missing) {
    fail(
      `src/components/${name}/define.ts exists but package.json has no "exports"["./${name}"] ` +
        `(expected ${JSON.stringify(expectedExport(name))}; run \`node scripts/build.mjs --fix-exports\`).`,
    );
  }
}
for (const name of elements) {
  const entry = pkg.exports[`./${name}`];
  if (entry && !sameExport(entry, expectedExport(name))) {
    fail(`package.json "exports"["./${name}"] should be ${JSON.stringify(expectedExport(name))}, got ${JSON.stringify(entry)}.`);
  }
}
const fixedExports = {
  '.': { types: './dist/civic-charts.d.ts', import: './dist/civic-charts.js' },
  './classes': { types: './dist/index.d.ts', import: './dist/index.js' },
  './data': { types: './dist/data/index.d.ts', import: './dist/data/index.js' },
  './react': { types: './dist/react/index.d.ts', import: './dist/react/index.js' },
};
for (const [key, value] of Object.entries(fixedExports)) {
  if (!sameExport(pkg.exports[key], value)) fail(`package.json "exports"["${key}"] should be ${JSON.stringify(value)}.`);
}
// Types-only entries: typings for React 19 bare tags and for Vue templates; no JavaScript to import.
const typesOnlyExports = {
  './react/jsx': { types: './dist/react/jsx.d.ts' },
  './vue': { types: './dist/vue/index.d.ts' },
};
for (const [key, value] of Object.entries(typesOnlyExports)) {
  const entry = pkg.exports[key];
  if (!entry || Object.keys(entry).length !== 1 || entry.types !== value.types) {
    fail(`package.json "exports"["${key}"] should be ${JSON.stringify(value)} (types only).`);
  }
}
if (pkg.exports['./custom-elements.json'] !== './custom-elements.json') {
  fail('package.json "exports"["./custom-elements.json"] should be "./custom-elements.json".');
}
if (pkg.customElements !== 'custom-elements.json') {
  fail('package.json "customElements" should be "custom-elements.json" (the analyzer would rewrite package.json otherwise).');
}
if (errors.length) {
  for (const e of errors) console.error(`[build] ERROR: ${e}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 2. Clean, then the manifest, the two Vite builds and the declarations.
rmSync(dist, { recursive: true, force: true });

try {
  const pkgTextBefore = readFileSync(pkgPath, 'utf8');
  await run(
    process.execPath,
    [binOf('@custom-elements-manifest/analyzer', 'custom-elements-manifest'), 'analyze', '--litelement', '--quiet'],
    'custom-elements.json (analyzer)',
  );
  if (readFileSync(pkgPath, 'utf8') !== pkgTextBefore) {
    throw new Error('the analyzer rewrote package.json (check "customElements" and custom-elements-manifest.config.mjs).');
  }

  const { build } = await import('vite');
  const configFile = join(root, 'vite.config.ts');
  // tsc runs alongside the Vite builds.
  const types = run(process.execPath, [binOf('typescript', 'tsc'), '-p', 'tsconfig.build.json'], 'types (tsc -p tsconfig.build.json)');
  types.catch(() => {}); // awaited below; no unhandled rejection meanwhile
  let t0 = performance.now();
  await build({ root, configFile, mode: 'npm', logLevel: 'warn' });
  log(`vite build --mode npm done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // The JSON Schemas, from the same declarations as the validators (dist/schemas.js).
  const { ELEMENTS, jsonSchemaOf } = await import(pathToFileURL(join(dist, 'schemas.js')).href);
  mkdirSync(join(dist, 'schemas'), { recursive: true });
  for (const element of ELEMENTS) {
    writeFileSync(join(dist, 'schemas', `${element}.json`), `${JSON.stringify(jsonSchemaOf(element), null, 2)}\n`);
  }
  log(`dist/schemas/: ${ELEMENTS.map((e) => `${e}.json`).join(', ')}`);
  // One CDN build per entry: each bundle is self-contained (see vite.config.ts).
  t0 = performance.now();
  const names = ['civic-charts', ...elements, 'embed', 'embed-host'];
  for (const name of names) {
    process.env.CIVIC_CDN_ENTRY = name;
    await build({ root, configFile, mode: 'cdn', logLevel: 'warn' });
  }
  delete process.env.CIVIC_CDN_ENTRY;
  log(`vite build --mode cdn (${names.length} entries) done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // The iframe embed page: a static file next to cdn/ (its script is the cdn entry `embed`).
  copyFileSync(join(root, 'src/embed/embed.html'), join(dist, 'embed.html'));
  await types;
} catch (error) {
  console.error(`[build] ERROR: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 3. Check the output.
const { importsOf } = await import('./module-imports.mjs');

function walkFiles(dir, pred) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? walkFiles(p, pred) : pred(p) ? [p] : [];
  });
}

// Every export target exists.
for (const [key, value] of Object.entries(pkg.exports)) {
  const targets = typeof value === 'string' ? [value] : Object.values(value);
  for (const target of targets) {
    // A pattern export ("./schemas/*.json") needs at least one file its `*` matches.
    const built = target.includes('*')
      ? (() => {
          const [dir, file] = [dirname(target), target.split('/').pop()];
          const [head, tail] = file.split('*');
          return existsSync(join(root, dir)) && readdirSync(join(root, dir)).some((f) => f.startsWith(head) && f.endsWith(tail));
        })()
      : existsSync(join(root, target));
    if (!built) fail(`package.json "exports"["${key}"] points at ${target}, which was not built.`);
  }
}
// Every element has its npm module, declarations and CDN bundle.
const expectedFiles = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/civic-charts.js',
  'dist/civic-charts.d.ts',
  'dist/data/index.js',
  'dist/data/index.d.ts',
  'dist/react/index.js',
  'dist/react/index.d.ts',
  'dist/react/jsx.d.ts',
  'dist/vue/index.d.ts',
  'dist/cdn/civic-charts.js',
  'dist/embed.html',
  'dist/cdn/embed.js',
  'dist/cli/main.js',
  ...['cluster-gauge', 'indicator-trend', 'target-progress', 'institute-map'].map((e) => `dist/schemas/${e}.json`),
  'dist/cdn/embed-host.js',
  'custom-elements.json',
  ...elements.flatMap((n) => [`dist/components/${n}/define.js`, `dist/components/${n}/define.d.ts`, `dist/cdn/${n}.js`]),
];
for (const f of expectedFiles) if (!existsSync(join(root, f))) fail(`${f} was not built.`);

// npm modules import only relative files and the declared externals.
// (`react` only from dist/react/, checked below.)
const EXTERNAL = /^(?:lit(?:\/.*)?|@lit\/.*|@lit-labs\/.*|echarts(?:\/.*)?|zrender(?:\/.*)?|tslib|react|node:.*)$/;
// (dist/cdn holds the CDN bundles; dist/demo, when present, the demo page's own build.)
const npmFiles = walkFiles(dist, (p) => p.endsWith('.js') && !p.startsWith(join(dist, 'cdn') + sep) && !p.startsWith(join(dist, 'demo') + sep));
for (const file of npmFiles) {
  const { staticImports, dynamicImports } = importsOf(file);
  for (const spec of [...staticImports, ...dynamicImports]) {
    if (!spec.startsWith('./') && !spec.startsWith('../') && !EXTERNAL.test(spec)) {
      fail(`${rel(file)} imports "${spec}", which is neither relative nor a declared external.`);
    }
    // React is an optional peer: only the wrappers may need it, or every user would.
    if ((spec === 'react' || spec === '@lit/react') && !rel(file).startsWith('dist/react/')) {
      fail(`${rel(file)} imports "${spec}": only dist/react/ may (React is an optional peer dependency).`);
    }
  }
}
// package.json "sideEffects" must cover every module with top-level side effects (registering
// ECharts parts with use(), customElements.define, …): consumers' bundlers drop the others
// whenever nothing is imported from them, e.g. a module that only re-exports.
const sideEffectGlobs = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : null;
if (sideEffectGlobs) {
  const globToRegExp = (glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '\u0000')
        .replace(/\*\*/g, '.*')
        .replace(/\*/g, '[^/]*')
        .replace(/\u0000/g, '(?:.*/)?')}$`,
    );
  const covered = sideEffectGlobs.map(globToRegExp);
  const { parseAst } = await import('vite');
  const DECLARATIONS = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ExportDefaultDeclaration', 'FunctionDeclaration', 'ClassDeclaration', 'VariableDeclaration', 'EmptyStatement']);
  // Decorators compiled to helper calls only touch the class declared in the same module.
  const isDecoratorCall = (n) =>
    n.type === 'ExpressionStatement' && n.expression.type === 'CallExpression' && /decorate/i.test(n.expression.callee.name ?? '');
  for (const file of npmFiles) {
    const relPath = rel(file);
    const code = readFileSync(file, 'utf8');
    const effects = parseAst(code).body.filter((n) => !DECLARATIONS.has(n.type) && !isDecoratorCall(n));
    if (effects.length && !covered.some((re) => re.test(relPath))) {
      const first = code.slice(effects[0].start, effects[0].end).split('\n')[0].slice(0, 80);
      fail(`${relPath} has top-level side effects (\`${first}\`) but package.json "sideEffects" does not list it: consumers' bundlers may drop it.`);
    }
  }
}
// CDN bundles are self-contained and have no process.env left.
const cdnFiles = walkFiles(join(dist, 'cdn'), (p) => p.endsWith('.js'));
for (const file of cdnFiles) {
  const { code, staticImports, dynamicImports } = importsOf(file);
  for (const spec of [...staticImports, ...dynamicImports]) {
    if (!spec.startsWith('./') && !spec.startsWith('../')) fail(`${rel(file)} imports "${spec}": CDN bundles must be self-contained.`);
  }
  if (/\bprocess\.env\b/.test(code)) fail(`${rel(file)} still reads process.env (it throws in a browser).`);
  // React's element symbols, or @lit/react's wrapper: the React entry leaked into a CDN bundle.
  if (/Symbol\.for\(\s*["'`]react\.|suppressHydrationWarning/.test(code)) fail(`${rel(file)} contains React or @lit/react code.`);
}
// The embed page: relative paths only (dist/ can be hosted anywhere), its own strict CSP, no inline
// script or style, and embed.js loads exactly the element bundles that exist, and nothing else.
if (existsSync(join(dist, 'embed.html')) && existsSync(join(dist, 'cdn/embed.js'))) {
  const page = readFileSync(join(dist, 'embed.html'), 'utf8');
  const scripts = [...page.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]);
  if (scripts.length !== 1 || !/\bsrc="\.\/cdn\/embed\.js"/.test(scripts[0]) || !/\btype="module"/.test(scripts[0])) {
    fail('dist/embed.html must load exactly one script, <script type="module" src="./cdn/embed.js">.');
  }
  if (/\sstyle\s*=|<style\b/i.test(page)) fail('dist/embed.html has inline style, which its CSP forbids.');
  if (!/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/.test(page)) {
    fail('dist/embed.html lost its <meta http-equiv="Content-Security-Policy">.');
  }
  const { dynamicImports, staticImports } = importsOf(join(dist, 'cdn/embed.js'));
  const want = elements.map((n) => `./${n}.js`).sort();
  if (staticImports.length || JSON.stringify([...dynamicImports].sort()) !== JSON.stringify(want)) {
    fail(`dist/cdn/embed.js should import only ${want.join(', ')} (dynamically); it imports ${[...staticImports, ...dynamicImports].join(', ') || 'nothing'}.`);
  }
}
// The manifest lists every element.
if (existsSync(join(root, 'custom-elements.json'))) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = new Set(
    manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)),
  );
  for (const n of elements) if (!tags.has(`civic-${n}`)) fail(`custom-elements.json does not describe <civic-${n}>.`);
}

if (errors.length) {
  for (const e of errors) console.error(`[build] ERROR: ${e}`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const total = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0);
log(`npm: ${npmFiles.length} modules (${kb(total(npmFiles))}) in dist/`);
log(`cdn: ${cdnFiles.length} files (${kb(total(cdnFiles))}) in dist/cdn/ — run \`npm run size\` for gzip sizes`);
log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
