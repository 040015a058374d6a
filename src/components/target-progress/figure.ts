/**
 * The native figure of `<civic-target-progress>`: one row per goal on a common "% of target" scale
 * (the target at the same x in every row), drawn with HTML and SVG whose geometry is SVG attributes
 * in percent (never `style`, so a strict CSP is satisfied), coloured by CSS classes from the theme
 * tokens (a theme switch restyles live). Each goal with progress is a `role="meter"` with its value
 * text; a goal without progress is a group saying so, never 0%.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { type Locale, text } from '../../core/locale.js';
import type { GoalModel } from './model.js';
import type { ProgressBar, ProgressOption } from './options.js';
import { progressMessages } from './messages.js';
import { valueText } from './summary.js';
import { derivedMark, noProgress, paceText, pct, targetValue, deadlineText, valueAt } from './words.js';

export interface FigureHandlers {
  active: number;
  pick: (index: number) => void;
  hover: (index: number, e: PointerEvent) => void;
  leave: () => void;
}

/** A place (or a length) on the scale as a percentage of the row's width. */
const at = (v: number, max: number) => `${((v / max) * 100).toFixed(2)}%`;

function bar(b: ProgressBar, max: number): TemplateResult {
  const x = (v: number) => at(v, max);
  const w = (from: number, to: number) => at(to - from, max);
  const [timeFrom, timeTo] = b.time ?? [];
  return html`<svg class="bar" aria-hidden="true" focusable="false" width="100%" height="28" overflow="visible">
    ${svg`
      <rect class="track" x="0" y="6" width="100%" height="14" rx="2"></rect>
      <rect class="fill bound-${b.bound}" x="0" y="6" width=${x(b.fill)} height="14"></rect>
      ${b.end > 100 ? svg`<rect class="over" x=${x(100)} y="6" width=${w(100, b.end)} height="14" fill="url(#civic-hatch)"></rect>
        <rect class="over-edge" x=${x(100)} y="6" width=${w(100, b.end)} height="14"></rect>` : nothing}
      ${b.cut ? svg`<rect class="cut" x="99%" y="3" width="1%" height="20"></rect>` : nothing}
      ${b.bound === 'lowerBound' ? svg`<line class="lower-bound-end" x1=${x(b.end)} x2=${x(b.end)} y1="4" y2="22"></line>` : nothing}
      ${timeTo !== undefined ? svg`<rect class="time" x=${x(timeFrom!)} y="23" width=${w(timeFrom!, timeTo)} height="4"></rect>
        <line class="time-end" x1=${x(timeTo)} x2=${x(timeTo)} y1="21" y2="28"></line>` : nothing}
      ${b.baseline !== undefined ? svg`<line class="mark-baseline" x1=${x(b.baseline)} x2=${x(b.baseline)} y1="2" y2="24"></line>` : nothing}
      <line class="mark-target ${b.approx ? 'approx' : ''}" x1=${x(100)} x2=${x(100)} y1="0" y2="26"></line>
    `}
  </svg>`;
}

function facts(m: GoalModel, locale: Locale): TemplateResult[] {
  const t = progressMessages(locale);
  const g = m.goal;
  const c = (cls: string, label: string, value: string) =>
    html`<span class="fact ${cls}"><span class="fact-label">${label}</span> ${value}</span>`;
  const out: TemplateResult[] = [];
  if (m.kind === 'ratio' && m.latest) {
    out.push(c('latest', t.part, valueAt(g, m.latest, locale)));
    out.push(c('target', t.whole, targetValue(g, locale)));
    return out;
  }
  if (m.baseline) out.push(c('baseline', t.baseline, valueAt(g, m.baseline, locale)));
  if (m.latest) out.push(c('latest', t.latest, valueAt(g, m.latest, locale)));
  out.push(c('target', t.target, targetValue(g, locale)));
  if (m.timePct !== undefined) out.push(c('time', t.timeElapsed, `${pct(m.timePct, locale)}${derivedMark(locale)}`));
  if (m.paceNeeded) out.push(c('pace-needed', t.paceNeededLabel, `${paceText(g, m.paceNeeded, locale)}${derivedMark(locale)}`));
  if (m.paceSoFar) out.push(c('pace-so-far', t.paceSoFarLabel, `${paceText(g, m.paceSoFar, locale)}${derivedMark(locale)}`));
  if (m.latest && m.met && m.pct !== undefined && m.pct > 100) {
    out.push(html`<span class="fact over-note">${t.exceededBy(pct(m.pct - 100, locale))}</span>`);
  }
  return out;
}

