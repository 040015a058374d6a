/**
 * The progress model → the data table (every value shown and every derived figure, marked) and the
 * keyboard-navigable items (one per goal) with their tooltip lines. Pure functions.
 */
import type { Observation } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import type { TextContext } from '../../core/builders.js';
import { formatQuantity, formatValue, precisionText } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { sourceCell, sourceLabel } from '../../core/sources.js';
import { type GoalModel, type ProgressModel, progressTitle, sortedProgress } from './model.js';
import { progressMessages } from './messages.js';
import { valueText } from './summary.js';
import { deadlineText, derivedMark, instant, noProgress, paceText, pct, period, targetLevelText, targetValue, value, valueAt } from './words.js';

/** The derived facts of a goal as [label, value, how] triples, for the table and the tooltip. */
export function derivedFacts(m: GoalModel, locale: Locale): { label: string; value: string; how: string }[] {
  const t = progressMessages(locale);
  const g = m.goal;
  const facts: { label: string; value: string; how: string }[] = [];
  if (m.targetDerived && m.targetLevel !== undefined) {
    facts.push({ label: t.targetLevel, value: targetLevelText(m, locale), how: t.howTargetLevel(formatQuantity(g.target.value, '%', locale), m.direction === 'down') });
  }
  if (m.pct !== undefined && m.latest) {
    const down = m.direction === 'down';
    facts.push({
      label: m.kind === 'ratio' ? t.shareOfWhole : down ? t.shareOfWayDown : t.shareOfTarget,
      value: t.shareValue(pct(m.pct, locale), m.latest.bound === 'lowerBound'),
      how: down ? t.howShareDown : t.howShare,
    });
  }
  if (m.distancePct !== undefined) {
    facts.push({ label: t.distance, value: pct(m.distancePct, locale), how: t.howDistance });
  }
  if (m.window && m.timePct !== undefined) {
    facts.push({
      label: t.timeAtLatest,
      value: pct(m.timePct, locale),
      how: t.howTime({
        fromBaseline: m.window.startFrom === 'baseline',
        start: instant(m.window.start, locale),
        end: instant(m.window.end, locale),
        startInferred: m.window.startInferred,
      }),
    });
  }
  if (m.paceSoFar) {
    facts.push({
      label: t.paceSoFarLabel,
      value: paceText(g, m.paceSoFar, locale),
      how: t.howPaceSoFar(instant(m.paceSoFar.from, locale), instant(m.paceSoFar.to, locale)),
    });
  }
  if (m.paceNeeded) {
    facts.push({ label: t.paceNeededLabel, value: paceText(g, m.paceNeeded, locale), how: t.howPaceNeeded });
  }
  return facts;
}

function obsRow(goal: string, what: string, m: GoalModel, o: Observation, locale: Locale): string[] {
  return [
    goal,
    what,
    period(o, locale, false),
    o.value === null ? '—' : value(m.goal, o.value, o.unit, o.bound, locale),
    precisionText(o, locale, true),
    sourceCell(o.source, locale),
  ];
}

export function targetProgressTable(pm: ProgressModel, { locale }: TextContext): TableModel {
  const t = progressMessages(locale);
  const c = msg(locale);
  const title = progressTitle(pm.data, locale);
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const m of pm.goals) {
    const g = m.goal;
    const name = text(g.label, locale);
    rows.push([
      name,
      t.targetRow,
      deadlineText(g, locale),
      targetValue(g, locale),
      [c.boundWord[g.target.bound], g.deadline.inferred ? t.deadlineInferred : ''].filter(Boolean).join(c.sep),
      sourceCell(g.target.source, locale),
    ]);
    if (m.baseline) rows.push(obsRow(name, t.baselineRow, m, m.baseline, locale));
    const progress = sortedProgress(g.progress);
    if (!progress.length) rows.push([name, t.progressRow, '—', noProgress(locale), '', '']);
    for (const o of progress) rows.push(obsRow(name, o === m.latest ? t.latestRow : t.reportedRow, m, o, locale));
    for (const f of derivedFacts(m, locale)) rows.push([name, f.label, m.latest ? period(m.latest, locale, false) : '', f.value, f.how, '']);
    for (const lt of g.laterTargets ?? []) {
      rows.push([
        name,
        t.laterTargetRow(text(lt.label, locale)),
        lt.year === null ? t.noDeadline : t.deadline(lt.year, false),
        formatValue(lt.value, lt.unit, lt.bound, locale),
        lt.note ? text(lt.note, locale) : '',
        sourceCell(lt.source, locale),
      ]);
    }
    if (g.deadline.note) notes.push(`${name}${c.colon}${text(g.deadline.note, locale)}`);
  }
  return { caption: t.caption(title), columns: [...t.columns], rows, notes };
}

export function targetProgressItems(pm: ProgressModel, { locale }: TextContext): ChartItem[] {
  const t = progressMessages(locale);
  const c = msg(locale);
  return pm.goals.map((m) => {
    const g = m.goal;
    const label = text(g.label, locale);
    const lines = [label, t.targetLine(targetValue(g, locale), deadlineText(g, locale))];
    if (m.baseline) lines.push(`${t.baseline}${c.colon}${valueAt(g, m.baseline, locale)}`);
    if (m.latest) {
      lines.push(`${t.latest}${c.colon}${valueAt(g, m.latest, locale)}`);
      for (const f of derivedFacts(m, locale)) lines.push(`${f.label}${c.colon}${f.value}${derivedMark(locale)}`);
      lines.push(`${c.source}${c.colon}${sourceLabel(m.latest.source, locale)}`);
    } else {
      lines.push(noProgress(locale));
    }
    return {
      key: g.id ?? `goal-${m.index}`,
      seriesIndex: 0,
      dataIndex: m.index,
      label,
      lines,
      detail: {
        kind: m.kind,
        id: g.id,
        label,
        target: { ...g.target },
        deadline: g.deadline.year,
        latest: m.latest ? { ...m.latest } : undefined,
        pct: m.pct,
        timePct: m.timePct,
        valueText: valueText(m, locale),
      },
    };
  });
}
