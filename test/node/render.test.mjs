// `civic-charts render`: the chart as SVG and a self-contained HTML figure, in Node, from the
// elements' own builders: the figures a reader sees in the element are in the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cli, tempFile } from './cli.mjs';

const run = await cli();

test('svg of every element from a bundled record, with the figures a reader sees', () => {
  const cases = [
    ['cluster-gauge', 'new_materials', 'en', ['217.46 billion yuan', '43% of target', '500 billion']],
    ['cluster-gauge', 'new_materials', 'zh-CN', ['2174.6亿元', '目标的43%']],
    ['indicator-trend', 'gdp', 'en', ['trillion yuan', '+7%', '2020']],
    ['target-progress', 'report_targets', 'en', ['136%', '815 enterprises, 136% of the target 600 enterprises', 'no progress reported']],
    ['institute-map', 'institutes', 'en', ['Yinzhou', 'Beilun', 'Institutes per district']],
  ];
  for (const [element, record, locale, figures] of cases) {
    const r = run('render', element, '--record', record, '--locale', locale);
    assert.equal(r.code, 0, `${element}: ${r.stderr}`);
    assert.match(r.stdout, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, element);
    assert.match(r.stdout, /<\/svg>\s*$/, element);
    assert.doesNotMatch(r.stdout, /\bNaN\b|\bundefined\b|\[object Object\]|<script/, element);
    for (const f of figures) assert.ok(r.stdout.includes(f), `${element} ${locale}: "${f}" in the SVG`);
  }
});

test('html: a figure with the chart, title, summary, source line and table, and no script', () => {
  const out = tempFile('fig.html', '');
  const r = run('render', 'indicator-trend', '--record', 'tech_transactions', '--locale', 'en', '--format', 'html', '--theme', 'dark', '--width', '480', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<figure class="civic-figure civic-indicator-trend" lang="en" data-theme="dark">/);
  assert.match(html, /<svg width="480" height="300"/);
  assert.match(html, /<strong class="civic-title">Technology transaction value<\/strong>/);
  assert.match(html, /<p class="civic-summary">[^<]*billion yuan/);
  assert.match(html, /<p class="civic-source">Source: /);
  assert.match(html, /<table class="civic-table"><caption>[^<]+<\/caption>/);
  assert.match(html, /<td>[^<]*1\.62 billion yuan<\/td>/);
  assert.doesNotMatch(html, /<script|\bNaN\b|\bundefined\b|\[object Object\]/);
  // The dark theme's surface behind the chart.
  assert.match(html, /fill="#16202b"/);
});

test('institute-map: the scale legend under the map, in the colours its districts are filled with', () => {
  const cases = [
    ['en', 'light', 'Institutes per district:', ['0', '1', '2']],
    ['zh-CN', 'dark', '区县机构数：', ['0家', '1家', '2家']],
    ['en', 'high-contrast', 'Institutes per district:', ['0', '1', '2']],
  ];
  for (const [locale, theme, title, labels] of cases) {
    const what = `${locale} ${theme}`;
    const r = run('render', 'institute-map', '--record', 'institutes', '--locale', locale, '--theme', theme, '--width', '360');
    assert.equal(r.code, 0, r.stderr);
    const svg = r.stdout;
    const [, width, height] = /^<svg width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    assert.equal(width, '360', what);
    assert.ok(Number(height) > 420 + 18, `${what}: the chart (420 px) and the legend under it`);
    const at = svg.indexOf('<g class="civic-scale"');
    assert.ok(at > 0, `${what}: a legend`);
    const legend = svg.slice(at);
    const texts = [...legend.matchAll(/<text[^>]*\by="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    assert.deepEqual(texts.map((t) => t[2]), [title, ...labels], what);
    for (const t of texts) assert.ok(Number(t[1]) > 420, `${what}: "${t[2]}" under the chart`);
    const swatches = [...legend.matchAll(/<rect[^>]*\bfill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    assert.equal(new Set(swatches).size, labels.length, `${what}: one colour per piece`);
    // Each district (the map series' data index: the map's order) in the legend's colour for its count.
    const counts = [2, 0, 2, 1, 2, 0, 0, 0, 1, 0]; // 海曙区 江北区 北仑区 镇海区 鄞州区 象山县 宁海县 余姚市 慈溪市 奉化区
    const chart = svg.slice(0, at);
    const fills = new Map([...chart.matchAll(/<path d="[^"]*" fill="(#[0-9a-f]{6})"[^>]*\becmeta_series_index="0" ecmeta_data_index="(\d+)"/g)].map((m) => [Number(m[2]), m[1]]));
    assert.deepEqual([...fills.keys()].sort((a, b) => a - b), counts.map((_, i) => i), `${what}: every district drawn`);
    for (const [i, n] of counts.entries()) assert.equal(fills.get(i), swatches[n], `${what}: district ${i}, ${n} institutes`);
  }
  const html = run('render', 'institute-map', '--record', 'institutes', '--locale', 'en', '--format', 'html');
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /<div class="civic-chart"><svg[\s\S]*<g class="civic-scale"[\s\S]*>Institutes per district:<\/text>[\s\S]*<\/svg><\/div>/);
});

test('untrusted strings are escaped in SVG and HTML, and nothing executes', () => {
  const x = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const data = {
    name: x,
    tier: '千亿级',
    target: { value: 1000, unit: '亿元', year: null, source: { kind: 'illustrative', quote: x } },
    value: { period: '2020', value: 640, unit: '亿元', bound: 'exact', measure: x, source: { kind: 'illustrative', quote: x } },
    notes: [x],
  };
  const file = tempFile('x.json', data);
  for (const format of ['svg', 'html']) {
    const r = run('render', 'cluster-gauge', '--data', file, '--format', format);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /<img|<script/i, format);
    // The SVG draws figures, not the name; the HTML shows every string as text.
    if (format === 'html') assert.ok(r.stdout.includes('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;'), 'the payload as text');
  }
});

test('a record with nothing to draw: svg is refused, html says no data and keeps the table', () => {
  let r = run('render', 'cluster-gauge', '--record', 'biomedicine');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nothing to draw/);
  r = run('render', 'cluster-gauge', '--record', 'biomedicine', '--format', 'html', '--locale', 'en');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /<p class="civic-empty">No data reported<\/p>/);
  assert.match(r.stdout, /<table class="civic-table">/);
});

test('an unknown record or invalid data: a message naming it, exit 1', () => {
  let r = run('render', 'indicator-trend', '--record', 'no_such_indicator');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /"no_such_indicator" is not a indicator-trend record/);
  r = run('render', 'target-progress', '--data', tempFile('bad.json', { goals: [{ label: 'x' }] }));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /invalid target-progress data: goals\[0\]\.target is required/);
  r = run('render', 'institute-map', '--record', 'institutes', '--geo', tempFile('geo.json', { type: 'FeatureCollection', features: [] }));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /geo\.features must hold at least one district/);
});

test('a wrong command line: exit 2', () => {
  for (const args of [
    ['render', 'cluster-gauge'],
    ['render', 'cluster-gauge', '--record', 'new_materials', '--data', 'x.json'],
    ['render', 'cluster-gauge', '--record', 'new_materials', '--format', 'png'],
    ['render', 'cluster-gauge', '--record', 'new_materials', '--width', 'wide'],
    ['render', 'cluster-gauge', '--record', 'new_materials', '--colour', 'red'],
  ]) {
    assert.equal(run(...args).code, 2, args.join(' '));
  }
});
