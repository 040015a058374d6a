/**
 * The progress rows as one standalone SVG, for static renders (the `civic-charts render`
 * command) and the element's SVG export: the same model, scale and words as the live rows
 * (figure.ts), drawn with presentation attributes from a palette, since there is no stylesheet.
 * Every string from data is escaped.
 */
import type { RenderContext } from '../../core/builders.js';
import { boundMark } from '../../core/format.js';
import { text } from '../../core/locale.js';
import { type GoalModel, type ProgressModel, progressTitle } from './model.js';
import { deadlineText, noProgress, pct, targetValue } from './words.js';
import { valueText } from './summary.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ROW = 66;
const PAD = 8;

/** The height a progress SVG of `m` takes (rows plus the scale). */
export function progressSvgHeight(m: ProgressModel): number {
  return PAD * 2 + 20 + m.goals.length * ROW;
}

function row(g: GoalModel, y: number, width: number, max: number, ctx: RenderContext, showLabel: boolean): string {
  const { palette: p, locale } = ctx;
  const barX = PAD;
  const barW = width - PAD * 2 - 64;
  const x = (v: number) => barX + (Math.min(Math.max(v, 0), max) / max) * barW;
  const label = text(g.goal.label, locale);
  const head = `${showLabel ? `${label} · ` : ''}${deadlineText(g.goal, locale)}`;
  const out: string[] = [`<text x="${barX}" y="${y + 14}" font-size="13" fill="${p.text}">${esc(head)}</text>`];
  const barY = y + 22;
  out.push(`<rect x="${barX}" y="${barY}" width="${barW}" height="14" rx="2" fill="${p.track}" stroke="${p.border}"/>`);
  if (!g.latest || g.pct === undefined) {
    out.push(`<text x="${barX + 6}" y="${barY + 11}" font-size="12" fill="${p.muted}">${esc(noProgress(locale))}</text>`);
    out.push(`<text x="${barX}" y="${barY + 32}" font-size="12" fill="${p.muted}">${esc(`${locale === 'en' ? 'Target' : '目标'} ${targetValue(g.goal, locale)}`)}</text>`);
    return out.join('');
  }
  const firm = g.latest.bound === 'exact';
  const fill = p.highContrast ? (firm ? '#000000' : '#ffffff') : p.series[0];
  out.push(
    `<rect x="${barX}" y="${barY}" width="${(x(Math.min(g.pct, 100)) - barX).toFixed(2)}" height="14" fill="${fill}"${
      firm ? '' : ` fill-opacity="${p.highContrast ? 1 : 0.55}" stroke="${p.highContrast ? '#000000' : p.series[0]}" stroke-dasharray="4 2"`
    }/>`,
  );
  if (g.pct > 100) {
    out.push(`<rect x="${x(100).toFixed(2)}" y="${barY}" width="${(x(g.pct) - x(100)).toFixed(2)}" height="14" fill="${p.positive}" fill-opacity="0.35" stroke="${p.positive}"/>`);
  }
  if (g.timePct !== undefined) {
    out.push(`<rect x="${barX}" y="${barY + 16}" width="${((barW * Math.min(g.timePct, 100)) / 100 / (max / 100)).toFixed(2)}" height="3" fill="${p.muted}"/>`);
  }
  out.push(`<line x1="${x(100).toFixed(2)}" x2="${x(100).toFixed(2)}" y1="${barY - 4}" y2="${barY + 18}" stroke="${p.text}" stroke-width="2"/>`);
  const mark = g.latest.bound !== 'exact' ? boundMark(g.latest.bound) : g.goal.target.bound === 'approx' ? '≈' : '';
  out.push(`<text x="${width - PAD}" y="${barY + 12}" font-size="13" font-weight="600" text-anchor="end" fill="${p.text}">${esc(`${mark}${pct(g.pct, locale)}`)}</text>`);
  out.push(`<text x="${barX}" y="${barY + 34}" font-size="12" fill="${p.muted}">${esc(valueText(g, locale))}</text>`);
  return out.join('');
}

/** The rows of a progress model as a standalone SVG document string. */
export function progressSvg(m: ProgressModel, ctx: RenderContext): string {
  const width = Math.max(280, ctx.width || 640);
  const height = progressSvgHeight(m);
  const { palette: p, locale } = ctx;
  const title = progressTitle(m.data, locale);
  const showLabels = m.goals.length > 1 || title !== text(m.data.goals[0].label, locale);
  const barW = width - PAD * 2 - 64;
  const x100 = PAD + (100 / m.max) * barW;
  const rows = m.goals.map((g, i) => row(g, PAD + 20 + i * ROW, width, m.max, ctx, showLabels)).join('');
  const target = locale === 'en' ? '100% target' : '目标100%';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${esc(p.fontFamily)}">` +
    `<title>${esc(title)}</title><rect width="100%" height="100%" fill="${p.surface}"/>` +
    `<text x="${PAD}" y="${PAD + 10}" font-size="11" fill="${p.muted}">0%</text>` +
    `<text x="${x100.toFixed(2)}" y="${PAD + 10}" font-size="11" text-anchor="middle" fill="${p.muted}">${esc(target)}</text>` +
    rows +
    '</svg>'
  );
}
