/**
 * TargetProgressData → what a sighted reader takes from the rows, in zh-CN or en:
 * "2019年新增高新技术企业815家，完成全年600家目标的136%。" Pure functions.
 */
import { formatNumber, formatQuantity, formatValue } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import type { TextContext } from '../../core/builders.js';
import { progressMessages } from './messages.js';
import { type GoalModel, type ProgressModel, measureText } from './model.js';
import { counterOpts, deadlineText, obsValue, paceQuantity, pct, period, targetPhrase, targetValue } from './words.js';

/** The end of a goal's sentence: the paces (derived), else a passed or missing deadline. */
function paceClause(m: GoalModel, locale: Locale): string {
  const t = progressMessages(locale);
  const g = m.goal;
  const parts: string[] = [];
  const y = g.deadline.year;
  if (m.paceSoFar) {
    const up = m.paceSoFar.perYear >= 0;
    const pace = paceQuantity(g, Math.abs(m.paceSoFar.perYear), locale);
    if (m.kind === 'level' && m.baseline) {
      parts.push(t.paceSince({ up, pace, since: period(m.baseline, locale, false), baseline: obsValue(g, m.baseline, locale) }));
    } else {
      parts.push(t.paceSoFar({ up, pace }));
    }
  }
  if (m.paceNeeded && y !== null) {
    parts.push(t.paceNeeded({ pace: paceQuantity(g, Math.abs(m.paceNeeded.perYear), locale), year: y, level: m.kind === 'level', down: m.paceNeeded.perYear < 0 }));
  }
  if (parts.length) return t.paces(parts);
  if (!m.met && m.deadlinePassed) return t.deadlinePassed;
  if (y === null && m.kind !== 'ratio') return t.noDeadlineStated;
  return '';
}

/** One goal's sentence. */
export function goalSentence(m: GoalModel, locale: Locale): string {
  const t = progressMessages(locale);
  const c = msg(locale);
  const g = m.goal;
  const label = text(g.label, locale);
  if (!m.latest || m.pct === undefined) {
    return t.goalNoProgress({ label, target: targetValue(g, locale), deadline: deadlineText(g, locale) });
  }
  const o = m.latest;
  const low = o.source.confidence === 'low' ? c.paren(c.lowConfidence) : '';
  const atLeast = o.bound === 'lowerBound';
  const p = pct(m.pct, locale);
  if (m.kind === 'ratio') {
    return t.goalRatio({
      count: formatValue(o.value, o.unit, o.bound, locale),
      countWithCounter: obsValue(g, o, locale),
      total: formatValue(g.target.value, g.target.unit, g.target.bound, locale),
      totalWithCounter: targetValue(g, locale),
      whole: text(g.whole ?? '', locale),
      part: measureText(g, locale),
      low,
      atLeast,
      pct: p,
    });
  }
  if (m.direction === 'down' && m.baseline) {
    const change = o.value - m.baseline.value;
    return t.goalDown({
      measure: measureText(g, locale),
      value: obsValue(g, o, locale),
      when: period(o, locale, false),
      low,
      since: period(m.baseline, locale, false),
      baseline: obsValue(g, m.baseline, locale),
      move: formatQuantity(Math.abs(change), o.unit === '%' ? 'pp' : o.unit, locale, counterOpts(g)),
      fell: change <= 0,
      away: m.pct < 0,
      pct: p,
      target: targetPhrase(m, locale),
      pace: paceClause(m, locale),
    });
  }
  return t.goal({
    measure: measureText(g, locale),
    value: obsValue(g, o, locale),
    when: period(o, locale, false),
    low,
    atLeast,
    pct: p,
    target: targetPhrase(m, locale),
    pace: paceClause(m, locale),
  });
}

export function targetProgressSummary(pm: ProgressModel, { locale }: TextContext): string {
  const models = pm.goals;
  const sentences = models.map((m) => goalSentence(m, locale));
  if (models.length === 1) return sentences[0];
  const goals = models.filter((m) => m.kind !== 'ratio');
  return progressMessages(locale).overview({
    n: (k) => formatNumber(k, locale),
    total: models.length,
    met: goals.filter((m) => m.latest && m.met).length,
    open: goals.filter((m) => m.latest && !m.met).length,
    none: models.filter((m) => !m.latest).length,
    ratios: models.filter((m) => m.kind === 'ratio' && m.latest).length,
    sentences,
  });
}

/** The value text of a goal's meter: "815家，目标600家的136%". */
export function valueText(m: GoalModel, locale: Locale): string {
  if (!m.latest || m.pct === undefined) return '';
  const t = progressMessages(locale);
  const value = obsValue(m.goal, m.latest, locale);
  const target = targetValue(m.goal, locale);
  const atLeast = m.latest.bound === 'lowerBound';
  const p = pct(m.pct, locale);
  if (m.kind === 'ratio') return t.meterRatio({ value, whole: target, atLeast, pct: p });
  return m.direction === 'down' ? t.meterDown({ value, target: targetPhrase(m, locale), pct: p }) : t.meter({ value, target, atLeast, pct: p });
}
