#!/usr/bin/env node
/**
 * Checks the bundled dataset (seeds/*.json) against the data-honesty rules of SPEC.md:
 * - every seed quote is an exact substring of the report (../shared/seeds/000_74aee2a8991fe90e.txt);
 * - every external source has an http(s) url or copyUrl, a date (or `undated: true`) and a confidence;
 * - originals and copies (seeds/copy-hosts.json, seeds/README.md "Originals and copies"): no source's
 *   `url` is a page of a copy host (a mirror, repost or spam copy: that page is its `copyUrl`, and the
 *   source names the original); a source found on a copy names the original's publisher or title, or
 *   says in its note why it cannot (then it is never `high`); no publisher or title names a copy host;
 *   no source is graded above what its host allows; every source the research notes
 *   (../shared/data/context-series.json) grade low is still `low`, and none is graded above the notes;
 * - every unit, bound, tier, status, district and confidence is an allowed value;
 * - every observation has a period, a finite value (or null with a yoyPct) and a source;
 * - ids are unique, the id lists of src/data/records.ts match the files, and every record id the
 *   README lists exists (and every record is listed).
 * Exits 1 with one line per problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = resolve(root, 'seeds');
const reportPath = resolve(root, '..', 'shared', 'seeds', '000_74aee2a8991fe90e.txt');
const notesPath = resolve(root, '..', 'shared', 'data', 'context-series.json');

const UNITS = ['亿元', '万元', '万亿元', '%', 'pp', 'count', 'people', 'rank', 'seconds'];
const BOUNDS = ['exact', 'lowerBound', 'approx', 'estimate'];
const TIERS = ['万亿级', '五千亿级', '千亿级'];
const CONFIDENCE = ['high', 'medium', 'low'];
const LOCATION_CONFIDENCE = ['sourced', 'inferred', 'unknown'];
const STATUSES = ['introduced', 'substantiveConstruction', 'toBeIntroduced', 'plannedLab', 'mentioned'];
const KINDS = ['institute', 'campus', 'lab', 'platform'];
const DISTRICTS = ['海曙区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '余姚市', '慈溪市', '宁海县', '象山县'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

function readJson(name) {
  const file = resolve(seedsDir, name);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`seeds/${name}`, `cannot be read as JSON (${e.message})`);
    return undefined;
  }
}

// The report sits in ../shared beside the project (every developer and CI has it). A user's clone
// without it can still run the other checks; CI must not skip the quote check.
let report;
if (existsSync(reportPath)) {
  report = readFileSync(reportPath, 'utf8');
} else if (process.env.CI) {
  console.error(`check-seeds: the report is missing at ${reportPath}`);
  process.exit(1);
} else {
  console.warn(`check-seeds: ${reportPath} not found; seed quotes are not checked against the report.`);
}

// The grades the research notes give each external figure ('low-medium: …' grades as its first word).
let noteGrades;
if (existsSync(notesPath)) {
  noteGrades = [];
  for (const series of JSON.parse(readFileSync(notesPath, 'utf8'))) {
    for (const o of series.observations ?? []) {
      const grade = /^(high|medium|low)\b/.exec(String(o.confidence ?? ''))?.[1];
      if (grade && /^https?:\/\//.test(o.url ?? '')) noteGrades.push({ series: series.seriesId, period: o.period, quote: o.quote, url: o.url, grade });
    }
  }
} else if (process.env.CI) {
  console.error(`check-seeds: the research notes are missing at ${notesPath}`);
  process.exit(1);
} else {
  console.warn(`check-seeds: ${notesPath} not found; confidence grades are not checked against the notes.`);
}

const files = {
  'clusters.json': readJson('clusters.json'),
  'indicators.json': readJson('indicators.json'),
  'targets.json': readJson('targets.json'),
  'institutes.json': readJson('institutes.json'),
  'report.json': readJson('report.json'),
};

// ---- originals and copies -------------------------------------------------------------------

const copyHosts = readJson('copy-hosts.json')?.hosts ?? [];
const COPY_KINDS = ['mirror', 'reprint', 'repost', 'spam'];
copyHosts.forEach((h, i) => {
  const where = `seeds/copy-hosts.json hosts[${i}]`;
  if (typeof h.host !== 'string' || !/^[a-z0-9.-]+$/.test(h.host)) fail(where, 'host must be a lower-case host name');
  if (![...COPY_KINDS, 'lowAuthority'].includes(h.kind)) fail(where, `kind must be one of ${[...COPY_KINDS, 'lowAuthority'].join(', ')}`);
  if (!CONFIDENCE.includes(h.maxConfidence)) fail(where, `maxConfidence must be one of ${CONFIDENCE.join(', ')}`);
  if (typeof h.why !== 'string' || !h.why.trim()) fail(where, 'why must say where the notes describe the host');
});

/** The entry of copy-hosts.json for a page (its host or a parent domain), if any. */
function hostEntry(url) {
  let name;
  try {
    name = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return copyHosts.find((h) => name === h.host || name.endsWith(`.${h.host}`));
}
const rank = (c) => ['low', 'medium', 'high'].indexOf(c);
const isHttp = (u) => typeof u === 'string' && /^https?:\/\//.test(u);

function checkOriginal(s, where) {
  const own = s.url !== undefined ? hostEntry(s.url) : undefined;
  if (own && own.kind !== 'lowAuthority') {
    fail(where, `url ${s.url} is a page of a ${own.kind} (${own.host}): cite the original (publisher, date, title) and move the page to copyUrl`);
  }
  for (const page of [s.url, s.copyUrl]) {
    const h = page !== undefined ? hostEntry(page) : undefined;
    if (h && rank(s.confidence) > rank(h.maxConfidence)) fail(where, `confidence ${s.confidence}: a page on ${h.host} is at most ${h.maxConfidence}`);
  }
  for (const k of ['publisher', 'title']) {
    const named = typeof s[k] === 'string' ? copyHosts.find((h) => h.kind !== 'lowAuthority' && s[k].toLowerCase().includes(h.host)) : undefined;
    if (named) fail(where, `${k} names the copy host ${named.host}: name the original`);
  }
  if (s.copyUrl !== undefined) {
    if (!isHttp(s.copyUrl)) fail(where, 'copyUrl must be an http(s) URL');
    if (s.copyUrl === s.url) fail(where, 'copyUrl repeats url: a copy is not the original');
    if (!s.publisher && !s.title) {
      if (!isText(s.note)) fail(where, "a source found on a copy names the original's publisher (or title), or says in its note why it cannot");
      if (s.confidence === 'high') fail(where, 'a source whose original is not identified cannot be of high confidence');
    }
  }
}

const externalSeen = [];

// ---- generic walk: sources, observations, units, bounds ------------------------------------

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v) =>
  (typeof v === 'string' && v.trim() !== '') ||
  (isObject(v) && ['zh', 'en'].some((k) => typeof v[k] === 'string' && v[k].trim() !== ''));
