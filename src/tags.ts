/**
 * The tags as types for framework bindings: which class each tag is, the properties a page sets
 * and the events it fires. Used by `civic-charts/react` (wrappers), `civic-charts/react/jsx`
 * (React 19 bare tags) and `civic-charts/vue` (Vue templates). Types only: no JavaScript.
 *
 * Handler prop names are derived from the event names, so a new event is one line in
 * `CivicTagEvents`.
 */
import type { LitElement } from 'lit';
import type {
  CivicClusterGauge,
  CivicErrorDetail,
  CivicIndicatorTrend,
  CivicInstituteMap,
  CivicLegendToggleDetail,
  CivicReadyDetail,
  CivicSelectDetail,
  CivicTargetProgress,
} from './index.js';

export type { CivicLegendToggleDetail, CivicReadyDetail };

export interface CivicTagMap {
  'civic-cluster-gauge': CivicClusterGauge;
  'civic-indicator-trend': CivicIndicatorTrend;
  'civic-target-progress': CivicTargetProgress;
  'civic-institute-map': CivicInstituteMap;
}

/** The data type an element shows (its `data` property). */
export type CivicDataOf<E> = E extends { readonly data: infer D } ? NonNullable<D> : never;

/** Events every element fires, name → `detail` type. */
export interface CivicEvents<E> {
  'civic-ready': CivicReadyDetail<CivicDataOf<E>>;
  'civic-error': CivicErrorDetail;
  'civic-select': CivicSelectDetail;
}

/** Events of each tag, name → `detail` type. */
export interface CivicTagEvents {
  'civic-cluster-gauge': CivicEvents<CivicClusterGauge>;
  'civic-indicator-trend': CivicEvents<CivicIndicatorTrend> & { 'civic-legend-toggle': CivicLegendToggleDetail };
  'civic-target-progress': CivicEvents<CivicTargetProgress>;
  'civic-institute-map': CivicEvents<CivicInstituteMap>;
}

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** Keys of T that can be assigned (getter-only ones such as `resolvedLocale` are readonly). */
type WritableKeys<T> = {
  [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

/**
 * What a page sets on an element: its own writable properties (`data`, `locale`, `theme`, `src`,
 * `record`, `hideTitle`, …), not those of LitElement and HTMLElement, not methods, not `state`
 * (set by the element).
 */
export type CivicProps<E> = {
  [K in Exclude<WritableKeys<E>, keyof LitElement | 'state'> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

type Pascal<S extends string> = S extends `${infer H}-${infer T}` ? `${Capitalize<H>}${Pascal<T>}` : Capitalize<S>;

/** `onCivicSelect`-style handler props (React wrappers, Vue `@civic-select`). */
export type CivicHandlerProps<Events> = {
  [K in keyof Events & string as `on${Pascal<K>}`]?: (event: CustomEvent<Events[K]>) => void;
};

/** `oncivic-select`-style handler props (React 19 bare tags listen for the event after `on`). */
export type CivicEventAttributeProps<Events> = {
  [K in keyof Events & string as `on${K}`]?: (event: CustomEvent<Events[K]>) => void;
};
