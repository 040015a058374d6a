// The published JSON Schemas: made from the validators' own declarations, they accept every
// bundled record (as the elements load it) and refuse what the validators refuse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { bundle } from './cli.mjs';

const mod = await import(
  await bundle(
    'schemas',
    `export { ELEMENTS, jsonSchemaOf } from '@/src/schemas.ts';
     export * from '@/src/data/index.ts';
     export { validateClusterGaugeData } from '@/src/components/cluster-gauge/validate.ts';
     export { validateIndicatorTrendData } from '@/src/components/indicator-trend/validate.ts';
     export { validateTargetProgressData } from '@/src/components/target-progress/validate.ts';
     export { validateInstituteMapData } from '@/src/components/institute-map/validate.ts';`,
  )
);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaOf = Object.fromEntries(mod.ELEMENTS.map((e) => [e, ajv.compile(mod.jsonSchemaOf(e))]));

const records = async () => [
  ...(await Promise.all(mod.clusterRecordIds.map(async (id) => ['cluster-gauge', id, await mod.loadClusterGaugeRecord(id)]))),
  ...(await Promise.all(mod.indicatorRecordIds.map(async (id) => ['indicator-trend', id, await mod.loadIndicatorTrendRecord(id)]))),
  ...(await Promise.all(mod.targetProgressRecordIds.map(async (id) => ['target-progress', id, await mod.loadTargetProgressRecord(id)]))),
  ['institute-map', 'institutes', await mod.loadInstituteMapRecord('institutes')],
];

test('each schema is a valid JSON Schema (draft 2020-12) with a title and the rules the validators add', () => {
  for (const e of mod.ELEMENTS) {
    const s = mod.jsonSchemaOf(e);
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(s.$id, new RegExp(`/schemas/${e}\\.json$`));
    assert.match(s.description, /Also checked by the element/);
  }
});

test('the schemas and the validators accept every bundled record', async () => {
  const all = await records();
  assert.ok(all.length >= 12 + 35 + 9 + 1, `${all.length} records`);
  const validators = {
    'cluster-gauge': mod.validateClusterGaugeData,
    'indicator-trend': mod.validateIndicatorTrendData,
    'target-progress': mod.validateTargetProgressData,
    'institute-map': mod.validateInstituteMapData,
  };
  for (const [element, id, data] of all) {
    assert.ok(data, `${element} ${id} loads`);
    const json = JSON.parse(JSON.stringify(data));
    assert.ok(schemaOf[element](json), `${element} ${id}: ${ajv.errorsText(schemaOf[element].errors)}`);
    const r = validators[element](json);
    assert.ok(r.ok, `${element} ${id}: ${JSON.stringify(r.issues)}`);
  }
});

test('the schemas refuse what breaks a field rule: a string for a number, an unknown bound, a prototype key, an empty name', async () => {
  const [, , gauge] = (await records()).find(([e, id]) => e === 'cluster-gauge' && id === 'new_materials');
  const bad = [
    ['target.value', (d) => (d.target.value = '1000')],
    ['value.bound', (d) => (d.value.bound = 'roughly')],
    ['__proto__', (d) => Object.defineProperty(d, '__proto__', { value: {}, enumerable: true })],
    ['name', (d) => (d.name = ' ')],
    ['value.source.url', (d) => (d.value.source.url = 'javascript:alert(1)')],
  ];
  for (const [what, breakIt] of bad) {
    const d = JSON.parse(JSON.stringify(gauge));
    breakIt(d);
    assert.equal(schemaOf['cluster-gauge'](JSON.parse(JSON.stringify(d))), false, what);
    assert.equal(mod.validateClusterGaugeData(d).ok, false, what);
  }
});
