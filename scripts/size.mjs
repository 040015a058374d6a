#!/usr/bin/env node
// `npm run size`: what a page downloads before an element can render, per CDN entry.
// For each dist/cdn/<entry>.js: the entry plus every chunk it imports statically (recursively),
// gzipped at level 9 (node:zlib), against a budget. Lazy chunks (reached only by import()) are
// listed separately. Exits 1 when an entry is over budget or an expected entry is missing.
// Writes the same table to dist/size.json.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { importsOf } from './module-imports.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'dist/cdn');

/** Budgets in gzip kB (1 kB = 1000 bytes). */
const BUDGETS = {
  'cluster-gauge': 145,
  'indicator-trend': 220,
  'target-progress': 200,
  'institute-map': 220,
  'civic-charts': 260,
  // The iframe embed page's own scripts (dist/embed.html). embed.js then imports the one element
  // bundle its page asks for, which is counted (and budgeted) in that element's own row.
  embed: 5,
  'embed-host': 2,
};

/** Budgets of lazy chunks, by the chunk's name before its hash (gzip kB). */
const LAZY_BUDGETS = {
  'ningbo-geo': 20, // the district map: issue 4 asks for at most 20 kB gzip
};

if (!existsSync(cdn)) {
  console.error('[size] dist/cdn/ does not exist: run `npm run build` first.');
  process.exit(1);
}

// Expected entries: civic-charts, plus every element whose define.ts exists.
const componentsDir = join(root, 'src/components');
const elements = existsSync(componentsDir)
  ? readdirSync(componentsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(componentsDir, d.name, 'define.ts')))
      .map((d) => d.name)
      .sort()
  : [];
const expected = ['civic-charts', ...elements];
const entries = readdirSync(cdn)
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (a === 'civic-charts') - (b === 'civic-charts') || a.localeCompare(b));

const gzipSize = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;
const rel = (p) => relative(cdn, p).split('\\').join('/');
const cache = new Map();
function info(file) {
  if (!cache.has(file)) {
    if (!existsSync(file)) throw new Error(`${rel(file)} is imported but does not exist`);
    const { code, staticImports, dynamicImports } = importsOf(file);
    const resolveSpec = (spec) => (spec.startsWith('.') ? resolve(dirname(file), spec) : undefined);
    cache.set(file, {
      bytes: Buffer.byteLength(code),
      code,
      staticDeps: staticImports.map(resolveSpec).filter(Boolean),
      dynamicDeps: dynamicImports.map(resolveSpec).filter(Boolean),
      bare: [...staticImports, ...dynamicImports].filter((s) => !s.startsWith('.')),
    });
  }
  return cache.get(file);
}

