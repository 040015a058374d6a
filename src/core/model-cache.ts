/**
 * Everything an element builds from its data, built once: the model once per (data, model
 * inputs), the view once per (model, view inputs), the texts once per (model, locale), the
 * keyboard items once per (view, locale) and only when asked. Inputs are compared by identity.
 */
import type { ChartItem, TableModel } from './a11y.js';
import type { ElementBuilders } from './builders.js';
import type { Locale } from './locale.js';
import { type SourceLine, sourceLine } from './sources.js';

/** Every text of a model in one locale. */
export interface Texts {
  title: string;
  subtitle: string;
  summary: string;
  table: TableModel;
  notes: string[];
  source: SourceLine;
}

export interface ModelSource<D, M, V> {
  /** A function: an element's `builders` field is set after the base constructor runs. */
  builders(): ElementBuilders<M, V>;
  buildModel(data: D): M;
  modelInputs(): readonly unknown[];
  buildView(model: M): V;
  viewInputs(): readonly unknown[];
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class ModelCache<D, M, V> {
  private _model?: { data: D; inputs: readonly unknown[]; model: M };
  private _view?: { model: M; inputs: readonly unknown[]; view: V };
  private _texts?: { model: M; locale: Locale; texts: Texts };
  private _items?: { view: V; locale: Locale; items: ChartItem[] };

  constructor(private readonly source: ModelSource<D, M, V>) {}

  /** Forgets everything (the same data object may come back changed). */
  clear(): void {
    this._model = this._view = this._texts = this._items = undefined;
  }

  model(data: D): M {
    const inputs = this.source.modelInputs();
    const memo = this._model;
    if (memo?.data === data && same(memo.inputs, inputs)) return memo.model;
    return (this._model = { data, inputs, model: this.source.buildModel(data) }).model;
  }

  view(model: M): V {
    const inputs = this.source.viewInputs();
    const memo = this._view;
    if (memo?.model === model && same(memo.inputs, inputs)) return memo.view;
    return (this._view = { model, inputs, view: this.source.buildView(model) }).view;
  }

  texts(model: M, locale: Locale): Texts {
    const memo = this._texts;
    if (memo?.model === model && memo.locale === locale) return memo.texts;
    const b = this.source.builders();
    const ctx = { locale };
    const texts: Texts = {
      title: b.title(model, ctx),
      subtitle: b.isEmpty(model) ? '' : b.subtitle(model, ctx),
      summary: b.summary(model, ctx),
      table: b.table(model, ctx),
      notes: b.notes(model, ctx),
      source: sourceLine(b.sources(model), locale),
    };
    return (this._texts = { model, locale, texts }).texts;
  }

  items(view: V, locale: Locale): ChartItem[] {
    const memo = this._items;
    if (memo?.view === view && memo.locale === locale) return memo.items;
    return (this._items = { view, locale, items: this.source.builders().items(view, { locale }) }).items;
  }
}
