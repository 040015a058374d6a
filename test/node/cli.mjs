/**
 * The `civic-charts` command, as a process: built from src/cli/main.ts with esbuild into a temp
 * directory (the same source `npm run build` ships as dist/cli/main.js; `npm run test:package`
 * runs the packed one), then run on files like a data editor's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let dir;
let script;

/**
 * Bundles TypeScript source `code` (imports relative to the repository root) for Node into a temp
 * directory; returns the bundle's path. Dependencies (ECharts, Lit) stay in node_modules.
 */
export async function bundle(name, code) {
  // Inside the repository (test-results/ is ignored): the bundle finds ECharts and Lit in node_modules.
  mkdirSync(join(root, 'test-results'), { recursive: true });
  dir ??= mkdtempSync(join(root, 'test-results', 'node-'));
  const entry = join(dir, `${name}.entry.ts`);
  writeFileSync(entry, code.replaceAll('@/', `${root}/`));
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: join(root, 'tsconfig.json'),
    loader: { '.json': 'json' },
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
process.on('exit', () => dir && rmSync(dir, { recursive: true, force: true }));

/** Builds the command once per process; returns a function that runs it. */
export async function cli() {
  script ??= await bundle('civic-charts', "import { run } from '@/src/cli/main.ts';\nprocess.exitCode = await run(process.argv.slice(2));\n");
  return (...args) => {
    const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

/** A temp file holding `value` as JSON (or as text when a string). */
export function tempFile(name, value) {
  const d = mkdtempSync(join(tmpdir(), 'civic-data-'));
  const file = join(d, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  process.on('exit', () => rmSync(d, { recursive: true, force: true }));
  return file;
}
