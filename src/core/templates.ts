/**
 * The parts of an element's template that are the same for every element: the source line, the
 * data table with its toggle, the tooltip and the state boxes. Everything from data is rendered
 * as text by Lit; only http(s) URLs become links.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TableModel } from './a11y.js';
import type { ExportFormat } from './export-controller.js';
import type { Locale } from './locale.js';
import { msg } from './messages.js';
import type { Texts } from './model-cache.js';
import type { NavigationController, Tip } from './navigation-controller.js';
import type { SourceLine } from './sources.js';

/** The title and the line under it (hidden with `hide-title`; the host keeps the title as its label). */
export function headTemplate(t: Texts | undefined, hidden: boolean): TemplateResult | typeof nothing {
  if (!t || hidden) return nothing;
  return html`${t.title ? html`<div class="title" part="title" id="title">${t.title}</div>` : nothing}
    ${t.subtitle ? html`<div class="subtitle" part="subtitle">${t.subtitle}</div>` : nothing}`;
}

export interface PlotOptions {
  shown: boolean;
  title: string;
  locale: Locale;
  role: 'img' | 'group';
  navigation: NavigationController;
  figure: TemplateResult | typeof nothing;
}

/**
 * The focusable figure box (`part="chart"`) and its tooltip. Always rendered, hidden when there is
 * nothing to draw, so the box a chart is bound to stays the same element across states.
 */
export function plotTemplate(o: PlotOptions): TemplateResult {
  const m = msg(o.locale);
  return html`<div class="plot" ?hidden=${!o.shown}>
    <div
      class="figure"
      part="chart"
      tabindex=${o.shown ? '0' : '-1'}
      role=${o.role}
      aria-roledescription=${m.chart}
      aria-label=${`${o.title}. ${m.chartHint}`}
      aria-describedby="summary"
      @keydown=${o.navigation.onKeydown}
      @blur=${o.navigation.onBlur}
    >${o.figure}</div>
    ${tooltipTemplate(o.navigation.tip)}
  </div>`;
}

export interface TextsOptions {
  hideSummary: boolean;
  hideSource: boolean;
  showTable: boolean;
  toggleTable: () => void;
}

