/**
 * The events every civic element fires, typed for pages: `addEventListener('civic-select', (e) =>
 * e.detail.item)` is checked by TypeScript through the `HTMLElementEventMap` entries below.
 * All bubble and cross shadow roots (`composed`), so a page can listen on any ancestor.
 */
import type { Issue } from './validate.js';

/** `civic-ready`: after a render of new data. */
export interface CivicReadyDetail<D = unknown> {
  /** The data now shown (the same object the `data` property returns). */
  data: D;
}

/** `civic-error`: invalid data or a failed load. */
export interface CivicErrorDetail {
  /** The visible message, in the element's locale. */
  message: string;
  /** Every problem, each naming the path of the bad field (`value.unit`, `src`, `record`). */
  issues: Issue[];
}

/** `civic-select`: a data item was clicked or chosen with Enter. */
export interface CivicSelectDetail<I extends object = Record<string, unknown>> {
  /** What the item is (its kind and figures); each element documents its own. */
  item: I;
  /** The item's stable key within the chart. */
  key: string;
  /** The item's short name, as read to screen readers. */
  label: string;
}

/** `civic-legend-toggle`: a legend button showed or hid a series (the trend). */
export interface CivicLegendToggleDetail {
  series: string;
  visible: boolean;
}

export interface CivicEventDetails {
  'civic-ready': CivicReadyDetail;
  'civic-error': CivicErrorDetail;
  'civic-select': CivicSelectDetail;
  'civic-legend-toggle': CivicLegendToggleDetail;
}

export type CivicEventName = keyof CivicEventDetails;

/** Dispatches a civic event from `target` (bubbling, composed, not cancelable). */
export function fire<K extends CivicEventName>(target: EventTarget, name: K, detail: CivicEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
}

declare global {
  interface HTMLElementEventMap {
    'civic-ready': CustomEvent<CivicReadyDetail>;
    'civic-error': CustomEvent<CivicErrorDetail>;
    'civic-select': CustomEvent<CivicSelectDetail>;
    'civic-legend-toggle': CustomEvent<CivicLegendToggleDetail>;
  }
}
