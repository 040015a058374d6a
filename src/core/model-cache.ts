/**
 * Everything an element builds from its data, built once: the model once per (data, model
 * inputs), the view once per (model, view inputs), the texts once per (model, locale), the
 * keyboard items once per (view, locale) and only when asked. Inputs are compared by identity.
 * A shared record (shared-records.ts) is frozen: what is built from it is built once for every
 * element that shows it, and shared like the record.
 */
import type { ChartItem, TableModel } from './a11y.js';
import type { ElementBuilders } from './builders.js';
import type { Locale } from './locale.js';
import { isSharedRecord } from './shared-records.js';
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

/** Built from shared records, per key object: models per record, views per model (a few inputs each). */
interface Built {
  key: unknown;
  inputs: readonly unknown[];
  value: unknown;
}
const builtFrom = new WeakMap<object, Built[]>();
/** Models and views built from shared records, and so shared themselves. */
const sharedBuilt = new WeakSet<object>();
const sharedTexts = new WeakMap<object, Map<Locale, Texts>>();
const sharedItems = new WeakMap<object, Map<Locale, ChartItem[]>>();
/** Entries kept per record or model: the inputs a page cycles through (legend toggles) are few. */
const KEEP = 8;

function isObject(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}

/** `build()` once per (from, key, inputs), shared; marks what it built as shared. */
function sharedBuild<T>(from: object, key: unknown, inputs: readonly unknown[], build: () => T): T {
  let list = builtFrom.get(from);
  if (!list) builtFrom.set(from, (list = []));
  const hit = list.find((b) => b.key === key && same(b.inputs, inputs));
  if (hit) return hit.value as T;
  const value = build();
  if (isObject(value)) sharedBuilt.add(value);
  list.push({ key, inputs, value });
  if (list.length > KEEP) list.shift();
  return value;
}

function perLocale<T>(store: WeakMap<object, Map<Locale, T>>, from: object, locale: Locale, build: () => T): T {
  let byLocale = store.get(from);
  if (!byLocale) store.set(from, (byLocale = new Map()));
  let value = byLocale.get(locale);
  if (value === undefined) byLocale.set(locale, (value = build()));
  return value;
}

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

  /** `to` is a copy of `from` (a shared record handed to the page): the model of one is the other's. */
  adopt(from: D, to: D): void {
    if (this._model?.data === from) this._model = { ...this._model, data: to };
  }

  model(data: D): M {
    const inputs = this.source.modelInputs();
    const memo = this._model;
    if (memo?.data === data && same(memo.inputs, inputs)) return memo.model;
    const build = () => this.source.buildModel(data);
    const model = isSharedRecord(data) ? sharedBuild(data as object, this.source.builders(), inputs, build) : build();
    return (this._model = { data, inputs, model }).model;
  }

  view(model: M): V {
    const inputs = this.source.viewInputs();
    const memo = this._view;
    if (memo?.model === model && same(memo.inputs, inputs)) return memo.view;
    const build = () => this.source.buildView(model);
    const view = isObject(model) && sharedBuilt.has(model) ? sharedBuild(model, 'view', inputs, build) : build();
    return (this._view = { model, inputs, view }).view;
  }

  texts(model: M, locale: Locale): Texts {
    const memo = this._texts;
    if (memo?.model === model && memo.locale === locale) return memo.texts;
    const build = (): Texts => {
      const b = this.source.builders();
      const ctx = { locale };
      return {
        title: b.title(model, ctx),
        subtitle: b.isEmpty(model) ? '' : b.subtitle(model, ctx),
        summary: b.summary(model, ctx),
        table: b.table(model, ctx),
        notes: b.notes(model, ctx),
        source: sourceLine(b.sources(model), locale),
      };
    };
    const texts = isObject(model) && sharedBuilt.has(model) ? perLocale(sharedTexts, model, locale, build) : build();
    return (this._texts = { model, locale, texts }).texts;
  }

  items(view: V, locale: Locale): ChartItem[] {
    const memo = this._items;
    if (memo?.view === view && memo.locale === locale) return memo.items;
    const build = () => this.source.builders().items(view, { locale });
    const items = isObject(view) && sharedBuilt.has(view) ? perLocale(sharedItems, view, locale, build) : build();
    return (this._items = { view, locale, items }).items;
  }
}