/** The summary, the notes, the source line and the data table. */
export function textsTemplate(t: Texts, locale: Locale, o: TextsOptions): TemplateResult {
  return html`
    ${t.summary
      ? html`<p class="summary ${o.hideSummary ? 'visually-hidden' : ''}" part="summary" id="summary">${t.summary}</p>`
      : nothing}
    ${t.notes.length ? html`<ul class="notes" part="notes">${t.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    ${o.hideSource ? nothing : sourceTemplate(t.source, locale)}
    ${tableTemplate(t.table, locale, o.showTable, o.toggleTable)}
  `;
}

export function sourceTemplate(source: SourceLine, locale: Locale): TemplateResult {
  const m = msg(locale);
  return html`<p class="source" part="source">
    ${m.source}${m.colon}${source.parts.map(
      (p, i) =>
        html`${i ? m.sep : ''}${p.url ? html`<a href=${p.url} rel="noopener noreferrer" target="_blank">${p.label}</a>` : p.label}`,
    )}${source.illustrative ? html` <strong>(${m.illustrative})</strong>` : nothing}
  </p>`;
}

/**
 * A long table (a daily series of years) renders its first rows and a button for the rest: ten
 * thousand rows of DOM on every data change cost more than the chart. Every figure stays reachable
 * (the button, and the CSV export); the choice is kept per table model, so new data starts short.
 */
export const TABLE_PAGE_ROWS = 200;
const expandedTables = new WeakSet<TableModel>();

function showAllRows(table: TableModel, e: Event): void {
  expandedTables.add(table);
  // The template's host re-renders (the button sits in its shadow root).
  (((e.currentTarget as Element).getRootNode() as ShadowRoot).host as ReactiveElement).requestUpdate();
}

/**
 * The body rows as plain DOM, every cell set as text. Through Lit a cell costs two parts, a
 * template instance and three comment markers, and forty elements' tables were most of the
 * page's parts and a good share of its heap (issue 10); the rows never change in place (a new
 * table model is a new fragment).
 */
function rowsFragment(rows: readonly string[][]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (let i = 0; i < row.length; i++) {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.setAttribute('scope', 'row');
      cell.textContent = row[i]!;
      tr.append(cell);
    }
    fragment.append(tr);
  }
  return fragment;
}

/** The table is always in the accessibility tree; the toggle shows it to sighted readers too. */
export function tableTemplate(table: TableModel, locale: Locale, shown: boolean, toggle: () => void): TemplateResult {
  const m = msg(locale);
  const size = table.rowCount ?? table.rows.length;
  const all = size <= TABLE_PAGE_ROWS || expandedTables.has(table);
  const rows = all ? table.rows : table.headRows?.(TABLE_PAGE_ROWS) ?? table.rows.slice(0, TABLE_PAGE_ROWS);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return html`
    <button
      class="table-toggle"
      part="table-toggle"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls="table-region"
      @click=${toggle}
    >
      ${shown ? m.hideTable : m.showTable}
    </button>
    <div class="table-wrap ${shown ? '' : 'visually-hidden'}" id="table-region">
      <table part="table">
        <caption>${table.caption}</caption>
        <thead>
          <tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
        </thead>
        <tbody>
          ${guard([table, all], () => rowsFragment(rows))}
        </tbody>
      </table>
      ${all
        ? nothing
        : html`<button class="table-more" part="table-more" @click=${(e: Event) => showAllRows(table, e)}>
            ${m.showAllRows(count(size))}
          </button>`}
      ${table.notes?.length ? table.notes.map((n) => html`<p class="table-notes">${n}</p>`) : nothing}
    </div>
  `;
}

export function tooltipTemplate(tip: Tip | undefined): TemplateResult {
  return html`<div class="tooltip" part="tooltip" role="status" ?hidden=${!tip}>
    ${tip ? tip.item.lines.map((line) => html`<p>${line}</p>`) : nothing}
  </div>`;
}

export function errorTemplate(message: string): TemplateResult {
  return html`<div class="error" part="error" role="alert">${message}</div>`;
}

/** What an element far below the fold shows until it renders (render-gate.ts): its final size, no content. */
export function placeholderTemplate(): TemplateResult {
  return html`<div class="placeholder" part="placeholder"></div>`;
}

export function loadingTemplate(locale: Locale): TemplateResult {
  return html`<div class="state-box" part="loading" role="status">${msg(locale).loading}</div>`;
}

export function emptyTemplate(content: TemplateResult | string): TemplateResult {
  return html`<div class="state-box" part="empty">${content}</div>`;
}

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv'];

/** Escape closes the menu and gives focus back to its button. */
function menuKeydown(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/** Focus leaving the menu closes it. */
function menuFocusout(e: FocusEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (!details.contains(e.relatedTarget as Node | null)) details.open = false;
}

/**
 * The export menu: a native disclosure (Enter or Space opens it) holding one button per file;
 * choosing one closes the menu and returns focus to its button.
 */
export function exportTemplate(locale: Locale, pick: (format: ExportFormat) => void, failed: boolean): TemplateResult {
  const m = msg(locale);
  const choose = (e: Event, format: ExportFormat) => {
    const details = (e.currentTarget as HTMLElement).closest('details')!;
    details.open = false;
    details.querySelector('summary')?.focus();
    pick(format);
  };
  return html`<details class="export" part="export" @keydown=${menuKeydown} @focusout=${menuFocusout}>
    <summary>${m.exportMenu}</summary>
    <div class="export-menu" role="group" aria-label=${m.exportMenu}>
      ${FORMATS.map((f) => html`<button type="button" data-format=${f} @click=${(e: Event) => choose(e, f)}>${m.exportFormat[f]}</button>`)}
    </div>
  </details>${failed ? html`<span class="export-failed" role="status">${m.exportFailed}</span>` : nothing}`;
}
