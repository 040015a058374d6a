/**
 * The progress model → the data table (every value shown and every derived figure, marked) and the
 * keyboard-navigable items (one per goal) with their tooltip lines. Pure functions.
 */
import type { Observation } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import type { TextContext } from '../../core/builders.js';
import { formatValue } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { sourceCell, sourceLabel } from '../../core/sources.js';
import { type GoalModel, type ProgressModel, progressTitle, sortedProgress } from './model.js';
import { valueText } from './summary.js';
import { deadlineText, derivedMark, instant, isEn, noProgress, obsValue, paceText, pct, period, precision, targetValue } from './words.js';

/** The derived facts of a goal as [label, value, how] triples, for the table and the tooltip. */
export function derivedFacts(m: GoalModel, locale: Locale): { label: string; value: string; how: string }[] {
  const en = isEn(locale);
  const g = m.goal;
  const facts: { label: string; value: string; how: string }[] = [];
  const d = msg(locale).derived;
  if (m.pct !== undefined && m.latest) {
    facts.push({
      label: m.kind === 'ratio' ? (en ? 'Share of the whole' : '占整体比例') : en ? 'Share of target' : '目标完成比例',
      value: `${m.latest.bound === 'lowerBound' ? (en ? 'at least ' : '至少') : ''}${pct(m.pct, locale)}`,
      how: en ? `${d}: latest ÷ target` : `${d}：最新值 ÷ 目标`,
    });
  }
  if (m.distancePct !== undefined) {
    facts.push({
      label: en ? 'Distance covered from the baseline' : '自基期以来完成的差距',
      value: pct(m.distancePct, locale),
      how: en ? `${d}: (latest − baseline) ÷ (target − baseline)` : `${d}：（最新值 − 基期值）÷（目标 − 基期值）`,
    });
  }
  if (m.window && m.timePct !== undefined) {
    const from = m.window.startFrom === 'baseline' ? (en ? 'the baseline' : '基期') : en ? 'the start' : '起点';
    const inferred = m.window.startInferred ? (en ? ', start inferred' : '，起点为推断') : '';
    facts.push({
      label: en ? 'Time elapsed at the latest value' : '最新值时已过时间',
      value: pct(m.timePct, locale),
      how: en
        ? `${d}: from ${from} (${instant(m.window.start, locale)}) to the deadline (${instant(m.window.end, locale)})${inferred}`
        : `${d}：从${from}（${instant(m.window.start, locale)}）到期限（${instant(m.window.end, locale)}）${inferred}`,
    });
  }
  if (m.paceSoFar) {
    facts.push({
      label: en ? 'Pace so far' : '既往速度',
      value: paceText(g, m.paceSoFar, locale),
      how: en
        ? `${d}: from ${instant(m.paceSoFar.from, locale)} to ${instant(m.paceSoFar.to, locale)}`
        : `${d}：${instant(m.paceSoFar.from, locale)}至${instant(m.paceSoFar.to, locale)}`,
    });
  }
  if (m.paceNeeded) {
    facts.push({
      label: en ? 'Pace needed' : '所需速度',
      value: paceText(g, m.paceNeeded, locale),
      how: en
        ? `${d}: (target − latest) ÷ years left to the deadline`
        : `${d}：（目标 − 最新值）÷ 距期限的年数`,
    });
  }
  return facts;
}

function obsRow(goal: string, what: string, m: GoalModel, o: Observation, locale: Locale): string[] {
  return [
    goal,
    what,
    period(o, locale, false),
    o.value === null ? '—' : formatValue(o.value, o.unit, o.bound, locale, { counterZh: m.goal.counter?.zh, counterEn: m.goal.counter?.en }),
    precision(o, locale, true),
    sourceCell(o.source, locale),
  ];
}

