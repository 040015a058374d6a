#!/usr/bin/env node
// Regenerates seeds/geo/ningbo-districts.json, the district map <civic-institute-map> loads lazily,
// from the raw Ningbo district GeoJSON (704 kB, MIT, © 2017 jaska) with mapshaper (a well-kept
// GIS tool; no hand-written simplifier):
//
//   node scripts/simplify-map.mjs [path/to/ningbo-districts.geojson]
//
// The raw file is not committed: by default it is read from ../shared/data/ beside the repository
// (the project's shared data folder). The committed output is what every build uses, so a build
// never needs the raw file. The licence file is copied beside the output, and the element's chunk
// carries the same notice (src/components/institute-map/ningbo-geo.ts).
//
// Steps (mapshaper commands):
//   -i id-field=adcode          keep each feature's id (the administrative code) as a property
//   -filter-fields name,adcode  drop the rest (cp, childNum)
//   -filter-islands min-area=   drop islets under 0.5 km² (Xiangshan's many rocks); Meishan
//                               island (Beilun) and every larger island stay
//   -simplify 12% weighted keep-shapes
//                               Visvalingam, keeping 12% of the vertices; no district vanishes
//   -clean                      repair what simplification may have crossed
//   -o precision=0.0001         ~10 m, far below what a 300–900 px map can show
// The script then checks the output: ten districts, each with a polygon, under 20 kB gzip.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '../shared/data/ningbo-districts.geojson'));
const licence = input.replace(/\.geojson$/, '.LICENSE');
const outDir = join(root, 'seeds/geo');
const output = join(outDir, 'ningbo-districts.json');
const BUDGET = 20_000; // gzip bytes

const fail = (msg) => {
  console.error(`[simplify-map] ${msg}`);
  process.exit(1);
};
if (!existsSync(input)) fail(`input not found: ${input} (pass the raw GeoJSON's path as the first argument)`);
if (!existsSync(licence)) fail(`licence not found beside the input: ${licence}`);

const commands = [
  '-i in.geojson id-field=adcode',
  '-filter-fields name,adcode',
  '-filter-islands min-area=0.5km2',
  '-simplify 12% weighted keep-shapes',
  '-clean',
  '-o out.json format=geojson precision=0.0001',
].join(' ');
const result = await mapshaper.applyCommands(commands, { 'in.geojson': readFileSync(input, 'utf8') });
const geo = JSON.parse(result['out.json'].toString());

// Deterministic, readable output: one feature per line, sorted by administrative code.
geo.features.sort((a, b) => String(a.properties.adcode).localeCompare(String(b.properties.adcode)));
const text = `{"type":"FeatureCollection","features":[\n${geo.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

const names = geo.features.map((f) => f.properties?.name);
if (geo.features.length !== 10) fail(`expected the ten districts, got ${geo.features.length}: ${names.join(', ')}`);
for (const f of geo.features) {
  if (!/Polygon$/.test(f.geometry?.type ?? '')) fail(`${f.properties?.name} lost its polygon`);
}
const gzip = gzipSync(text, { level: constants.Z_BEST_COMPRESSION }).length;
if (gzip > BUDGET) fail(`output is ${gzip} B gzip, over the ${BUDGET} B budget`);

mkdirSync(outDir, { recursive: true });
writeFileSync(output, text);
copyFileSync(licence, join(outDir, 'ningbo-districts.LICENSE'));
chmodSync(join(outDir, 'ningbo-districts.LICENSE'), 0o644); // the shared copy is read-only
let vertices = 0;
const walk = (a) => (typeof a[0] === 'number' ? vertices++ : a.forEach(walk));
geo.features.forEach((f) => walk(f.geometry.coordinates));
console.log(
  `[simplify-map] ${relative(root, output)}: ${geo.features.length} districts (${names.join(' ')}), ` +
    `${vertices} vertices, ${(text.length / 1000).toFixed(1)} kB, ${(gzip / 1000).toFixed(1)} kB gzip; licence copied.`,
);
