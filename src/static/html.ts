/**
 * A static figure as a self-contained HTML `<figure>`: the SVG, the title, the summary, the notes,
 * the source line and the table, and no script. To paste into a newsletter, an AMP page, a print
 * layout, or inside the element as its no-JavaScript fallback. Every text is escaped; links only
 * to http(s) sources.
 */
import { msg } from '../core/messages.js';
import { STATIC_FIGURE_CSS } from './figure-css.js';
import type { StaticFigure } from './render.js';

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The figure as HTML; `style: false` leaves out the small stylesheet (for pages that bring their own). */
export function figureHtml(f: StaticFigure, o: { style?: boolean } = {}): string {
  const m = msg(f.locale);
  const t = f.texts;
  const source = t.source.parts
    .map((p) => (p.url ? `<a href="${escapeHtml(p.url)}" rel="noopener noreferrer">${escapeHtml(p.label)}</a>` : escapeHtml(p.label)))
    .join(m.sep);
  const table = t.table;
  const rows = table.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return [
    `<figure class="civic-figure civic-${f.element}" lang="${f.locale}" data-theme="${f.theme}">`,
    o.style === false ? '' : `<style>${STATIC_FIGURE_CSS}</style>`,
    `<figcaption><strong class="civic-title">${escapeHtml(t.title)}</strong>${t.subtitle ? `<br><span class="civic-subtitle">${escapeHtml(t.subtitle)}</span>` : ''}</figcaption>`,
    f.svg ? `<div class="civic-chart">${f.svg}</div>` : `<p class="civic-empty">${escapeHtml(m.noData)}</p>`,
    t.summary ? `<p class="civic-summary">${escapeHtml(t.summary)}</p>` : '',
    t.notes.length ? `<ul class="civic-notes">${t.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '',
    `<p class="civic-source">${escapeHtml(m.source)}${escapeHtml(m.colon)}${source}${t.source.illustrative ? ` <strong>(${escapeHtml(m.illustrative)})</strong>` : ''}</p>`,
    `<table class="civic-table"><caption>${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    ...(table.notes ?? []).map((n) => `<p class="civic-table-note">${escapeHtml(n)}</p>`),
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}