export function targetProgressTable(pm: ProgressModel, { locale }: TextContext): TableModel {
  const en = isEn(locale);
  const title = progressTitle(pm.data, locale);
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const m of pm.goals) {
    const g = m.goal;
    const name = text(g.label, locale);
    const t = g.target;
    rows.push([
      name,
      en ? 'Target' : '目标',
      deadlineText(g, locale),
      targetValue(g, locale),
      [formatPrecisionOfTarget(t.bound, locale), g.deadline.inferred ? (en ? 'deadline inferred' : '期限为推断') : '']
        .filter(Boolean)
        .join(en ? '; ' : '；'),
      sourceCell(t.source, locale),
    ]);
    if (m.baseline) rows.push(obsRow(name, en ? 'Baseline' : '基期值', m, m.baseline, locale));
    const progress = sortedProgress(g.progress);
    if (!progress.length) rows.push([name, en ? 'Progress' : '进展', '—', noProgress(locale), '', '']);
    for (const o of progress) {
      rows.push(obsRow(name, o === m.latest ? (en ? 'Latest reported' : '最新报告值') : en ? 'Reported' : '报告值', m, o, locale));
    }
    for (const f of derivedFacts(m, locale)) rows.push([name, f.label, m.latest ? period(m.latest, locale, false) : '', f.value, f.how, '']);
    for (const lt of g.laterTargets ?? []) {
      rows.push([
        name,
        `${en ? 'Later target' : '后续目标'}: ${text(lt.label, locale)}`,
        lt.year === null ? (en ? 'no deadline stated' : '未写明期限') : en ? `by the end of ${lt.year}` : `${lt.year}年底前`,
        formatValue(lt.value, lt.unit, lt.bound, locale),
        lt.note ? text(lt.note, locale) : '',
        sourceCell(lt.source, locale),
      ]);
    }
    if (g.deadline.note) notes.push(`${name}${en ? ': ' : '：'}${text(g.deadline.note, locale)}`);
  }
  return {
    caption: en ? `${title}: targets, baselines, progress and derived figures` : `${title}：目标、基期、进展与推算值`,
    columns: en ? ['Goal', 'Item', 'Period', 'Value', 'Precision / method', 'Source'] : ['目标', '项目', '时期', '数值', '精确度／算法', '来源'],
    rows,
    notes,
  };
}

function formatPrecisionOfTarget(bound: Observation['bound'], locale: Locale): string {
  const en = isEn(locale);
  return { exact: en ? 'exact' : '确数', approx: en ? 'approximate' : '约数', lowerBound: en ? 'lower bound' : '下限（超过）', estimate: en ? 'estimate' : '预计值' }[bound];
}

export function targetProgressItems(pm: ProgressModel, { locale }: TextContext): ChartItem[] {
  const en = isEn(locale);
  return pm.goals.map((m) => {
    const g = m.goal;
    const label = text(g.label, locale);
    const lines = [
      label,
      en ? `Target: ${targetValue(g, locale)}, ${deadlineText(g, locale)}` : `目标：${targetValue(g, locale)}，${deadlineText(g, locale)}`,
    ];
    if (m.baseline) {
      const v = obsValue(g, m.baseline, locale);
      const p = period(m.baseline, locale, false);
      const marks = precision(m.baseline, locale);
      lines.push(en ? `Baseline: ${v} (${p}${marks ? `; ${marks}` : ''})` : `基期：${v}（${p}${marks ? `；${marks}` : ''}）`);
    }
    if (m.latest) {
      const marks = precision(m.latest, locale);
      lines.push(
        en
          ? `Latest: ${obsValue(g, m.latest, locale)} (${period(m.latest, locale, false)}${marks ? `; ${marks}` : ''})`
          : `最新：${obsValue(g, m.latest, locale)}（${period(m.latest, locale, false)}${marks ? `；${marks}` : ''}）`,
      );
      for (const f of derivedFacts(m, locale)) lines.push(`${f.label}${en ? ': ' : '：'}${f.value}${derivedMark(locale)}`);
      lines.push(`${msg(locale).source}${en ? ': ' : '：'}${sourceLabel(m.latest.source, locale)}`);
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
        kind: g.kind ?? 'level',
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
