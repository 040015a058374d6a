// `civic-charts validate <element> <file.json>`: the element's own issues, exit 1 invalid, 0 valid.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cli, tempFile } from './cli.mjs';

const run = await cli();
const illustrative = { kind: 'illustrative', quote: 'Illustrative test data' };

test('valid trend data: exit 0 and says so', () => {
  const file = tempFile('trend.json', {
    name: 'Temperature anomaly',
    unit: '°C',
    signed: true,
    bound: 'exact',
    source: illustrative,
    series: [{ id: 't', name: 'Anomaly', observations: [{ period: '2019-01-01', value: -0.17 }, { period: '2019-01-02', value: 0.3 }] }],
  });
  const r = run('validate', 'indicator-trend', file);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /valid indicator-trend data/);
});

test('invalid data: exit 1, every issue with the path the element names', () => {
  const data = { name: 'x', unit: '°C', series: [{ id: 'a', name: 'a', observations: [{ period: '2019', value: -1 }, { period: '2020', value: 'NaN' }] }] };
  let r = run('validate', 'indicator-trend', tempFile('bad.json', data));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /invalid indicator-trend data \(1 problem\)/);
  assert.match(r.stderr, /series\[0\]\.observations\[1\]\.value must be a number, got the string "NaN"/);
  // Once every field has the right type, the rules across fields: defaults and signs.
  data.series[0].observations[1].value = 2;
  r = run('validate', 'indicator-trend', tempFile('bad.json', data));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /series\[0\]\.observations\[0\]\.bound is required/);
  assert.match(r.stderr, /series\[0\]\.observations\[0\]\.source is required/);
  assert.match(r.stderr, /series\[0\]\.observations\[0\]\.value must be at least 0, got -1 \(values that can be below zero need "signed": true/);
});

test('--json prints the issues as JSON for pipelines', () => {
  const file = tempFile('bad.json', { name: 'x', tier: '千亿级', target: { value: 1000, unit: '亿元', year: null, source: illustrative }, value: null, tiers: [] });
  const r = run('validate', 'cluster-gauge', '--json', file);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.valid, false);
  assert.deepEqual(out.issues.map((i) => i.path), ['tiers']);
  assert.equal(out.issues[0].message, 'must list at least one tier');
});

test('a file that is not JSON, or missing: exit 1 naming the file', () => {
  const notJson = tempFile('x.json', '{ "name": ');
  let r = run('validate', 'target-progress', notJson);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not valid JSON/);
  r = run('validate', 'target-progress', '/nonexistent/data.json');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/nonexistent\/data\.json cannot be read \(ENOENT\)/);
});

test('a wrong command line: exit 2 with the usage', () => {
  for (const args of [['validate', 'pie', 'x.json'], ['validate', 'cluster-gauge'], ['frobnicate'], []]) {
    const r = run(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stdout + r.stderr, /Usage:/);
  }
  assert.equal(run('--help').code, 0);
});

test('an element name may carry its civic- prefix', () => {
  const file = tempFile('gauge.json', JSON.parse(readFileSync(new URL('../fixtures/gauge.json', import.meta.url), 'utf8')));
  const r = run('validate', 'civic-cluster-gauge', file);
  assert.equal(r.code, 0, r.stderr);
});
