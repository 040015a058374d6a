/// <reference types="node" />
/**
 * The `civic-charts` command, in Node, no browser:
 * - `validate <element> <file.json>` prints the same path-named issues the element would show and
 *   exits 1 on invalid data, 0 on valid; for data editors and CMS pipelines before they publish;
 * - `render <element> (--record <id> | --data <file.json>) …` writes the chart as SVG, or a
 *   self-contained HTML <figure> with its texts and table, from the elements' own builders.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Locale } from '../core/locale.js';
import type { StaticTheme } from '../core/palettes.js';
import { figureHtml } from '../static/html.js';
import { StaticRenderError, checkedData, recordData, staticFigure } from '../static/render.js';
import type { Issue, ValidationResult } from '../core/schema.js';
import { validateClusterGaugeData } from '../components/cluster-gauge/validate.js';
import { validateIndicatorTrendData } from '../components/indicator-trend/validate.js';
import { validateInstituteMapData } from '../components/institute-map/validate.js';
import { validateTargetProgressData } from '../components/target-progress/validate.js';
import { ELEMENTS, type ElementName } from '../schemas.js';

const validators: Record<ElementName, (input: unknown) => ValidationResult<unknown>> = {
  'cluster-gauge': validateClusterGaugeData,
  'indicator-trend': validateIndicatorTrendData,
  'target-progress': validateTargetProgressData,
  'institute-map': validateInstituteMapData,
};

export const USAGE = `Usage:
  civic-charts validate <element> <file.json> [--json]
      Checks data as the element would: prints every problem with the path of its field and
      exits 1 when the data is invalid, 0 when it is valid.
      --json  print { "valid": boolean, "issues": [{ "path", "message" }] } instead of text.

  civic-charts render <element> (--record <id> | --data <file.json>) [--locale zh-CN|en]
      [--theme light|dark|high-contrast] [--width <px>] [--height <px>] [--format svg|html]
      [--geo <districts.geojson>] [--out <file>]
      Draws the chart with no browser: svg, the chart alone; html, a self-contained <figure>
      with the chart, title, summary, source line and table, and no script. Writes to stdout,
      or to --out. An unknown record or invalid data: a message naming it, exit 1.

  <element>: ${ELEMENTS.join(' | ')}`;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** A usage error: the command line itself is wrong (exit 2). */
class UsageError extends Error {}

function elementOf(name: string | undefined): ElementName {
  const element = name?.replace(/^civic-/, '');
  if (!element) throw new UsageError('missing <element>.');
  if (!(ELEMENTS as readonly string[]).includes(element)) throw new UsageError(`unknown element "${name}": one of ${ELEMENTS.join(', ')}.`);
  return element as ElementName;
}

/** Reads and parses a JSON file; a problem is one issue naming the file (the data is then invalid). */
async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; issues: Issue[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, issues: [{ path: file, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, issues: [{ path: file, message: `is not valid JSON (${(e as Error).message})` }] };
  }
}

async function validateCommand(args: string[], io: Output): Promise<number> {
  const json = args.includes('--json');
  const [name, file, ...rest] = args.filter((a) => a !== '--json');
  const element = elementOf(name);
  if (!file) throw new UsageError('missing <file.json>.');
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}".`);
  const read = await readJson(file);
  const result = read.ok ? validators[element](read.value) : read;
  const issues = result.ok ? [] : result.issues;
  if (json) io.out(JSON.stringify({ valid: result.ok, element, file, issues }, null, 2));
  else if (result.ok) io.out(`${file}: valid ${element} data.`);
  else {
    io.err(`${file}: invalid ${element} data (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):`);
    for (const i of issues) io.err(`  ${i.path} ${i.message}`);
  }
  return result.ok ? 0 : 1;
}

/** `--name value` options; anything else is an argument. Unknown names are usage errors. */
function parseOptions(args: string[], known: string[]): { options: Record<string, string>; rest: string[] } {
  const options: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2);
    if (!known.includes(name)) throw new UsageError(`unknown option "--${name}".`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
    options[name] = value;
  }
  return { options, rest };
}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}".`);
  return value as T;
}

function pixels(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 120 || n > 4000) throw new UsageError(`--${name} must be a whole number of pixels from 120 to 4000, got "${value}".`);
  return n;
}

async function renderCommand(args: string[], io: Output): Promise<number> {
  const { options: o, rest } = parseOptions(args, ['record', 'data', 'locale', 'theme', 'width', 'height', 'format', 'geo', 'out']);
  const element = elementOf(rest[0]);
  if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}".`);
  if ((o.record === undefined) === (o.data === undefined)) throw new UsageError('give either --record <id> or --data <file.json>.');
  const locale = pick<Locale>('locale', o.locale, ['zh-CN', 'en'], 'zh-CN');
  const theme = pick<StaticTheme>('theme', o.theme, ['light', 'dark', 'high-contrast'], 'light');
  const format = pick('format', o.format, ['svg', 'html'] as const, 'svg');
  const width = pixels('width', o.width, 640)!;
  const height = pixels('height', o.height);
  try {
    let geo: unknown;
    if (o.geo) {
      const read = await readJson(o.geo);
      if (!read.ok) throw new StaticRenderError(`${read.issues[0].path} ${read.issues[0].message}`);
      geo = read.value;
    }
    let data: unknown;
    if (o.record !== undefined) data = await recordData(element, o.record);
    else {
      const read = await readJson(o.data!);
      if (!read.ok) throw new StaticRenderError(`${read.issues[0].path} ${read.issues[0].message}`);
      data = read.value;
    }
    const figure = await staticFigure(element, checkedData(element, data), { locale, theme, width, height, geo });
    if (format === 'svg' && !figure.svg) throw new StaticRenderError(`the ${element} data has nothing to draw (${figure.texts.summary})`);
    const output = format === 'svg' ? figure.svg : figureHtml(figure);
    if (o.out) await writeFile(o.out, `${output}\n`);
    else io.out(output);
    return 0;
  } catch (e) {
    if (!(e instanceof StaticRenderError)) throw e;
    io.err(`civic-charts render: ${e.message}`);
    return 1;
  }
}

/** Runs the command; returns the exit code (0 valid, 1 invalid data, 2 a wrong command line). */
export async function run(argv: string[], io: Output = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'validate') return await validateCommand(args, io);
    if (command === 'render') return await renderCommand(args, io);
    throw new UsageError(`unknown command "${command}".`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`civic-charts: ${e.message}\n\n${USAGE}`);
    return 2;
  }
}
