// Writes stories/fixtures/open-data.ts: small copies of real open datasets from the vega-datasets
// devDependency (node_modules/vega-datasets/data), so the stories draw real series without
// fetching anything at run time. Run: node scripts/story-fixtures.mjs
import { readFile, writeFile } from 'node:fs/promises';

const dir = new URL('../node_modules/vega-datasets/', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', dir), 'utf8'));
const csv = async (name) => {
  const [head, ...rows] = (await readFile(new URL(`data/${name}`, dir), 'utf8')).trim().split(/\r?\n/);
  const cols = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
};

const co2 = (await csv('co2-concentration.csv')).map((r) => [r.Date.slice(0, 7), Number(r.CO2)]);
const temp = (await csv('global-temp.csv')).map((r) => [r.year, Number(r.temp)]);
const seattle = (await csv('seattle-weather.csv')).map((r) => [r.date, Number(r.temp_max)]);

const out = `/*
 * Real open data for the stories, copied from vega-datasets ${pkg.version} (BSD-3-Clause package;
 * each dataset keeps its own licence) by scripts/story-fixtures.mjs. Do not edit by hand.
 *
 * - CO2: monthly mean CO2 at Mauna Loa Observatory, ppm. Scripps CO2 Program, Scripps Institution
 *   of Oceanography, https://scrippsco2.ucsd.edu/data/atmospheric_co2/primary_mlo_co2_record
 *   (CC BY 4.0). ${co2.length} months, ${co2[0][0]} to ${co2.at(-1)[0]}.
 * - Global temperature: annual Land-Ocean Temperature Index anomaly, °C (base 1951–1980). NASA
 *   Goddard Institute for Space Studies, GISTEMP, https://data.giss.nasa.gov/gistemp/ (U.S.
 *   Government work). ${temp.length} years, ${temp[0][0]} to ${temp.at(-1)[0]}.
 * - Seattle: daily maximum temperature, °C, in Seattle. NOAA National Climatic Data
 *   Center, https://www.ncdc.noaa.gov/cdo-web/ (U.S. Government work). ${seattle.length} days,
 *   ${seattle[0][0]} to ${seattle.at(-1)[0]}.
 */
export type Row = [period: string, value: number];

export const co2Monthly: Row[] = ${JSON.stringify(co2)};

export const globalTempAnomaly: Row[] = ${JSON.stringify(temp)};

export const seattleDailyMax: Row[] = ${JSON.stringify(seattle)};
`;
await writeFile(new URL('../stories/fixtures/open-data.ts', import.meta.url), out);
console.log(`stories/fixtures/open-data.ts: ${co2.length} + ${temp.length} + ${seattle.length} rows, ${out.length} bytes`);
