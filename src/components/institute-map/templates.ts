/**
 * The map's HTML beside the chart: the scale legend, the status legend (toggle buttons) and the
 * list of institutes not on the map. Lit templates of the model; the element binds the events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InstituteStatus } from '../../data/types.js';
import { formatNumber } from '../../core/format.js';
import type { Locale } from '../../core/locale.js';
import { mapMessages } from './messages.js';
import { type MapModel, STATUS_GLYPH, STATUS_ORDER, instituteName, statusLabel } from './model.js';
import type { ScaleLegend } from './scale.js';
import { legendLabel, unlocatedHeading, unlocatedLine } from './table.js';

/** One toggle button per status present, with how many of its institutes are on the map. */
export function statusLegendTemplate(model: MapModel, hidden: ReadonlySet<InstituteStatus>, locale: Locale, toggle: (s: InstituteStatus) => void): TemplateResult {
  const present = STATUS_ORDER.filter((s) => model.data.institutes.some((i) => i.statuses.includes(s)));
  const onMap = (s: InstituteStatus) => model.located.filter((p) => p.institute.statuses.includes(s)).length;
  const t = mapMessages(locale);
  return html`<div class="status-legend" part="legend" role="group" aria-labelledby="legend-label">
    <span class="visually-hidden" id="legend-label">${legendLabel(locale)}</span>
    ${present.map((s) => {
      const shown = !hidden.has(s);
      return html`<button
        type="button"
        class="status-toggle"
        part="legend-item"
        data-status=${s}
        aria-pressed=${shown ? 'true' : 'false'}
        title=${t.toggleTitle(shown, statusLabel(s, locale))}
        @click=${() => toggle(s)}
      >
        <svg class="glyph ${s}" viewBox="0 0 12 12" aria-hidden="true"><path d=${STATUS_GLYPH[s]}></path></svg>
        <span class="label">${statusLabel(s, locale)}</span>
        <span class="count">${t.onMap(formatNumber(onMap(s), locale))}</span>
      </button>`;
    })}
  </div>`;
}

/** The institutes that could not be placed, each with the reason. */
export function unlocatedTemplate(model: MapModel, locale: Locale): TemplateResult | typeof nothing {
  if (!model.unlocated.length) return nothing;
  const t = mapMessages(locale);
  return html`<div class="unlocated-box">
    <p class="unlocated-heading" part="unlocated-heading" id="unlocated-heading">${unlocatedHeading(model, locale)}</p>
    <ul class="unlocated" part="unlocated" aria-labelledby="unlocated-heading">
      ${model.unlocated.map(
        (u) => html`<li data-id=${u.institute.id}>
          <span class="name">${instituteName(u.institute, locale)}</span>
          <span class="why">${t.whySep}${unlocatedLine(u, locale)}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The scale's title, then each piece: a swatch outlined like a district, and its count in words. */
export function scaleTemplate(s: ScaleLegend): TemplateResult {
  return html`<span class="scale-title" id="scale-title">${s.title}</span>
    <ul class="scale-pieces" aria-labelledby="scale-title">
      ${s.pieces.map(
        (p) => html`<li>
          <svg class="swatch" viewBox="0 0 14 10" aria-hidden="true"><rect x="0.5" y="0.5" width="13" height="9" fill=${p.color} stroke=${s.border}></rect></svg>${p.label}
        </li>`,
      )}
    </ul>`;
}