const isSource = (v) => isObject(v) && typeof v.kind === 'string' && 'quote' in v;
const isObservation = (v) => isObject(v) && 'period' in v && 'bound' in v && 'source' in v;

let seedQuotes = 0;
let externalSources = 0;
let observations = 0;

function checkSource(s, where) {
  if (typeof s.quote !== 'string' || s.quote.trim() === '') return fail(where, 'quote must be a non-empty string');
  if (s.kind === 'seed') {
    seedQuotes++;
    if (report !== undefined && !report.includes(s.quote)) fail(where, `seed quote is not an exact substring of the report: 「${s.quote}」`);
    if ('url' in s) fail(where, 'a seed source has no url');
  } else if (s.kind === 'external') {
    externalSources++;
    if (s.url !== undefined && !isHttp(s.url)) fail(where, 'url must be an http(s) URL');
    if (s.url === undefined && s.copyUrl === undefined) fail(where, 'an external source needs the url of its original or the copyUrl it was found on');
    if (s.undated === true) {
      if ('date' in s) fail(where, 'undated: true and a date contradict each other');
    } else if (typeof s.date !== 'string' || !DATE.test(s.date)) {
      fail(where, `an external source needs a date (YYYY, YYYY-MM or YYYY-MM-DD) or undated: true, got ${JSON.stringify(s.date)}`);
    }
    if (!CONFIDENCE.includes(s.confidence)) fail(where, `confidence must be one of ${CONFIDENCE.join(', ')}`);
    checkOriginal(s, where);
    externalSeen.push({ s, where });
  } else {
    fail(where, `source kind must be seed or external in the bundled data, got ${JSON.stringify(s.kind)}`);
  }
}

