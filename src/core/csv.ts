/**
 * The data table of an element as a CSV file: what `toBlob('csv')` and the export menu download.
 * Pure: built from the same `Texts` (table, notes, source line) the element renders, so the
 * figures, units, periods and sources in the file are the ones on screen.
 *
 * Layout: the table's header row and rows, then an empty line, then one line each for the table's
 * notes, the element's notes and the source line. RFC 4180 (CRLF, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet
 * programs read Chinese.
 */
import type { Locale } from './locale.js';
import { msg } from './messages.js';
import type { Texts } from './model-cache.js';

/** The UTF-8 byte-order mark, the first character of every file. */
export const BOM = '\uFEFF';

/** A cell that is a plain number ("-12", "1,234.5", "+3.2%"): a spreadsheet reads it as one, never as a formula. */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/**
 * Guards against formula injection (CWE-1236): a text cell that starts with = + - @, a tab or a
 * carriage return is run as a formula by spreadsheet programs, so it gets a leading apostrophe.
 * Numbers are left alone.
 */
export function guardCell(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  return /\d/.test(value) && NUMBER.test(value) ? value : `'${value}`;
}

/** One RFC 4180 field: quoted when it holds a comma, a double quote or a line break. */
export function csvField(value: string): string {
  const v = guardCell(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows of cells as RFC 4180 text (CRLF line ends, including after the last line). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The rows of an element's CSV file: the table, then its notes and the source line. */
export function csvRows(t: Texts, locale: Locale): string[][] {
  const m = msg(locale);
  const source = t.source.parts.map((p) => (p.url ? `${p.label} ${p.url}` : p.label)).join(m.sep);
  const foot = [
    ...(t.table.notes ?? []),
    ...t.notes,
    `${m.source}${m.colon}${source}${t.source.illustrative ? m.paren(m.illustrative) : ''}`,
  ];
  return [t.table.columns, ...t.table.rows, [], ...foot.map((line) => [line])];
}

/** The whole file: BOM, then the rows. */
export function csvFile(t: Texts, locale: Locale): string {
  return BOM + csvText(csvRows(t, locale));
}
