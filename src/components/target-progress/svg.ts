/**
 * The progress rows as one standalone SVG, for static renders (the `civic-charts render`
 * command) and the element's SVG export: the same option (options.ts: scale, bars, marks, words)
 * as the live rows (figure.ts), drawn in pixels with presentation attributes from a palette,
 * since there is no stylesheet (the colours follow target-progress.styles.ts).
 * Every string from data is escaped.
 */
import { escapeMarkup } from '../../core/escape.js';
import type { RenderContext } from '../../core/builders.js';
import { text } from '../../core/locale.js';
import { progressMessages } from './messages.js';
import { type GoalModel, type ProgressModel, progressTitle } from './model.js';
import { type ProgressBar, type ProgressOption, targetProgressOption } from './options.js';
import { valueText } from './summary.js';
import { deadlineText, noProgress, targetValue } from './words.js';


const ROW = 66;
const PAD = 8;

/** The height a progress SVG of `m` takes (rows plus the scale). */
export function progressSvgHeight(m: ProgressModel): number {
  return PAD * 2 + 20 + m.goals.length * ROW;
}

function row(g: GoalModel, b: ProgressBar | undefined, o: ProgressOption, y: number, width: number, ctx: RenderContext): string {
  const { palette: p, locale } = ctx;
  const barX = PAD;
  const barW = width - PAD * 2 - 64;
  const x = (v: number) => barX + (v / o.max) * barW;
  const label = text(g.goal.label, locale);
  const head = `${o.labels ? `${label} · ` : ''}${deadlineText(g.goal, locale)}`;
  // Each mark has the class of its live counterpart (figure.ts): the same names, the same places.
  const out: string[] = [`<g class="goal"><text x="${barX}" y="${y + 14}" font-size="13" fill="${p.text}">${escapeMarkup(head)}</text>`];
  const barY = y + 22;
  out.push(`<rect class="track" x="${barX}" y="${barY}" width="${barW}" height="14" rx="2" fill="${p.track}" stroke="${p.border}"/>`);
  if (!b) {
    out.push(`<text x="${barX + 6}" y="${barY + 11}" font-size="12" fill="${p.muted}">${escapeMarkup(noProgress(locale))}</text>`);
    out.push(`<text x="${barX}" y="${barY + 32}" font-size="12" fill="${p.muted}">${escapeMarkup(`${progressMessages(locale).target} ${targetValue(g.goal, locale)}`)}</text></g>`);
    return out.join('');
  }
  const firm = b.bound === 'exact';
  const fill = p.highContrast ? (firm ? '#000000' : '#ffffff') : p.series[0];
  const ink = p.highContrast ? '#000000' : p.text;
  const rect = (cls: string, from: number, to: number, y1: number, h: number, paint: string) =>
    `<rect class="${cls}" x="${x(from).toFixed(2)}" y="${barY + y1}" width="${(x(to) - x(from)).toFixed(2)}" height="${h}" ${paint}/>`;
  const line = (cls: string, v: number, y1: number, y2: number, stroke: string, extra = '') =>
    `<line class="${cls}" x1="${x(v).toFixed(2)}" x2="${x(v).toFixed(2)}" y1="${barY + y1}" y2="${barY + y2}" stroke="${stroke}" stroke-width="2"${extra}/>`;
  out.push(
    rect(`fill bound-${b.bound}`, 0, b.fill, 0, 14, `fill="${fill}"${
      firm ? '' : ` fill-opacity="${p.highContrast ? 1 : 0.55}" stroke="${p.highContrast ? '#000000' : p.series[0]}" stroke-dasharray="4 2"`
    }`),
  );
  if (b.end > 100) out.push(rect('over', 100, b.end, 0, 14, `fill="${p.positive}" fill-opacity="0.35" stroke="${p.positive}"`));
  if (b.cut) out.push(rect('cut', o.max * 0.99, o.max, -3, 20, `fill="${p.surface}"`));
  if (b.bound === 'lowerBound') out.push(line('lower-bound-end', b.end, -2, 16, ink));
  if (b.time) {
    const [from, to] = b.time;
    out.push(rect('time', from, to, 16, 3, `fill="${p.muted}"`));
    out.push(line('time-end', to, 15, 21, p.muted));
  }
  if (b.baseline !== undefined) out.push(line('mark-baseline', b.baseline, -4, 18, ink, ' stroke-dasharray="2 2"'));
  out.push(line(`mark-target${b.approx ? ' approx' : ''}`, 100, -4, 18, p.text, b.approx ? ' stroke-dasharray="4 2"' : ''));
  out.push(`<text x="${width - PAD}" y="${barY + 12}" font-size="13" font-weight="600" text-anchor="end" fill="${p.text}">${escapeMarkup(b.pct)}</text>`);
  out.push(`<text x="${barX}" y="${barY + 34}" font-size="12" fill="${p.muted}">${escapeMarkup(valueText(g, locale))}</text></g>`);
  return out.join('');
}

/** The rows of a progress model as a standalone SVG document string, drawn as its option (options.ts) says. */
export function progressSvg(m: ProgressModel, ctx: RenderContext): string {
  const width = Math.max(280, ctx.width || 640);
  const height = progressSvgHeight(m);
  const { palette: p, locale } = ctx;
  const o = targetProgressOption(m, ctx);
  const barW = width - PAD * 2 - 64;
  const x = (v: number) => (PAD + (v / o.max) * barW).toFixed(2);
  const tick = (v: number, s: string, anchor: string) =>
    `<text x="${x(v)}" y="${PAD + 10}" font-size="11" text-anchor="${anchor}" fill="${p.muted}">${escapeMarkup(s)}</text>`;
  const rows = m.goals.map((g, i) => row(g, o.bars[i], o, PAD + 20 + i * ROW, width, ctx)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeMarkup(p.fontFamily)}">` +
    `<title>${escapeMarkup(progressTitle(m.data, locale))}</title><rect width="100%" height="100%" fill="${p.surface}"/>` +
    `<text x="${PAD}" y="${PAD + 10}" font-size="11" fill="${p.muted}">0%</text>` +
    tick(50, '50%', 'middle') +
    tick(100, o.ratios ? progressMessages(locale).scaleWholeTick : progressMessages(locale).scaleTargetTick, o.max === 100 ? 'end' : 'middle') +
    (o.end ? tick(o.max, o.end, 'end') : '') +
    rows +
    '</svg>'
  );
}
