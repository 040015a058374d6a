/**
 * The shape every element's pure builders share. An element's data is validated, turned into a
 * model once per (data, model inputs), and every reader-facing text, the data table, the keyboard
 * items and the drawing are built from that model: `builder(model, context)`. The elements, the
 * static renderer and the tests call the same functions, so their figures cannot differ.
 */
import type { Source } from '../data/types.js';
import type { ChartItem, TableModel } from './a11y.js';
import type { Locale } from './locale.js';
import type { Palette } from './theme.js';

/** What text builders need besides the model. */
export interface TextContext {
  locale: Locale;
}

/** What an element's template needs besides the model: the figure's width comes from its ResizeObserver. */
export interface FigureContext extends TextContext {
  width: number;
}

/** What drawing builders need besides the model: all it takes to stay a pure function. */
export interface RenderContext extends TextContext {
  palette: Palette;
  reducedMotion: boolean;
  /** The figure's width in CSS pixels (0 when unknown: the default, wide layout). */
  width: number;
}

/**
 * The pure builders of one element. `M` is the model (built once per data), `V` what is drawn
 * (the model under the reader's view state: series or statuses hidden with the legend).
 */
export interface ElementBuilders<M, V = M> {
  /** True when the model has nothing to draw: the element shows its empty state. */
  isEmpty(model: M): boolean;
  title(model: M, ctx: TextContext): string;
  /** A line under the title (period, measure, scope); empty for none. */
  subtitle(model: M, ctx: TextContext): string;
  summary(model: M, ctx: TextContext): string;
  table(model: M, ctx: TextContext): TableModel;
  /** Caveats shown under the chart. */
  notes(model: M, ctx: TextContext): string[];
  /** Every source of a figure shown, in order (the source line names each once). */
  sources(model: M): Source[];
  /** The keyboard-navigable items of the drawing, in keyboard order. */
  items(view: V, ctx: TextContext): ChartItem[];
}