function checkObservation(o, where) {
  observations++;
  if (typeof o.period !== 'string' || o.period.trim() === '') fail(where, 'period must be a non-empty string');
  if ('periodInferred' in o && typeof o.periodInferred !== 'boolean') fail(where, 'periodInferred must be a boolean');
  if ('revised' in o && typeof o.revised !== 'boolean') fail(where, 'revised must be a boolean');
  if (o.value === null) {
    if (typeof o.yoyPct !== 'number') fail(where, 'a null value needs a yoyPct (only growth reported)');
  } else if (typeof o.value !== 'number' || !Number.isFinite(o.value)) {
    fail(where, `value must be a finite number or null, got ${JSON.stringify(o.value)}`);
  }
  if ('yoyPct' in o && (typeof o.yoyPct !== 'number' || !Number.isFinite(o.yoyPct))) fail(where, 'yoyPct must be a finite number');
  if ('measure' in o && !isText(o.measure)) fail(where, 'measure must be text or { zh, en }');
  if ('note' in o && !isText(o.note)) fail(where, 'note must be text or { zh, en }');
  if (!isSource(o.source)) fail(where, 'every observation needs a source');
}

function walk(v, where) {
  if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
  if (!isObject(v)) return;
  if (isSource(v)) checkSource(v, where);
  if (isObservation(v)) checkObservation(v, where);
  if ('unit' in v && !UNITS.includes(v.unit)) fail(`${where}.unit`, `must be one of ${UNITS.join(', ')}, got ${JSON.stringify(v.unit)}`);
  if ('bound' in v && !BOUNDS.includes(v.bound)) fail(`${where}.bound`, `must be one of ${BOUNDS.join(', ')}, got ${JSON.stringify(v.bound)}`);
  if ('tier' in v && !TIERS.includes(v.tier)) fail(`${where}.tier`, `must be one of ${TIERS.join(', ')}`);
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') fail(where, `forbidden key ${k}`);
    walk(x, `${where}.${k}`);
  }
}
for (const [name, data] of Object.entries(files)) if (data !== undefined) walk(data, name);

// A figure the notes grade low keeps its flag (whatever its original), and none is graded above
// the notes: matched by quote and by the page it was read on (url or copyUrl).
let gradedByNotes = 0;
for (const g of noteGrades ?? []) {
  for (const { s, where } of externalSeen) {
    if (s.quote !== g.quote || ![s.url, s.copyUrl].includes(g.url)) continue;
    gradedByNotes++;
    if (g.grade === 'low' && s.confidence !== 'low') fail(where, `the notes grade this figure low (${g.series} ${g.period}): it must stay confidence 'low'`);
    else if (rank(s.confidence) > rank(g.grade)) fail(where, `confidence ${s.confidence} is above the notes' grade ${g.grade} (${g.series} ${g.period})`);
  }
}

// ---- per-file shape and ids ----------------------------------------------------------------

function uniqueIds(list, where) {
  const ids = [];
  const seen = new Set();
  (list ?? []).forEach((item, i) => {
    if (typeof item?.id !== 'string' || !/^[a-z0-9_]+$/.test(item.id)) return fail(`${where}[${i}].id`, 'must be a snake_case id');
    if (seen.has(item.id)) fail(`${where}[${i}].id`, `duplicate id ${item.id}`);
    seen.add(item.id);
    ids.push(item.id);
  });
  return ids;
}

const { 'clusters.json': clusters, 'indicators.json': indicators, 'targets.json': targets, 'institutes.json': institutes } = files;

