/** Property-based tests of `<civic-institute-map>`'s validators (data and district map) and pure builders (issue 7). */
import fc from 'fast-check';
import { instituteMapBuilders } from '../../src/components/institute-map/builders.js';
import { type GeoIndex, indexGeoJson, loadNingboDistricts } from '../../src/components/institute-map/geo.js';
import { type MapView, mapModel } from '../../src/components/institute-map/model.js';
import { legendLabel, unlocatedHeading, unlocatedLine } from '../../src/components/institute-map/table.js';
import type { InstituteMapData } from '../../src/components/institute-map/types.js';
import { validateInstituteMapData } from '../../src/components/institute-map/validate.js';
import { instituteRecordId, loadInstituteMapRecord } from '../../src/data/index.js';
import type { InstituteStatus } from '../../src/data/types.js';
import {
  STATUSES,
  geoCrossBreakages,
  geoFields,
  instituteMapCrossBreakages,
  instituteMapData,
  instituteMapFields,
  squareDistricts,
} from './arbitraries/institute-map.js';
import { caseContext, expectValid, recordCases, validatorProperties } from './support/element.js';
import { fingerprint, oneBreakage } from './support/mutate.js';
import { check } from './support/run.js';
import { Findings, checkOption, checkTextBuilders, renderContexts } from './support/text.js';

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.issues)}`);
  return r.value;
}

describe('property: civic-institute-map', function () {
  this.timeout(60000);
  let record: InstituteMapData;
  let ningbo: GeoIndex;
  before(async () => {
    record = (await loadInstituteMapRecord(instituteRecordId))!;
    ningbo = ok(indexGeoJson(await loadNingboDistricts()));
  });

  /** Valid data on the bundled districts, or on generated ones (with the geo to index). */
  const mapCase = () =>
    fc.oneof(
      {
        weight: 1,
        arbitrary: fc.oneof(
          { weight: 4, arbitrary: instituteMapData(ningbo.districts.map((d) => d.name), ningbo.districts.map((d) => d.bbox)) },
          { weight: 1, arbitrary: fc.constant(record) },
        ).map((d) => ({ d, index: () => ningbo })),
      },
      {
        weight: 2,
        arbitrary: squareDistricts().chain((g) =>
          instituteMapData(g.names, g.boxes, g.nameProperty).map((d) => ({ d, index: () => ok(indexGeoJson(g.geo, g.nameProperty)) })),
        ),
      },
    );

  describe('validateInstituteMapData', () => {
    validatorProperties<InstituteMapData>({
      validate: validateInstituteMapData,
      valid: fc.constant(null).chain(() => instituteMapData(ningbo.districts.map((d) => d.name), ningbo.districts.map((d) => d.bbox))),
      records: () => [record],
      breakage: (d) => oneBreakage(d, instituteMapFields(d), instituteMapCrossBreakages(d)),
      runs: { any: 200, damaged: 50, breakage: 120 },
    });
  });

  describe('indexGeoJson (a district map)', () => {
    validatorProperties<unknown>({
      validate: (v) => indexGeoJson(v),
      valid: squareDistricts('name').map((g) => g.geo),
      records: () => [ningbo.geo],
      breakage: (geo) => {
        const g = geo as Record<string, unknown>;
        const names = (g.features as { properties: { name: string } }[]).map((f) => f.properties.name);
        const cross = geoCrossBreakages({ geo: g, nameProperty: 'name', names, boxes: [] });
        // The validator's paths start at `geo`.
        return oneBreakage(g, geoFields(g, 'name'), cross).map((b) => ({ ...b, expect: ['geo', ...b.expect] }));
      },
      runs: { any: 200, damaged: 30, breakage: 80 },
      rootPath: 'geo',
      valueIsInput: false,
    });
  });

  describe('builders on valid data', () => {
    it('no NaN, undefined, Infinity, [object Object] or null in any text or option, in both locales, with and without the district map', () => {
      type MapCase = { d: InstituteMapData; index: () => GeoIndex; hidden: Set<InstituteStatus> };
      const arb: fc.Arbitrary<MapCase> = fc.constant(null).chain(() =>
        mapCase().chain((m) => fc.subarray([...STATUSES]).map((hidden) => ({ ...m, hidden: new Set<InstituteStatus>(hidden) }))),
      );
      check(
        fc.tuple(arb, caseContext),
        ([{ d, index, hidden }, c]) => {
          expectValid(validateInstituteMapData, d);
          const before = fingerprint(d);
          const f = new Findings();
          // Before the districts load the texts are built without them; then with them.
          for (const idx of [undefined, index()]) {
            const model = mapModel(d, idx);
            const view: MapView = { model, hidden, mapName: 'civic-property-map' };
            for (const ctx of renderContexts(c)) {
              const w = `${idx ? 'map' : 'no map'} ${ctx.locale}`;
              checkTextBuilders(f, instituteMapBuilders, model, view, ctx);
              checkOption(f, `${w} option`, instituteMapBuilders.option(view, ctx));
              model.unlocated.forEach((u, i) => f.text(`${w} unlocated[${i}]`, unlocatedLine(u, ctx.locale)));
              f.text(`${w} unlocatedHeading`, unlocatedHeading(model, ctx.locale));
              f.text(`${w} legendLabel`, legendLabel(ctx.locale));
            }
          }
          if (fingerprint(d) !== before) f.list.push('the builders changed the data');
          f.assertNone();
        },
        { runs: 30, examples: recordCases<MapCase>([{ d: record, index: () => ningbo, hidden: new Set() }]) },
      );
    });
  });
});
