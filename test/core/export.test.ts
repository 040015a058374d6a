// Export (toBlob, the show-export menu) and print, on every element, read back as a user would:
// the CSV parsed and compared with the table the element shows, the SVG parsed, the PNG decoded.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/civic-charts.js';
import type { CivicElement } from '../../src/core/civic-element.js';
import { BOM, csvField, csvFile, guardCell } from '../../src/core/csv.js';
import { exportFileName } from '../../src/core/export-controller.js';
import { strictCspReport } from '../support/csp-report.js';
import { part, partText, until, untilState } from '../support/helpers.js';

type Civic = CivicElement<object, unknown, unknown> & { chart?: unknown };

const ELEMENTS = [
  { tag: 'civic-cluster-gauge', record: 'new_materials', figure: '2174.6' },
  { tag: 'civic-indicator-trend', record: 'tech_transactions', figure: '2020' },
  { tag: 'civic-target-progress', record: 'report_targets', figure: '%' },
  { tag: 'civic-institute-map', record: 'institutes', figure: '区县机构数' },
] as const;

async function make(tag: string, attrs: string, below = false): Promise<Civic> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  // Far below the fold: the element never comes near the viewport (no chart is created).
  if (below) box.style.setProperty('margin-top', '30000px');
  const el = document.createElement(tag) as Civic;
  for (const [name, value] of new URLSearchParams(attrs)) el.setAttribute(name, value);
  box.append(el);
  await untilState(el as never, 'ready', 15000);
  return el;
}

/** RFC 4180 parsing, to read the file back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** The cells of the element's table as shown (header, then rows). */
function tableCells(el: Element): string[][] {
  const table = part(el, 'table')!;
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
}

const unguard = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');

async function readCsv(blob: Blob): Promise<{ bom: boolean; rows: string[][] }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops the BOM by default.
  return { bom, rows: parseCsv(new TextDecoder().decode(bytes)) };
}

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  expect(doc.documentElement.localName).to.equal('svg');
  return doc;
}

async function checkPng(blob: Blob, minWidth: number): Promise<ImageBitmap> {
  expect(blob.type).to.equal('image/png');
  const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  expect([...head]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(blob.size, 'a drawing, not an empty canvas').to.be.greaterThan(4000);
  const bitmap = await createImageBitmap(blob);
  expect(bitmap.width).to.be.at.least(minWidth);
  return bitmap;
}

describe('CSV serialisation (csv.ts)', () => {
  it('quotes fields with commas, quotes and line breaks, RFC 4180', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('1,234.5 亿元')).to.equal('"1,234.5 亿元"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
  });

  it('guards cells a spreadsheet would run as formulas, but not numbers', () => {
    for (const bad of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil")', '-', '+']) {
      expect(guardCell(bad), JSON.stringify(bad)).to.equal(`'${bad}`);
    }
    for (const ok of ['-12', '+3.5', '-1,234.5', '+5.1%', '-0.5', '12', 'text', '宁波']) {
      expect(guardCell(ok), ok).to.equal(ok);
    }
    expect(csvField('=1,2')).to.equal(`"'=1,2"`);
  });

  it('writes a BOM, the table, its notes and the source line', () => {
    const text = csvFile(
      {
        title: 't',
        subtitle: '',
        summary: '',
        notes: ['a note'],
        table: { caption: 'c', columns: ['期间', '值'], rows: [['2020', '=1']], notes: ['* mark'] },
        source: { parts: [{ label: '宁波日报', url: 'https://example.org/a' }, { label: 'x' }], illustrative: true },
      },
      'zh-CN',
    );
    expect(text.startsWith(BOM)).to.equal(true);
    expect(parseCsv(text.slice(1))).to.deep.equal([
      ['期间', '值'],
      ['2020', "'=1"],
      [''],
      ['* mark'],
      ['a note'],
      ['来源：宁波日报 https://example.org/a；x（示例数据，非真实统计）'],
    ]);
  });
});

