/**
 * A static figure as a self-contained HTML `<figure>`: the SVG, the title, the summary, the notes,
 * the source line and the table, and no script. To paste into a newsletter, an AMP page, a print
 * layout, or inside the element as its no-JavaScript fallback. Every text is escaped; links only
 * to http(s) sources.
 */
import { msg } from '../core/messages.js';
import { escapeMarkup } from '../core/escape.js';
import { STATIC_FIGURE_CSS } from './figure-css.js';
import type { StaticFigure } from './render.js';

/** The figure as HTML; `style: false` leaves out the small stylesheet (for pages that bring their own). */
export function figureHtml(f: StaticFigure, o: { style?: boolean } = {}): string {
  const m = msg(f.locale);
  const t = f.texts;
  const source = t.source.parts
    .map((p) => (p.url ? `<a href="${escapeMarkup(p.url)}" rel="noopener noreferrer">${escapeMarkup(p.label)}</a>` : escapeMarkup(p.label)))
    .join(m.sep);
  const table = t.table;
  const rows = table.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeMarkup(c)}</th>` : `<td>${escapeMarkup(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return [
    `<figure class="civic-figure civic-${f.element}" lang="${f.locale}" data-theme="${f.theme}">`,
    o.style === false ? '' : `<style>${STATIC_FIGURE_CSS}</style>`,
    `<figcaption><strong class="civic-title">${escapeMarkup(t.title)}</strong>${t.subtitle ? `<br><span class="civic-subtitle">${escapeMarkup(t.subtitle)}</span>` : ''}</figcaption>`,
    f.svg ? `<div class="civic-chart">${f.svg}</div>` : `<p class="civic-empty">${escapeMarkup(m.noData)}</p>`,
    t.summary ? `<p class="civic-summary">${escapeMarkup(t.summary)}</p>` : '',
    t.notes.length ? `<ul class="civic-notes">${t.notes.map((n) => `<li>${escapeMarkup(n)}</li>`).join('')}</ul>` : '',
    `<p class="civic-source">${escapeMarkup(m.source)}${escapeMarkup(m.colon)}${source}${t.source.illustrative ? ` <strong>(${escapeMarkup(m.illustrative)})</strong>` : ''}</p>`,
    `<table class="civic-table"><caption>${escapeMarkup(table.caption)}</caption>`,
    `<thead><tr>${table.columns.map((c) => `<th scope="col">${escapeMarkup(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    ...(table.notes ?? []).map((n) => `<p class="civic-table-note">${escapeMarkup(n)}</p>`),
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}
