/**
 * The one place the React wrappers are made: a typed component for a civic-charts tag.
 *
 * `@lit/react` renders the tag, adds the `on…` handlers as event listeners, maps `className` to
 * `class` and forwards the ref. The element's own properties (`data`, `locale`, `hideTitle`, …)
 * are set here instead, and only when their value changed since the last render, as React 19
 * does for custom elements: `@lit/react` assigns every property on every render, and assigning
 * `data` again makes the element validate and render it again and fire `civic-ready`, so an
 * `onCivicReady` that sets state would re-render the parent forever.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { CivicHandlerProps, CivicProps, CivicTagEvents, CivicTagMap } from '../tags.js';

/** Props of a wrapper: React's HTML attributes, the element's properties and its event handlers. */
export type CivicComponentProps<T extends keyof CivicTagMap> = Omit<
  React.HTMLAttributes<CivicTagMap[T]>,
  keyof CivicProps<CivicTagMap[T]> | keyof CivicHandlerProps<CivicTagEvents[T]>
> &
  CivicProps<CivicTagMap[T]> &
  CivicHandlerProps<CivicTagEvents[T]>;

/** A wrapper component; its `ref` is the element. */
export type CivicComponent<T extends keyof CivicTagMap> = React.ForwardRefExoticComponent<
  CivicComponentProps<T> & React.RefAttributes<CivicTagMap[T]>
>;

const EVENTS = { onCivicReady: 'civic-ready', onCivicError: 'civic-error', onCivicSelect: 'civic-select' };

export function civicComponent<T extends keyof CivicTagMap>(
  tagName: T,
  elementClass: new () => CivicTagMap[T],
  displayName: string,
  moreEvents: Record<string, string> = {},
): CivicComponent<T> {
  const events = { ...EVENTS, ...moreEvents };
  /** The element's own properties, which this component sets (not HTMLElement's, not handlers). */
  const isElementProperty = (key: string): boolean =>
    key in elementClass.prototype && !(key in HTMLElement.prototype) && !(key in events);
  // Given HTMLElement as the class, @lit/react passes on only what it handles for any element.
  const Tag = createComponent({ react: React, tagName, elementClass: HTMLElement, events, displayName: `${displayName}Tag` });

  const Component = React.forwardRef<CivicTagMap[T], Record<string, unknown>>((props, ref) => {
    const node = React.useRef<CivicTagMap[T] | null>(null);
    const assigned = React.useRef<{ node: Element | null; values: Map<string, unknown> }>({ node: null, values: new Map() });
    const rest: Record<string, unknown> = {};
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) (isElementProperty(key) ? own : rest)[key] = value;

    // Runs after @lit/react's own layout effect (children first), so listeners are in place before
    // the element renders the data and fires civic-ready; on the server it does nothing.
    (typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect)(() => {
      const el = node.current as unknown as Record<string, unknown> | null;
      if (!el) return;
      const last = assigned.current.node === node.current ? assigned.current.values : new Map<string, unknown>();
      const next = new Map<string, unknown>();
      for (const [key, value] of Object.entries(own)) {
        next.set(key, value);
        if (last.has(key) ? !Object.is(last.get(key), value) : value !== undefined) el[key] = value;
      }
      // A property dropped from the props goes back to the element's fallback (undefined).
      for (const key of last.keys()) if (!next.has(key)) el[key] = undefined;
      assigned.current = { node: node.current, values: next };
    });

    const setRef = React.useCallback(
      (el: CivicTagMap[T] | null) => {
        node.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    return React.createElement(Tag, { ...rest, ref: setRef });
  });
  Component.displayName = displayName;
  return Component as unknown as CivicComponent<T>;
}