describe('toBlob on every element', () => {
  for (const { tag, record, figure } of ELEMENTS) {
    describe(tag, () => {
      it('CSV: a BOM, then the figures, units, periods and sources of the table it shows', async function () {
        this.timeout(20000);
        const el = await make(tag, `record=${record}`);
        const blob = await el.toBlob('csv');
        expect(blob.type).to.equal('text/csv');
        const { bom, rows } = await readCsv(blob);
        expect(bom).to.equal(true);
        const shown = tableCells(el);
        expect(shown.length).to.be.greaterThan(1);
        expect(rows.slice(0, shown.length).map((r) => r.map(unguard))).to.deep.equal(shown);
        const last = rows[rows.length - 1][0];
        expect(last.startsWith('来源：')).to.equal(true);
        for (const a of part(el, 'source')!.querySelectorAll('a')) {
          expect(last).to.include(a.textContent!.trim());
          expect(last).to.include(a.getAttribute('href'));
        }
      });

      it('SVG: a document that parses and draws the chart', async function () {
        this.timeout(20000);
        const el = await make(tag, `record=${record}`);
        const blob = await el.toBlob('svg');
        expect(blob.type).to.equal('image/svg+xml');
        const doc = parseSvg(await blob.text());
        expect(doc.querySelectorAll('path, rect').length).to.be.greaterThan(3);
        if (figure) expect(doc.documentElement.textContent).to.include(figure);
      });

      it('PNG: a PNG at twice the chart width', async function () {
        this.timeout(20000);
        const el = await make(tag, `record=${record}`);
        await checkPng(await el.toBlob('png'), 2 * part(el, 'chart')!.clientWidth - 2);
      });

      it('works before the chart was ever drawn (never scrolled into view)', async function () {
        this.timeout(20000);
        const el = await make(tag, `record=${record}`, true);
        if (tag !== 'civic-target-progress') expect(el.chart, 'no chart yet').to.equal(undefined);
        else expect(part(el, 'chart')!.querySelector('svg'), 'no rows yet').to.equal(null);
        await checkPng(await el.toBlob('png'), 500);
        parseSvg(await (await el.toBlob('svg')).text());
      });
    });
  }

  it('in English, the CSV is in English', async function () {
    this.timeout(20000);
    const el = await make('civic-cluster-gauge', 'record=new_materials&locale=en');
    const { rows } = await readCsv(await el.toBlob('csv'));
    expect(rows.map((r) => r.map(unguard)).slice(0, tableCells(el).length)).to.deep.equal(tableCells(el));
    expect(rows[rows.length - 1][0]).to.match(/^Source: /);
  });

  it('waits for data on its way', async function () {
    this.timeout(20000);
    const el = document.createElement('civic-cluster-gauge') as Civic;
    el.setAttribute('record', 'new_materials');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      const pending = el.toBlob('csv');
      expect((await readCsv(await pending)).rows[0].length).to.be.greaterThan(1);
    } finally {
      el.remove();
    }
  });

  it('rejects another format with a clear TypeError', async () => {
    const el = await make('civic-cluster-gauge', 'record=new_materials');
    for (const bad of ['gif', 'PNG', '', undefined]) {
      const error = await el.toBlob(bad as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, String(bad)).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.include("'png', 'svg' or 'csv'");
    }
  });

  it('rejects clearly without data, and with data that has nothing to draw', async () => {
    const none = await fixture<Civic>(html`<civic-indicator-trend></civic-indicator-trend>`);
    await untilState(none as never, 'empty');
    const e1 = await none.toBlob('csv').catch((e: Error) => e);
    expect(String(e1)).to.match(/<civic-indicator-trend> has no data to export \(state "empty"\)/);
    const bad = await fixture<Civic>(html`<civic-cluster-gauge data="{"></civic-cluster-gauge>`);
    await untilState(bad as never, 'error');
    const e2 = await bad.toBlob('png').catch((e: Error) => e);
    expect(String(e2)).to.match(/no data to export \(state "error"\)/);
  });

  it('names files after the record, else the id, else the tag', () => {
    expect(exportFileName({ record: 'new_materials', id: '', localName: 'civic-cluster-gauge' }, 'csv')).to.equal('new_materials.csv');
    expect(exportFileName({ record: 'gdp,rd_intensity', id: 'x', localName: 'civic-indicator-trend' }, 'png')).to.equal('gdp_rd_intensity.png');
    expect(exportFileName({ record: undefined, id: 'my chart', localName: 'civic-cluster-gauge' }, 'svg')).to.equal('my_chart.svg');
    expect(exportFileName({ record: '../../etc', id: '', localName: 'civic-cluster-gauge' }, 'svg')).to.equal('etc.svg');
    expect(exportFileName({ record: undefined, id: '', localName: 'civic-target-progress' }, 'csv')).to.equal('civic-target-progress.csv');
  });
});

