/// <reference types="node" />
/**
 * The `civic-charts` command: `civic-charts validate <element> <file.json>` prints the same
 * path-named issues the element would show and exits 1 on invalid data, 0 on valid; for data
 * editors and CMS pipelines before they publish. Runs in Node, no browser.
 */
import { readFile } from 'node:fs/promises';
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

  <element>: ${ELEMENTS.join(' | ')}
  --json: print { "valid": boolean, "issues": [{ "path", "message" }] } instead of text.`;

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

/** Runs the command; returns the exit code (0 valid, 1 invalid data, 2 a wrong command line). */
export async function run(argv: string[], io: Output = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'validate') return await validateCommand(args, io);
    throw new UsageError(`unknown command "${command}".`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`civic-charts: ${e.message}\n\n${USAGE}`);
    return 2;
  }
}