/** The entry and everything it imports statically, transitively (a set of file paths). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of info(file).staticDeps) staticClosure(dep, seen);
  return seen;
}

const problems = [];
const rows = [];
const lazy = new Map(); // lazy chunk file → Set of entries that can load it
for (const name of entries) {
  const entryFile = join(cdn, `${name}.js`);
  const files = [...staticClosure(entryFile)];
  for (const f of files) {
    for (const spec of info(f).bare) problems.push(`${rel(f)} imports the bare specifier "${spec}"`);
    for (const d of info(f).dynamicDeps) {
      // Another entry (embed.js importing ./cluster-gauge.js …) has its own row.
      if (!files.includes(d) && !entries.some((e) => join(cdn, `${e}.js`) === d)) {
        if (!lazy.has(d)) lazy.set(d, new Set());
        lazy.get(d).add(name);
      }
    }
  }
  // Gzip each file separately (the browser fetches them separately), then add up.
  const raw = files.reduce((sum, f) => sum + info(f).bytes, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSize(Buffer.from(info(f).code)), 0);
  const budget = BUDGETS[name];
  const status = budget === undefined ? 'no budget' : gzip <= budget * 1000 ? 'ok' : 'OVER';
  if (status === 'OVER') problems.push(`${name}.js is ${(gzip / 1000).toFixed(1)} kB gzip, over its ${budget} kB budget`);
  rows.push({
    entry: `${name}.js`,
    files: files.map(rel),
    rawBytes: raw,
    gzipBytes: gzip,
    budgetBytes: budget === undefined ? null : budget * 1000,
    status,
  });
}
for (const name of expected) {
  if (!entries.includes(name)) problems.push(`dist/cdn/${name}.js is missing (src/${name === 'civic-charts' ? 'civic-charts.ts' : `components/${name}/define.ts`} exists)`);
}
// Lazily loaded chunks may themselves import further chunks statically: count those too.
const lazyRows = [...lazy.entries()]
  .map(([file, by]) => {
    const closure = [...staticClosure(file)];
    const own = info(file);
    return {
      chunk: rel(file),
      rawBytes: own.bytes,
      gzipBytes: gzipSize(Buffer.from(own.code)),
      alsoLoads: closure.filter((f) => f !== file && !rows.some((r) => r.files.includes(rel(f)))).map(rel),
      loadedBy: [...by].sort(),
    };
  })
  .sort((a, b) => a.chunk.localeCompare(b.chunk));
for (const row of lazyRows) {
  const name = row.chunk.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');
  const budget = LAZY_BUDGETS[name];
  row.budgetBytes = budget === undefined ? null : budget * 1000;
  if (budget !== undefined && row.gzipBytes > budget * 1000) {
    problems.push(`${row.chunk} is ${(row.gzipBytes / 1000).toFixed(1)} kB gzip, over its ${budget} kB budget`);
  }
}
if (existsSync(join(root, 'src', 'components', 'institute-map', 'define.ts')) && !lazyRows.some((r) => /ningbo-geo/.test(r.chunk))) {
  problems.push('the district map is not a lazy chunk (chunks/ningbo-geo-*.js): a page without a map would download it');
}

// Chunks no entry can reach, statically or lazily (Rolldown still emits chunks for dynamic
// imports it tree-shook away). Harmless, never downloaded; listed so they do not surprise anyone.
const reachable = new Set();
const markReachable = (file) => {
  if (reachable.has(file)) return;
  reachable.add(file);
  for (const d of [...info(file).staticDeps, ...info(file).dynamicDeps]) markReachable(d);
};
for (const name of entries) markReachable(join(cdn, `${name}.js`));
const unreferenced = existsSync(join(cdn, 'chunks'))
  ? readdirSync(join(cdn, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(cdn, 'chunks', f))
      .filter((f) => !reachable.has(f))
      .map(rel)
  : [];

// ---------------------------------------------------------------------------------------------
const kB = (bytes) => (bytes / 1000).toFixed(1);
function table(headers, body, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

console.log('CDN entries (entry + statically imported chunks; gzip -9, 1 kB = 1000 B)\n');
console.log(
  table(
    ['entry', 'files', 'raw kB', 'gzip kB', 'budget kB', 'status'],
    rows.map((r) => [r.entry, r.files.length, kB(r.rawBytes), kB(r.gzipBytes), r.budgetBytes === null ? '—' : kB(r.budgetBytes), r.status]),
    ['l', 'r', 'r', 'r', 'r', 'l'],
  ),
);
console.log(`\nLazy chunks (loaded with import() on demand; not counted above): ${lazyRows.length}\n`);
if (lazyRows.length) {
  console.log(
    table(
      ['chunk', 'raw kB', 'gzip kB', 'loaded by'],
      lazyRows.map((r) => [r.chunk, kB(r.rawBytes), kB(r.gzipBytes), r.loadedBy.length === rows.length ? '(all entries)' : r.loadedBy.join(', ')]),
      ['l', 'r', 'r', 'l'],
    ),
  );
}

if (unreferenced.length) {
  console.log(`\nUnreferenced chunks (emitted but never loaded by any entry): ${unreferenced.join(', ')}`);
}

writeFileSync(
  join(root, 'dist/size.json'),
  `${JSON.stringify({ unit: 'bytes', kB: 1000, gzipLevel: 9, entries: rows, lazyChunks: lazyRows, unreferencedChunks: unreferenced, problems }, null, 2)}\n`,
);
console.log('\nWrote dist/size.json');

if (problems.length) {
  for (const p of problems) console.error(`[size] FAIL: ${p}`);
  process.exit(1);
}
console.log(`[size] all ${rows.length} entries within budget`);
