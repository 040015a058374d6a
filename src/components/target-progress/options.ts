/**
 * What the progress rows draw, as data: the common "% of target" scale and, for each goal, where
 * its bar, marks and percentage go. Both drawings take it: the live rows (figure.ts: percent
 * widths, colours from the theme's CSS classes) and the standalone SVG (svg.ts: pixels, colours
 * from the palette), so their figures cannot differ. Colours and pixels stay with each drawing:
 * the live rows restyle on a theme switch without a render and read no width in `render()`.
 * Positions are in scale units (percent of the target), already clamped to the scale [0, max].
 */
import type { TextContext } from '../../core/builders.js';
import { boundMark } from '../../core/format.js';
import { text } from '../../core/locale.js';
import type { Bound } from '../../data/types.js';
import { type GoalModel, type ProgressModel, SCALE_CAP, baselinePct, progressTitle } from './model.js';
import { pct } from './words.js';

export interface ProgressBar {
  /** The latest value up to the target: the filled part, firm or (any other bound) dashed. */
  fill: number;
  /**
   * The latest value: past the target (over 100) the bar goes on, hatched, from the target to
   * here; a lower bound's bar ends here in a line.
   */
  end: number;
  bound: Bound;
  /** The latest value lies beyond the scale's end: the bar ends in a cut. */
  cut: boolean;
  /** Time elapsed: from the window's start (the baseline's place for a level) on the way to the target. */
  time?: [from: number, to: number];
  baseline?: number;
  /** The target line is dashed when the target is approximate. */
  approx: boolean;
  /** The percentage beside the bar, with its mark: ">" lower bound, "~" estimate, "≈" approximate. */
  pct: string;
}

export interface ProgressOption {
  /** The scale's end (100 to SCALE_CAP). */
  max: number;
  /** Every goal is a part of a whole: the scale is "of the whole", not "of the target". */
  ratios: boolean;
  /** The scale's end is labelled when it lies well past the target ("≥200%" at the cap). */
  end?: string;
  /** Each row names its goal (not when the title shown already is the only goal's label). */
  labels: boolean;
  /** One per goal, in order; undefined for a goal without progress (its row says so). */
  bars: (ProgressBar | undefined)[];
}

function bar(m: GoalModel, max: number, locale: TextContext['locale']): ProgressBar | undefined {
  const p = m.pct;
  if (!m.latest || p === undefined) return undefined;
  const on = (v: number) => Math.min(Math.max(v, 0), max);
  const base = baselinePct(m);
  const bound = m.latest.bound;
  const approx = m.goal.target.bound === 'approx';
  const from = m.kind === 'level' && base !== undefined && m.window?.startFrom === 'baseline' ? base : 0;
  return {
    fill: on(Math.min(p, 100)),
    end: on(p),
    bound,
    cut: p > max,
    time: m.timePct === undefined ? undefined : [on(from), on(from + ((100 - from) * m.timePct) / 100)],
    baseline: base === undefined ? undefined : on(base),
    approx,
    pct: `${bound !== 'exact' ? boundMark(bound) : approx ? '≈' : ''}${pct(p, locale)}`,
  };
}

/** `titleShown`: false when the element hides its title (each row then names its goal). */
export function targetProgressOption(m: ProgressModel, { locale }: TextContext, titleShown = true): ProgressOption {
  const { max } = m;
  return {
    max,
    ratios: m.goals.every((g) => g.kind === 'ratio'),
    end: max > 100 && (max - 100) / max >= 0.25 ? `${max >= SCALE_CAP ? '≥' : ''}${max}%` : undefined,
    labels: m.goals.length > 1 || !titleShown || progressTitle(m.data, locale) !== text(m.data.goals[0].label, locale),
    bars: m.goals.map((g) => bar(g, max, locale)),
  };
}

