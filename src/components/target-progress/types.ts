/**
 * The public data type of `<civic-target-progress>`: one or several numeric goals, each with its
 * target, deadline, optional baseline and the outturns reported so far. Every number is an
 * `Observation` (or a target) with its source; shares, time elapsed and paces are never stored:
 * the element computes them and marks them derived.
 */
import type { Bound, LocalizedText, Observation, ReferenceTarget, Source, Unit } from '../../data/types.js';

/**
 * How a goal's values relate to its target:
 * - `level`: a level to reach (R&D intensity 3.4% by 2025); the baseline is the starting level;
 * - `flow`: a count accumulated over the goal's window (600 new enterprises in the year), from 0;
 *   a baseline, if any, is the previous window's count, shown for comparison only;
 * - `ratio`: a part of a whole given as progress ("6 of the 12"): the target is the whole, there is
 *   no deadline and no pace.
 */
export type GoalKind = 'level' | 'flow' | 'ratio';

export interface GoalTarget {
  /**
   * The level to reach (or to come down to), in `unit`; with `relativeTo: 'baseline'`, the change
   * from the baseline in percent (13.5 for "reduce by 13.5%").
   */
  value: number;
  unit: Unit;
  /** `approx` for 约200个 / 200个左右; the chart, summary and table then say "about". */
  bound: Bound;
  /**
   * `baseline`: the target is a change from the baseline in percent ("reduce energy use per unit
   * of GDP by 13.5%"): the level it means is derived from the baseline, and marked so.
   */
  relativeTo?: 'baseline';
  source: Source;
  note?: LocalizedText;
}

export interface GoalDeadline {
  /** The goal is due by the end of this year; null when no source gives a year (then no time share is shown). */
  year: number | null;
  /** True when the year is inferred (全年 = the report's year). */
  inferred?: boolean;
  note?: LocalizedText;
}

/** A later or revised target for the same measure, listed in the table and notes (not drawn). */
export type LaterTarget = ReferenceTarget;

export interface TargetGoal {
  /** Stable id (the targets.json record id for bundled data). */
  id?: string;
  /** The goal as stated ("力争全年新增高新技术企业600家"). */
  label: LocalizedText;
  /** Default `level`. */
  kind?: GoalKind;
  /**
   * `up` (default): reach at least the target. `down`: bring the level down to the target (PM2.5
   * to 30 µg/m³, energy use per unit of GDP down by 13.5%): a `level` goal with a baseline, whose
   * progress is the share of the way down from the baseline to the target.
   */
  direction?: 'up' | 'down';
  /**
   * What is measured, for sentences: a noun phrase for `level` / `flow` ("新增高新技术企业",
   * "new high-tech enterprises"); for `ratio` the part's predicate ("已启动实质性建设",
   * "have started substantive construction"). Defaults to the label.
   */
  measure?: LocalizedText;
  /** `ratio` only: what the whole is ("2018年以来新引进的研究院", "institutes introduced since 2018"). */
  whole?: LocalizedText;
  /** The counter word of a `count` unit: `{ zh: '家', en: 'enterprises' }`. */
  counter?: { zh?: string; en?: string };
  target: GoalTarget;
  deadline: GoalDeadline;
  /**
   * When the goal's window starts (its beginning counts): `flow` goals count from here
   * ('2019' for a full-year goal). A `level` goal starts at its baseline unless this is given.
   */
  start?: { period: string; inferred?: boolean; note?: LocalizedText };
  /** The starting level (`level`) or the previous window's count (`flow`); null or absent when unknown. */
  baseline?: Observation | null;
  /** Outturns, any order; the latest by period (with a value) is the one compared with the target. Empty: no progress reported. */
  progress: Observation[];
  laterTargets?: LaterTarget[];
  notes?: LocalizedText[];
}

/** Data for `<civic-target-progress>`. */
export interface TargetProgressData {
  /** Record id for bundled data. */
  id?: string;
  /** Defaults to the goal's label (one goal) or a generic title. */
  title?: LocalizedText;
  /** One row per goal, in this order; at least one. */
  goals: TargetGoal[];
  notes?: LocalizedText[];
}