const clusterIds = uniqueIds(clusters?.clusters, 'clusters.json.clusters');
if (clusters) {
  const plan = clusters.plan ?? {};
  if (!Number.isInteger(plan.firstYear) || !Number.isInteger(plan.lastYear)) fail('clusters.json.plan', 'firstYear and lastYear must be years');
  const tierNames = (plan.tiers ?? []).map((t) => t.tier);
  for (const t of TIERS) if (!tierNames.includes(t)) fail('clusters.json.plan.tiers', `missing tier ${t}`);
  (plan.tiers ?? []).forEach((t, i) => {
    if (t.threshold?.tier !== t.tier) fail(`clusters.json.plan.tiers[${i}]`, 'threshold.tier must equal tier');
    if (!isSource(t.source)) fail(`clusters.json.plan.tiers[${i}]`, 'a threshold needs its source');
  });
  if (plan.targetYear !== null && !Number.isInteger(plan.targetYear)) fail('clusters.json.plan.targetYear', 'must be a year or null');
  (clusters.clusters ?? []).forEach((c, i) => {
    const where = `clusters.json.clusters[${i}]`;
    if (!tierNames.includes(c.tier)) fail(where, `tier ${c.tier} is not a tier of the plan`);
    if (!isSource(c.structureSource)) fail(where, 'structureSource is required');
    if (c.namedInSeed && c.seedQuote?.kind !== 'seed') fail(where, 'a cluster named in the report needs its seed quote');
    if (!Array.isArray(c.observations)) fail(where, 'observations must be a list');
  });
  if (clusterIds.length !== 12) fail('clusters.json.clusters', `the 246 plan has 12 clusters, found ${clusterIds.length}`);
}

const aggregateId = clusters?.plan?.aggregate?.id;
const indicatorIds = uniqueIds([...(indicators?.indicators ?? []), ...(clusters?.plan?.aggregate ? [clusters.plan.aggregate] : [])], 'indicators');
(indicators?.indicators ?? []).forEach((ind, i) => {
  const where = `indicators.json.indicators[${i}]`;
  for (const k of ['nameZh', 'nameEn']) if (typeof ind[k] !== 'string' || !ind[k]) fail(where, `${k} is required`);
  for (const k of ['scope', 'measure']) if (!isText(ind[k])) fail(where, `${k} is required (text or { zh, en })`);
  if (!Array.isArray(ind.observations) || ind.observations.length === 0) fail(where, 'needs at least one observation');
  for (const r of ind.related ?? []) if (!indicatorIds.includes(r)) fail(where, `related id ${r} does not exist`);
});

const targetIds = uniqueIds(targets?.targets, 'targets.json.targets');
(targets?.targets ?? []).forEach((t, i) => {
  const where = `targets.json.targets[${i}]`;
  if (!['goal', 'ratio'].includes(t.kind)) fail(where, 'kind must be goal or ratio');
  if (t.deadline !== null && !Number.isInteger(t.deadline)) fail(where, 'deadline must be a year or null');
  if (typeof t.deadlineInferred !== 'boolean') fail(where, 'deadlineInferred must be a boolean');
  if (!isText(t.deadlineNote)) fail(where, 'deadlineNote is required');
  if (!Array.isArray(t.progress)) fail(where, 'progress must be a list (empty when no outturn was found)');
  if (t.indicatorId && !indicatorIds.includes(t.indicatorId)) fail(where, `indicatorId ${t.indicatorId} does not exist`);
});
for (const ind of indicators?.indicators ?? []) {
  for (const ref of ind.targets ?? []) {
    if (ref.id && !targetIds.includes(ref.id)) fail(`indicators.json ${ind.id}.targets`, `target id ${ref.id} does not exist`);
  }
}