describe('the show-export menu', () => {
  let clicks: { href: string; download: string; blob: Blob }[];
  let originalClick: typeof HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    clicks = [];
    originalClick = HTMLAnchorElement.prototype.click;
    // The download is an anchor click: read what it would save instead of saving it.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const entry = { href: this.href, download: this.download, blob: new Blob() };
      clicks.push(entry);
      void fetch(this.href).then(async (r) => (entry.blob = await r.blob()));
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = originalClick;
  });

  it('is absent without show-export', async () => {
    const el = await make('civic-cluster-gauge', 'record=new_materials');
    expect(part(el, 'export')).to.equal(null);
  });

  it('is reached and used with the keyboard: Enter opens, a file downloads, Escape closes and focus returns', async function () {
    this.timeout(20000);
    const el = await make('civic-indicator-trend', 'record=tech_transactions&show-export=');
    const menu = part(el, 'export') as HTMLDetailsElement;
    const summary = menu.querySelector('summary')!;
    expect(summary.textContent).to.equal('下载');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menu.open, 'the menu to open');
    const buttons = [...menu.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['PNG 图片', 'SVG 矢量图', 'CSV 数据表']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[2]);
    await sendKeys({ press: 'Enter' });
    await until(() => clicks.length === 1 && clicks[0].blob.size > 0, 'the CSV download');
    expect(clicks[0].download).to.equal('tech_transactions.csv');
    expect(clicks[0].href).to.match(/^blob:/);
    expect(menu.open, 'choosing closes the menu').to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const { rows } = await readCsv(clicks[0].blob);
    expect(rows.slice(0, tableCells(el).length).map((r) => r.map(unguard))).to.deep.equal(tableCells(el));
    // Escape closes an open menu and gives focus back to its button.
    await sendKeys({ press: 'Enter' });
    await until(() => menu.open, 'the menu to open again');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
  });

  it('downloads PNG and SVG named after the record, in English too', async function () {
    this.timeout(20000);
    const el = await make('civic-cluster-gauge', 'record=new_materials&show-export=&locale=en');
    const menu = part(el, 'export') as HTMLDetailsElement;
    expect(menu.querySelector('summary')!.textContent).to.equal('Download');
    for (const button of menu.querySelectorAll('button')) button.click();
    await until(() => clicks.length === 3 && clicks.every((c) => c.blob.size > 0), 'three downloads');
    expect(clicks.map((c) => c.download).sort()).to.deep.equal(['new_materials.csv', 'new_materials.png', 'new_materials.svg']);
    await checkPng(clicks.find((c) => c.download.endsWith('.png'))!.blob, 400);
    parseSvg(await clicks.find((c) => c.download.endsWith('.svg'))!.blob.text());
  });

  it('is not shown while there is nothing to export', async () => {
    const el = await fixture<Civic>(html`<civic-cluster-gauge show-export></civic-cluster-gauge>`);
    await untilState(el as never, 'empty');
    expect(part(el, 'export')).to.equal(null);
  });
});

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    dispatchEvent(new Event('afterprint'));
  });

  it('hides controls and tooltips, keeps title, summary and source, keeps each figure on one page', async function () {
    this.timeout(20000);
    const el = await make('civic-cluster-gauge', 'record=new_materials&show-export=');
    part(el, 'chart')!.focus();
    part(el, 'chart')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    const shown = (name: string) => getComputedStyle(part(el, name)!).display !== 'none';
    expect(shown('tooltip') && shown('export') && shown('table-toggle'), 'on screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    expect(shown('export')).to.equal(false);
    expect(shown('tooltip')).to.equal(false);
    expect(shown('table-toggle')).to.equal(false);
    expect(shown('title') && shown('summary') && shown('source')).to.equal(true);
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
    // The table prints as on screen: hidden here (still only visually hidden), shown when shown.
    expect(part(el, 'table')!.closest('.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
    expect(getComputedStyle(part(el, 'table')!.closest('.table-wrap')!).position).to.equal('absolute');
  });

  it('swaps a chart for a sharp image while printing, and back after', async function () {
    this.timeout(20000);
    const el = await make('civic-indicator-trend', 'record=tech_transactions');
    await until(() => !!el.chart, 'the chart');
    const figure = part(el, 'chart')!;
    dispatchEvent(new Event('beforeprint'));
    const img = figure.querySelector<HTMLImageElement>('img.print-image')!;
    expect(img, 'the print image').to.not.equal(null);
    expect(img.src).to.match(/^data:image\/png;base64,/);
    await img.decode();
    expect(img.naturalWidth).to.equal(3 * figure.clientWidth);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(img).display).to.equal('block');
    expect(getComputedStyle(figure.querySelector('.chart')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(img).display, 'never on screen').to.equal('none');
    dispatchEvent(new Event('afterprint'));
    expect(figure.querySelector('img.print-image')).to.equal(null);
    expect(figure.hasAttribute('data-print')).to.equal(false);
  });

  it('prints a chart that was never scrolled into view, and progress rows never drawn', async function () {
    this.timeout(20000);
    const gauge = await make('civic-cluster-gauge', 'record=new_materials', true);
    const progress = await make('civic-target-progress', 'record=report_targets', true);
    expect(gauge.chart).to.equal(undefined);
    expect(part(progress, 'chart')!.querySelector('svg'), 'no rows yet').to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    const g = part(gauge, 'chart')!.querySelector<HTMLImageElement>('img.print-image')!;
    expect(g.src).to.match(/^data:image\/png;base64,/);
    await g.decode();
    expect(g.naturalWidth).to.be.greaterThan(1000);
    // The rows are drawn in the update that runs before the page prints (a microtask).
    await Promise.resolve();
    await progress.updateComplete;
    expect(part(progress, 'chart')!.querySelectorAll('svg').length).to.be.greaterThan(0);
  });

  it('leaves drawn progress rows alone (they print sharp as they are)', async function () {
    this.timeout(20000);
    const el = await make('civic-target-progress', 'record=report_targets');
    await until(() => !!part(el, 'chart')!.querySelector('svg'), 'the rows');
    dispatchEvent(new Event('beforeprint'));
    expect(part(el, 'chart')!.querySelector('img.print-image')).to.equal(null);
    expect(partText(el, 'summary')).to.not.equal('');
  });
});

describe('export under the strict CSP', () => {
  it('toBlob in every format on every element, and the menu, with zero violations', async function () {
    this.timeout(60000);
    const { result } = await strictCspReport<{ blobs: string[]; downloads: string[] }>('/test/core/export-csp/page.html');
    expect(result.blobs).to.deep.equal(
      ELEMENTS.flatMap(({ tag }) => [`${tag} png image/png`, `${tag} svg image/svg+xml`, `${tag} csv text/csv`]),
    );
    expect(result.downloads).to.deep.equal(['new_materials.png', 'new_materials.svg', 'new_materials.csv']);
  });
});
