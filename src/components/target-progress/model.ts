/**
 * The derived view of each goal: what the rows, the summary, the tooltips and the table all state,
 * computed once so they never disagree. Everything here is derived (share of target, share of time
 * elapsed, paces) and is shown marked as such.
 */
import type { Observation } from '../../data/types.js';
import { parsePeriod } from '../../core/periods.js';
import { type Locale, text } from '../../core/locale.js';
import { progressMessages } from './messages.js';
import type { GoalKind, TargetGoal, TargetProgressData } from './types.js';

/** A period as a span of fractional years ('2019' → [2019, 2020]); undefined for free text. */
export function periodSpan(period: string): { start: number; end: number } | undefined {
  const p = parsePeriod(period);
  switch (p.kind) {
    case 'year':
      return { start: p.year, end: p.year + 1 };
    case 'quarter':
      return { start: p.year + (p.quarter - 1) / 4, end: p.year + p.quarter / 4 };
    case 'month':
      return { start: p.year + (p.month - 1) / 12, end: p.year + p.month / 12 };
    case 'months':
      return { start: p.year + (p.from - 1) / 12, end: p.year + p.to / 12 };
    default:
      return undefined;
  }
}

export type Valued = Observation & { value: number };

const hasValue = (o: Observation | null | undefined): o is Valued => !!o && typeof o.value === 'number';

/** The latest outturn with a value: the last by period end; free-text periods rank by their listed order, before dated ones. */
export function latestOf(progress: Observation[]): Valued | undefined {
  let best: Valued | undefined;
  let bestEnd = -Infinity;
  for (const o of progress) {
    if (!hasValue(o)) continue;
    const end = periodSpan(o.period)?.end ?? -Infinity;
    if (!best || end >= bestEnd) {
      best = o;
      bestEnd = end;
    }
  }
  return best;
}

/** Outturns with a value, oldest first (stable for equal or undated periods). */
export function sortedProgress(progress: Observation[]): Valued[] {
  return progress
    .filter(hasValue)
    .map((o, i) => ({ o, i, end: periodSpan(o.period)?.end ?? -Infinity }))
    .sort((a, b) => a.end - b.end || a.i - b.i)
    .map((x) => x.o);
}

export interface Pace {
  /** Units (or percentage points for a `%` goal) per year. */
  perYear: number;
  /** From when to when (fractional years). */
  from: number;
  to: number;
}

export interface GoalModel {
  goal: TargetGoal;
  index: number;
  kind: GoalKind;
  /** `down`: the level is to come down to the target. */
  direction: 'up' | 'down';
  latest?: Valued;
  baseline?: Valued;
  /**
   * The level the target means: the target's value, or, for a target relative to the baseline,
   * derived from the baseline (marked so); undefined when it cannot be known.
   */
  targetLevel?: number;
  /** True when `targetLevel` is derived from the baseline. */
  targetDerived: boolean;
  /**
   * How far the goal is reached, in percent (derived): latest ÷ target going up; going down, the
   * share of the way from the baseline down to the target (negative when the level rose).
   */
  pct?: number;
  met: boolean;
  /** Share of the way from the baseline to the target (levels with a baseline), in percent (derived). */
  distancePct?: number;
  /** The time window: its start (baseline period end, or `start`) and the deadline's year end. */
  window?: { start: number; end: number; startFrom: 'baseline' | 'start'; startInferred: boolean };
  /** The latest value's period end, in fractional years. */
  latestAt?: number;
  /** Share of the window elapsed at the latest value, 0–100 (derived); undefined without a deadline or start. */
  timePct?: number;
  /** True when the latest value falls at or after the deadline. */
  deadlinePassed: boolean;
  paceSoFar?: Pace;
  paceNeeded?: Pace;
  /** Any value the derived figures rest on is an estimate, a lower bound, approximate or low-confidence. */
  soft: boolean;
}

export function goalKind(goal: TargetGoal): GoalKind {
  return goal.kind ?? 'level';
}

/** A derived figure, or undefined when it is not a finite number (values near the largest numbers there are). */
const finite = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);