function row(m: GoalModel, o: ProgressOption, locale: Locale, h: FigureHandlers): TemplateResult {
  const g = m.goal;
  const label = text(g.label, locale);
  const i = m.index;
  const kindClass = `goal kind-${m.kind} ${m.latest ? (m.met ? 'met' : 'open') : 'none'} ${m.pct !== undefined && m.pct > 100 ? 'over' : ''}`;
  const head = html`<div class="goal-head">
    ${o.labels ? html`<span class="goal-label">${label}</span>` : nothing}
    <span class="goal-deadline">${deadlineText(g, locale)}</span>
  </div>`;
  const b = o.bars[i];
  if (!b) {
    return html`<div
      class=${kindClass}
      id=${`goal-${i}`}
      role="group"
      aria-label=${`${label}: ${noProgress(locale)}`}
      ?data-active=${h.active === i}
      @click=${() => h.pick(i)}
      @pointermove=${(e: PointerEvent) => h.hover(i, e)}
      @pointerleave=${h.leave}
    >
      ${head}
      <div class="no-progress">${noProgress(locale)}</div>
      <span class="goal-pct" aria-hidden="true">—</span>
      <div class="goal-facts">
        <span class="fact target"><span class="fact-label">${progressMessages(locale).target}</span> ${targetValue(g, locale)}</span>
      </div>
    </div>`;
  }
  const now = m.latest!.value;
  return html`<div
    class=${kindClass}
    id=${`goal-${i}`}
    role="meter"
    aria-label=${label}
    aria-valuemin=${String(m.direction === 'down' ? Math.min(m.targetLevel ?? now, now) : 0)}
    aria-valuemax=${String(m.direction === 'down' ? Math.max(m.baseline?.value ?? now, now) : Math.max(m.targetLevel ?? now, now))}
    aria-valuenow=${String(now)}
    aria-valuetext=${valueText(m, locale)}
    ?data-active=${h.active === i}
    @click=${() => h.pick(i)}
    @pointermove=${(e: PointerEvent) => h.hover(i, e)}
    @pointerleave=${h.leave}
  >
    ${head}
    ${bar(b, o.max)}
    <span class="goal-pct">${b.pct}</span>
    <div class="goal-facts">${facts(m, locale)}</div>
  </div>`;
}

function scale({ max, ratios, end }: ProgressOption, locale: Locale): TemplateResult {
  const t = progressMessages(locale);
  const x = (v: number) => at(v, max);
  return html`<div class="scale" aria-hidden="true">
    <svg class="axis" width="100%" height="18" overflow="visible">
      ${svg`
        <text x="0" y="13" text-anchor="start">0%</text>
        <text x=${x(50)} y="13" text-anchor="middle">50%</text>
        <text class="tick-target-long" x=${x(100)} y="13" text-anchor=${max === 100 ? 'end' : 'middle'}>${ratios ? t.scaleWholeTick : t.scaleTargetTick}</text>
        <text class="tick-target-short" x=${x(100)} y="13" text-anchor=${max === 100 ? 'end' : 'middle'}>100%</text>
        ${end ? svg`<text class="tick-max" x="100%" y="13" text-anchor="end">${end}</text>` : nothing}
      `}
    </svg>
    <span class="scale-pct">${ratios ? t.scaleOfWhole : t.scaleOfTarget}</span>
  </div>`;
}

function legend(models: GoalModel[], o: ProgressOption, locale: Locale): TemplateResult {
  const words = progressMessages(locale).legend;
  const any = (f: (m: GoalModel) => boolean) => models.some(f);
  const sw = (cls: string) => html`<svg class="swatch" width="22" height="12" aria-hidden="true">${svg`<rect class="track" x="0" y="1" width="22" height="10"></rect>${
    cls === 'fill' ? svg`<rect class="fill bound-exact" x="0" y="1" width="22" height="10"></rect>`
    : cls === 'over' ? svg`<rect class="over" x="0" y="1" width="22" height="10" fill="url(#civic-hatch)"></rect><rect class="over-edge" x="0" y="1" width="22" height="10"></rect>`
    : cls === 'estimate' ? svg`<rect class="fill bound-estimate" x="0" y="1" width="22" height="10"></rect>`
    : cls === 'time' ? svg`<rect class="time" x="0" y="4" width="22" height="4"></rect>`
    : cls === 'baseline' ? svg`<line class="mark-baseline" x1="11" x2="11" y1="0" y2="12"></line>`
    : svg`<line class="mark-target" x1="11" x2="11" y1="0" y2="12"></line>`
  }`}</svg>`;
  const entry = (cls: string, label: string) => html`<span class="legend-entry">${sw(cls)}${label}</span>`;
  return html`<div class="legend" aria-hidden="true">
    ${entry('fill', words.latest)}
    ${entry('target', o.ratios ? words.whole : words.target)}
    ${any((m) => !!m.pct && m.pct > 100) ? entry('over', words.over) : nothing}
    ${any((m) => !!m.latest && m.latest.bound !== 'exact') ? entry('estimate', words.estimate) : nothing}
    ${any((m) => !!m.baseline && m.kind !== 'ratio' && !!m.latest) ? entry('baseline', words.baseline) : nothing}
    ${any((m) => m.timePct !== undefined) ? entry('time', words.time) : nothing}
  </div>`;
}

/** The rows of the model, drawn as its option (options.ts) says. */
export function renderGoals(models: GoalModel[], o: ProgressOption, locale: Locale, h: FigureHandlers): TemplateResult {
  return html`
    <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
      ${svg`<defs><pattern id="civic-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect class="hatch-bg" x="0" y="0" width="6" height="6"></rect>
        <rect class="hatch-stripe" x="0" y="0" width="3" height="6"></rect>
      </pattern></defs>`}
    </svg>
    ${scale(o, locale)}
    <div class="goals">${models.map((m) => row(m, o, locale, h))}</div>
    ${legend(models, o, locale)}
  `;
}
