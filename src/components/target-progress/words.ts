/**
 * Phrases shared by the rows, summary, tooltips and table of `<civic-target-progress>`: values
 * with the goal's counter word, deadlines, periods, paces and precision marks, in zh-CN and en.
 */
import type { Bound, Observation, Unit } from '../../data/types.js';
import { formatNumber, formatQuantity, formatValue, precisionText, type FormatOptions } from '../../core/format.js';
import { observationPeriod } from '../../core/periods.js';
import type { Locale } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { progressMessages } from './messages.js';
import type { GoalModel, Pace } from './model.js';
import type { TargetGoal } from './types.js';

export function counterOpts(goal: TargetGoal): FormatOptions {
  return { counterZh: goal.counter?.zh, counterEn: goal.counter?.en };
}

/** A value with its bound and the goal's counter word: "815家", "约200个", "an estimated 3%". */
export function value(goal: TargetGoal, v: number, unit: Unit, bound: Bound, locale: Locale): string {
  return formatValue(v, unit, bound, locale, counterOpts(goal));
}

export function obsValue(goal: TargetGoal, o: Observation & { value: number }, locale: Locale): string {
  return value(goal, o.value, o.unit, o.bound, locale);
}

/** The target as stated: "600家", "约200个", "30微克/立方米"; relative to the baseline "比基期下降13.5%". */
export function targetValue(goal: TargetGoal, locale: Locale): string {
  if (goal.target.relativeTo === 'baseline') {
    const p = formatValue(goal.target.value, '%', goal.target.bound, locale);
    return progressMessages(locale).relativeTarget(p, goal.direction === 'down');
  }
  return value(goal, goal.target.value, goal.target.unit, goal.target.bound, locale);
}

/** The level a target relative to the baseline means, in the baseline's unit (a derived value). */
export function targetLevelText(m: GoalModel, locale: Locale): string {
  if (m.targetLevel === undefined || !m.baseline) return '';
  return value(m.goal, m.targetLevel, m.baseline.unit, m.goal.target.bound === 'approx' ? 'approx' : 'exact', locale);
}

/** "136%" (whole percent; one decimal below 10%). */
export function pct(p: number, locale: Locale): string {
  return `${formatNumber(p, locale, Math.abs(p) < 10 && p !== 0 ? 1 : 0)}%`;
}

/** A value with its period and precision marks: "815家（2019年）", "an estimated 3% (2020; estimate)". */
export function valueAt(goal: TargetGoal, o: Observation & { value: number }, locale: Locale): string {
  return progressMessages(locale).valueAt({ value: obsValue(goal, o, locale), period: period(o, locale, false), marks: precisionText(o, locale) });
}

/** A period as a reader sees it, with "(inferred)" when it is. */
export function period(o: Pick<Observation, 'period' | 'periodLabel' | 'periodInferred'>, locale: Locale, mark = true): string {
  const p = observationPeriod(o, locale);
  if (!mark || !o.periodInferred) return p;
  return `${p}${msg(locale).inferredShort}`;
}

/** "2025年底前" / "by the end of 2025" (+ inferred); "未写明期限" / "no deadline stated". */
export function deadlineText(goal: TargetGoal, locale: Locale): string {
  const t = progressMessages(locale);
  const y = goal.deadline.year;
  if (goal.kind === 'ratio') return t.ratioDeadline;
  if (y === null) return t.noDeadline;
  return t.deadline(y, !!goal.deadline.inferred);
}

/** The target phrase of a sentence: "全年600家" / "the full-year target of 600", "2025年3.4%" / "the 2025 target of 3.4%". */
export function targetPhrase(m: GoalModel, locale: Locale): string {
  const g = m.goal;
  const y = g.deadline.year;
  if (m.direction === 'down') return progressMessages(locale).downTargetPhrase({ target: targetValue(g, locale), year: y });
  const fullYear = m.kind === 'flow' && y !== null && !!g.start && periodSpanIsYear(g.start.period, y);
  return progressMessages(locale).targetPhrase({ target: targetValue(g, locale), year: y, fullYear });
}

function periodSpanIsYear(p: string, year: number): boolean {
  return p.trim() === String(year);
}

/** The unit a pace is written in: the level's (the baseline's for a relative target); percentage points for a `%` level. */
function paceUnit(goal: TargetGoal): Unit {
  const unit = goal.target.relativeTo === 'baseline' && goal.baseline ? goal.baseline.unit : goal.target.unit;
  return unit === '%' ? 'pp' : unit;
}

/** A pace's quantity without "a year", in the pace's unit: "0.2个百分点" / "0.2 percentage points". */
export function paceQuantity(goal: TargetGoal, perYear: number, locale: Locale): string {
  const a = Math.abs(perYear);
  const decimals = a === 0 ? 0 : a < 1 ? 2 : a < 10 ? 1 : 0;
  return formatQuantity(Number(perYear.toFixed(decimals)), paceUnit(goal), locale, counterOpts(goal));
}

/** "每年0.2个百分点" / "0.2 percentage points a year". */
export function paceText(goal: TargetGoal, pace: Pace, locale: Locale): string {
  return progressMessages(locale).perYear(paceQuantity(goal, pace.perYear, locale));
}

/** A fractional-year instant as a year or year-end ("2017年底" / "end of 2017"). */
export function instant(t: number, locale: Locale): string {
  const words = progressMessages(locale);
  if (Math.abs(t - Math.round(t)) < 1e-9) return words.yearEnd(Math.round(t) - 1);
  const year = Math.floor(t);
  return words.yearMonth(year, Math.round((t - year) * 12));
}

export function noProgress(locale: Locale): string {
  return progressMessages(locale).noProgress;
}

/** " (derived)" / "（推算值）" after a derived figure. */
export function derivedMark(locale: Locale): string {
  const m = msg(locale);
  return m.paren(m.derived);
}