export function goalModel(goal: TargetGoal, index: number): GoalModel {
  const kind = goalKind(goal);
  const direction = goal.direction === 'down' ? 'down' : 'up';
  const latest = latestOf(goal.progress);
  const baseline = hasValue(goal.baseline) ? goal.baseline : undefined;
  const relative = goal.target.relativeTo === 'baseline';
  const sign = direction === 'down' ? -1 : 1;
  const target = finite(relative ? (baseline ? baseline.value * (1 + (sign * goal.target.value) / 100) : undefined) : goal.target.value);
  let pct: number | undefined;
  let met = false;
  if (latest && target !== undefined) {
    if (direction === 'down' && baseline) {
      const way = baseline.value - target;
      pct = finite(way > 0 ? ((baseline.value - latest.value) / way) * 100 : latest.value <= target ? 100 : 0);
      met = latest.value <= target;
    } else if (target > 0) {
      pct = finite((latest.value / target) * 100);
      met = pct !== undefined && pct >= 100;
    }
  }
  const m: GoalModel = { goal, index, kind, direction, latest, baseline, targetLevel: target, targetDerived: relative, pct, met, deadlinePassed: false, soft: false };
  if (!latest || target === undefined) return m;

  const latestSpan = periodSpan(latest.period);
  m.latestAt = latestSpan?.end;
  m.soft =
    latest.bound !== 'exact' ||
    latest.source.confidence === 'low' ||
    goal.target.bound === 'approx' ||
    (kind === 'level' && !!baseline && (baseline.bound !== 'exact' || baseline.source.confidence === 'low'));

  // Going up from a baseline, the share of the way covered too (going down it is `pct` itself).
  if (kind === 'level' && direction === 'up' && baseline && target !== baseline.value) {
    m.distancePct = finite(((latest.value - baseline.value) / (target - baseline.value)) * 100);
  }
  if (kind === 'ratio') return m;

  // The window: from the baseline (levels) or the stated start, to the end of the deadline year.
  const deadline = goal.deadline.year;
  const baselineEnd = baseline ? periodSpan(baseline.period)?.end : undefined;
  const startSpan = goal.start ? periodSpan(goal.start.period) : undefined;
  let start: number | undefined;
  let startFrom: 'baseline' | 'start' = 'start';
  let startInferred = false;
  if (kind === 'level' && baselineEnd !== undefined && !startSpan) {
    start = baselineEnd;
    startFrom = 'baseline';
    startInferred = !!baseline?.periodInferred;
  } else if (startSpan) {
    start = startSpan.start;
    startInferred = !!goal.start?.inferred;
  }
  if (deadline !== null && start !== undefined && deadline + 1 > start) {
    m.window = { start, end: deadline + 1, startFrom, startInferred };
  }
  if (deadline !== null && m.latestAt !== undefined) m.deadlinePassed = m.latestAt >= deadline + 1 - 1e-9;

  if (m.window && m.latestAt !== undefined) {
    const { start: s, end: e } = m.window;
    m.timePct = Math.min(100, Math.max(0, ((m.latestAt - s) / (e - s)) * 100));
  }

  // Pace so far: levels from the baseline; flows from the window's start (they count from 0).
  if (m.latestAt !== undefined) {
    const pace = (perYear: number, from: number, to: number): Pace | undefined => (Number.isFinite(perYear) ? { perYear, from, to } : undefined);
    if (kind === 'level' && baseline && baselineEnd !== undefined && m.latestAt > baselineEnd) {
      m.paceSoFar = pace((latest.value - baseline.value) / (m.latestAt - baselineEnd), baselineEnd, m.latestAt);
    } else if (kind === 'flow' && m.window && m.latestAt > m.window.start && (m.timePct ?? 0) < 100) {
      m.paceSoFar = pace(latest.value / (m.latestAt - m.window.start), m.window.start, m.latestAt);
    }
    // Pace needed: only while the goal is open and time is left before the deadline (negative going down).
    if (!met && deadline !== null && !m.deadlinePassed) {
      const left = deadline + 1 - m.latestAt;
      if (left > 0) m.paceNeeded = pace((target - latest.value) / left, m.latestAt, deadline + 1);
    }
  }
  return m;
}

export function goalModels(data: TargetProgressData): GoalModel[] {
  return data.goals.map((g, i) => goalModel(g, i));
}

/** The common "% of target" scale of all rows: 0 to at least 100, rounded up to 20s, capped at 200. */
export const SCALE_CAP = 200;
export function scaleMax(models: GoalModel[]): number {
  let max = 100;
  for (const m of models) {
    for (const v of [m.pct, baselinePct(m)]) {
      if (v !== undefined && v > max) max = v;
    }
  }
  return Math.min(SCALE_CAP, Math.ceil(max / 20 - 1e-9) * 20);
}

/** The goal's measure for sentences, else its label. */
export function measureText(goal: TargetGoal, locale: Locale): string {
  return text(goal.measure ?? goal.label, locale);
}

/** The whole figure: every goal's model and the common scale. */
export interface ProgressModel {
  data: TargetProgressData;
  goals: GoalModel[];
  /** The common "% of target" scale's end (see `scaleMax`). */
  max: number;
}

export function progressModel(data: TargetProgressData): ProgressModel {
  const goals = goalModels(data);
  return { data, goals, max: scaleMax(goals) };
}

/** The title: the data's, else the only goal's label, else a generic one. */
export function progressTitle(data: TargetProgressData, locale: Locale): string {
  if (data.title) return text(data.title, locale);
  if (data.goals.length === 1) return text(data.goals[0].label, locale);
  return progressMessages(locale).defaultTitle;
}

/** Where the baseline sits on the row's scale (going up: baseline ÷ target; going down it is the 0% end). */
export function baselinePct(m: GoalModel): number | undefined {
  if (!m.baseline || m.direction === 'down' || m.targetLevel === undefined || m.targetLevel <= 0) return undefined;
  const v = (m.baseline.value / m.targetLevel) * 100;
  return Number.isFinite(v) ? v : undefined;
}
