// The figures the plain-ECharts page draws, read from seeds/*.json when the page is built (the
// bench's Vite build serves them as the module `virtual:bench-figures`). Only the numbers and
// names a portal's own chart code would hold; nothing is invented: observations without a usable
// period or value are left out, 万亿元 becomes 亿元 (×10,000), and that is all the processing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (root, file) => JSON.parse(readFileSync(join(root, 'seeds', file), 'utf8'));

/** 'YYYY', 'YYYY-Qn', 'YYYY-MM', 'YYYY-MM..MM' → a UTC timestamp of the period's start; else undefined. */
export function periodStart(period) {
  let m = /^(\d{4})$/.exec(period);
  if (m) return Date.UTC(Number(m[1]), 0, 1);
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
  m = /^(\d{4})-(\d{2})(?:\.\.\d{2})?$/.exec(period);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
  return undefined;
}

const TO_YI = { 亿元: 1, 万亿元: 10000 };

function levelPoints(ind) {
  const points = [];
  for (const o of ind.observations) {
    const t = periodStart(o.period);
    if (t === undefined || o.value === null) continue;
    let value = o.value;
    if (o.unit !== ind.unit) {
      if (!(o.unit in TO_YI) || !(ind.unit in TO_YI)) continue;
      value = (o.value * TO_YI[o.unit]) / TO_YI[ind.unit];
    }
    points.push([t, value]);
  }
  return points.sort((a, b) => a[0] - b[0]);
}

function yoyPoints(ind) {
  return ind.observations
    .filter((o) => typeof o.yoyPct === 'number' && periodStart(o.period) !== undefined)
    .map((o) => [periodStart(o.period), o.yoyPct])
    .sort((a, b) => a[0] - b[0]);
}

const isChange = (ind) => ind.unit === 'pp' || /_growth$/.test(ind.id);
// The same companions the element shows beside these levels (src/components/indicator-trend/record.ts).
const COMPANIONS = { rd_intensity: 'rd_intensity_change_pp', rd_expenditure: 'rd_expenditure_growth' };

/** Everything the plain page draws, keyed by record id (same ids as the civic page's `record`). */
export function benchFigures(root) {
  const clusters = read(root, 'clusters.json');
  const { indicators } = read(root, 'indicators.json');
  const { targets } = read(root, 'targets.json');
  const institutes = read(root, 'institutes.json');
  const geo = read(root, 'geo/ningbo-districts.json');
  const plan = clusters.plan;

  // Gauges: the latest output (产值) figure in 亿元 within the plan's life, as the element picks it.
  const gauges = {};
  for (const c of clusters.clusters) {
    const tier = plan.tiers.find((t) => t.tier === c.tier);
    let best;
    let bestYear = -Infinity;
    for (const o of c.observations) {
      const zh = typeof o.measure === 'string' ? o.measure : (o.measure?.zh ?? '');
      if (o.value === null || o.unit !== tier.threshold.unit || !zh.includes('产值') || zh.includes('增加值')) continue;
      const y = /^(\d{4})(?!\d)/.exec(o.period) ? Number(o.period.slice(0, 4)) : undefined;
      if (y !== undefined && y > plan.lastYear) continue;
      if (!best || (y ?? -Infinity) > bestYear) {
        best = o;
        bestYear = y ?? -Infinity;
      }
    }
    if (!best) continue;
    gauges[c.id] = {
      name: c.nameEn,
      tier: c.tier,
      target: tier.threshold.value,
      tiers: plan.tiers.map((t) => t.threshold.value).sort((a, b) => a - b),
      value: best.value,
      period: best.period,
      unit: best.unit,
    };
  }

  // Trends: levels as a line, changes (year-on-year % or change series) as bars.
  const all = [...indicators, plan.aggregate];
  const byId = Object.fromEntries(all.map((i) => [i.id, i]));
  const trends = {};
  for (const ind of all) {
    const companion = byId[COMPANIONS[ind.id]];
    const change = isChange(ind);
    trends[ind.id] = {
      name: ind.nameEn,
      unit: ind.unit,
      line: change ? [] : levelPoints(ind),
      bars: change ? levelPoints(ind) : companion ? levelPoints(companion) : yoyPoints(ind),
      barUnit: change ? ind.unit : companion ? companion.unit : '%',
    };
  }

  // Goals: the latest reported progress as a share of the target.
  const goal = (t) => {
    const latest = [...t.progress].reverse().find((p) => p.value !== null);
    return {
      name: t.goalEn,
      target: t.target.value,
      unit: t.target.unit,
      latest: latest ? latest.value : null,
      period: latest ? latest.period : null,
      pct: latest ? Math.round((latest.value / t.target.value) * 1000) / 10 : null,
    };
  };
  const goalsById = Object.fromEntries(targets.map((t) => [t.id, goal(t)]));
  const groups = {
    report_targets: ['new_hitech_year', 'startups_year', 'rd_intensity_2025', 'core_tech_5y', 'strategic_products_5y'],
    institute_ratios: ['institutes_substantive_construction_share', 'institutes_aligned_246_share'],
  };
  const progress = {};
  for (const id of Object.keys(goalsById)) progress[id] = { goals: [goalsById[id]] };
  for (const [id, ids] of Object.entries(groups)) progress[id] = { goals: ids.map((g) => goalsById[g]) };

  // Map: institutes per district, a marker per located institute at its district's centre.
  const centre = (feature) => {
    // The bounding-box centre of the feature's largest ring.
    const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    let ring = polys[0][0];
    for (const p of polys) if (p[0].length > ring.length) ring = p[0];
    const xs = ring.map((c) => c[0]);
    const ys = ring.map((c) => c[1]);
    return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  };
  const centres = Object.fromEntries(geo.features.map((f) => [f.properties.name, centre(f)]));
  const located = institutes.institutes.filter((i) => i.location.district && centres[i.location.district]);
  const counts = {};
  for (const i of located) counts[i.location.district] = (counts[i.location.district] ?? 0) + 1;
  const map = {
    name: 'Research institutes named in the report, by district',
    districts: geo.features.map((f) => ({ name: f.properties.name, value: counts[f.properties.name] ?? 0 })),
    institutes: located.map((i) => ({ name: i.nameEn, value: centres[i.location.district] })),
    unlocated: institutes.institutes.length - located.length,
  };

  return { gauges, trends, progress, map, geo };
}
