/**
 * A child `<table>` in the page's own HTML as the data: what readers without JavaScript, RSS
 * readers and search engines see, upgraded to the chart. This module reads a table's cells as
 * written (numbers in either locale's way, bound words, units) and builds the source every figure
 * needs from the table's `data-source-*` attributes; each element turns the cells into its data.
 * Problems name the cell (`table.rows[2].cells[1]`) and say what was found there.
 */
import type { Bound, Source } from '../data/types.js';
import type { Issue } from './schema.js';

export interface ReadTable {
  table: HTMLTableElement;
  caption: string;
  /** The header row's cells (thead, else a first row of <th>); empty when there is none. */
  headers: HTMLTableCellElement[];
  /** The body rows' cells, in order (header rows left out). */
  rows: HTMLTableCellElement[][];
}

/** The text of a cell or caption as a reader sees it, whitespace collapsed. */
export const cellText = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first child `<table>` of the host, if any. */
export function childTable(host: Element): HTMLTableElement | undefined {
  for (const child of Array.from(host.children)) if (child instanceof HTMLTableElement) return child;
  return undefined;
}

export function readTable(table: HTMLTableElement): ReadTable {
  const all = Array.from(table.rows);
  const head = table.tHead?.rows.length ? Array.from(table.tHead.rows) : all[0] && Array.from(all[0].cells).every((c) => c.tagName === 'TH') ? [all[0]] : [];
  const foot = table.tFoot ? Array.from(table.tFoot.rows) : [];
  const body = all.filter((r) => !head.includes(r) && !foot.includes(r));
  return {
    table,
    caption: cellText(table.caption),
    headers: head.length ? Array.from(head[head.length - 1].cells) : [],
    rows: body.map((r) => Array.from(r.cells)),
  };
}

/** Where a body cell is, as issues name it. */
export const cellPath = (row: number, col: number) => `table.rows[${row}].cells[${col}]`;

const LOWER = /^(?:超过|超|逾|多于|不少于|至少|over|more than|at least|>|≥|>=)\s*|\s*(?:以上|多|\+)$/i;
const APPROX = /^(?:约|大约|近|about|around|approximately|approx\.?|c\.|ca\.|~|≈)\s*|\s*(?:左右|上下)$/i;
const ESTIMATE = /^(?:预计|估计|estimated|est\.?)\s*|\s*(?:\(e\)|（预计）|\(est\.?\))$/i;

export interface NumberCell {
  value: number;
  bound: Bound;
  /** The unit text written in the cell after the number ('%', '亿元'), if any. */
  unit?: string;
}

/**
 * A number as written in a cell, in either locale's way: "1,234.5", "1234.5", "−0.17", "12.3%",
 * "超过3000", "约200个", "预计2.4%", "1,000+", "2174.6亿元". Empty: undefined (a gap). Anything else:
 * a message saying what was found.
 */
export function parseNumberCell(raw: string): NumberCell | undefined | { error: string } {
  let t = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (t === '' || t === '—' || t === '-' || t === '–' || t === '..' || t === 'n/a' || t === 'N/A') return undefined;
  let bound: Bound = 'exact';
  for (const [re, b] of [
    [LOWER, 'lowerBound'],
    [APPROX, 'approx'],
    [ESTIMATE, 'estimate'],
  ] as const) {
    if (re.test(t)) {
      bound = b;
      t = t.replace(re, '').trim();
    }
  }
  const m = /^([-−+]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(.*)$/.exec(t);
  if (!m) return { error: `"${raw.trim()}" is not a number as written (1,234.5 or 12.3%)` };
  const value = Number(`${m[1] === '−' ? '-' : m[1]}${m[2].replace(/,/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return { error: `"${raw.trim()}" is not a finite number` };
  const unit = m[4].trim();
  return unit ? { value, bound, unit } : { value, bound };
}

/**
 * The source of every figure of a table, from its attributes: `data-source-publisher`,
 * `data-source-url`, `data-source-date`, `data-source-title` (an external source), or
 * `data-source-kind="illustrative"` for made-up data. The quote is the table's caption.
 */
export function tableSource(t: ReadTable, issues: Issue[]): Source | undefined {
  const a = (name: string) => t.table.getAttribute(`data-source-${name}`)?.trim() || undefined;
  const kind = a('kind') ?? 'external';
  if (kind === 'illustrative') return { kind: 'illustrative', quote: t.caption };
  if (kind !== 'external') {
    issues.push({ path: 'table[data-source-kind]', message: `must be "external" or "illustrative", got "${kind}"` });
    return undefined;
  }
  const url = a('url');
  const publisher = a('publisher');
  if (!url && !publisher) {
    issues.push({ path: 'table[data-source-publisher]', message: 'is required, or data-source-url (every figure needs its source)' });
    return undefined;
  }
  if (url && !/^https?:\/\//i.test(url)) issues.push({ path: 'table[data-source-url]', message: 'must be an http(s) URL' });
  const source: Source = { kind: 'external', quote: t.caption || publisher || url! };
  if (url) source.url = url;
  if (publisher) source.publisher = publisher;
  const date = a('date');
  if (date) source.date = date;
  const title = a('title');
  if (title) source.title = title;
  return source;
}