uniqueIds(institutes?.institutes, 'institutes.json.institutes');
(institutes?.institutes ?? []).forEach((inst, i) => {
  const where = `institutes.json.institutes[${i}]`;
  if (!KINDS.includes(inst.kind)) fail(where, `kind must be one of ${KINDS.join(', ')}`);
  if (!Array.isArray(inst.statuses) || inst.statuses.length === 0 || inst.statuses.some((s) => !STATUSES.includes(s))) {
    fail(where, `statuses must be a non-empty list of ${STATUSES.join(', ')}`);
  }
  if (inst.seedQuote?.kind !== 'seed') fail(where, 'seedQuote must quote the report');
  const loc = inst.location ?? {};
  if (loc.district !== null && !DISTRICTS.includes(loc.district)) fail(`${where}.location.district`, `must be null or one of ${DISTRICTS.join(', ')}`);
  if (!LOCATION_CONFIDENCE.includes(loc.confidence)) fail(`${where}.location.confidence`, `must be one of ${LOCATION_CONFIDENCE.join(', ')}`);
  if (loc.confidence === 'unknown' && loc.district !== null) fail(`${where}.location`, 'an unknown location must have district null');
  if (loc.confidence !== 'unknown' && loc.district === null) fail(`${where}.location`, 'a sourced or inferred location needs a district');
  if (loc.district !== null && !(loc.sources ?? []).some((s) => s.kind === 'external')) fail(`${where}.location`, 'a plotted district needs an external source');
  for (const c of inst.alignedClusterIds ?? []) if (!clusterIds.includes(c)) fail(where, `alignedClusterIds: unknown cluster ${c}`);
});
for (const k of ['total', 'aligned246', 'newSince2018', 'substantiveConstruction']) {
  if (institutes && !isObservation(institutes.counts?.[k])) fail('institutes.json.counts', `${k} must be an observation`);
}

const meta = files['report.json'];
if (meta && report !== undefined && meta.seedBytes !== Buffer.byteLength(report, 'utf8')) {
  fail('report.json.seedBytes', `is ${meta.seedBytes}, the report has ${Buffer.byteLength(report, 'utf8')} bytes`);
}

// ---- id lists: records.ts and the README ---------------------------------------------------

function literalList(source, name) {
  const m = new RegExp(`export const ${name}[^=]*=\\s*\\[([\\s\\S]*?)\\];`).exec(source);
  if (!m) return undefined;
  const ids = [...m[1].matchAll(/'([a-z0-9_]+)'/g)].map((x) => x[1]);
  if (/\bAGGREGATE_ID\b/.test(m[1]) && aggregateId) ids.push(aggregateId);
  return ids;
}

function sameSet(a, b, where) {
  const missing = b.filter((x) => !a.includes(x));
  const extra = a.filter((x) => !b.includes(x));
  if (missing.length) fail(where, `missing ${missing.join(', ')}`);
  if (extra.length) fail(where, `not in the data: ${extra.join(', ')}`);
}

const expected = { clusters: clusterIds, indicators: indicatorIds, targets: targetIds, institutes: ['institutes'] };

const recordsPath = resolve(root, 'src', 'data', 'records.ts');
if (existsSync(recordsPath)) {
  const records = readFileSync(recordsPath, 'utf8');
  for (const [name, ids] of [['clusterRecordIds', clusterIds], ['indicatorRecordIds', indicatorIds], ['targetRecordIds', targetIds]]) {
    const list = literalList(records, name);
    if (!list) fail('src/data/records.ts', `no literal array ${name}`);
    else sameSet(list, ids, `src/data/records.ts ${name}`);
  }
} else {
  fail('src/data/records.ts', 'is missing');
}

const readmePath = resolve(seedsDir, 'README.md');
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  for (const [section, ids] of Object.entries(expected)) {
    const m = new RegExp(`<!-- record-ids:${section} -->([\\s\\S]*?)<!-- /record-ids -->`).exec(readme);
    if (!m) {
      fail('seeds/README.md', `no <!-- record-ids:${section} --> list`);
      continue;
    }
    // The first backticked token of each table row is the id.
    const listed = [...m[1].matchAll(/^\|\s*`([^`]+)`/gm)].map((x) => x[1]);
    sameSet(listed, ids, `seeds/README.md record ids (${section})`);
  }
} else {
  fail('seeds/README.md', 'is missing');
}

if (problems.length) {
  console.error(`check-seeds: ${problems.length} problem(s) in seeds/:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `check-seeds: ok — ${clusterIds.length} clusters, ${indicatorIds.length} indicators, ${targetIds.length} targets, ` +
    `${institutes?.institutes?.length ?? 0} institutes; ${observations} observations, ${seedQuotes} seed quotes, ${externalSources} external sources ` +
    `(${externalSeen.filter(({ s }) => s.copyUrl).length} found on copies; ${gradedByNotes} graded by the notes).`,
);
