/**
 * civic-charts/react/jsx (types only): the bare tags in React 19 JSX.
 *
 *   import type {} from 'civic-charts/react/jsx';
 *   <civic-cluster-gauge data={gauge} oncivic-select={(e) => show(e.detail.label)} />
 *
 * React 19 sets a prop the element defines as a property (`data` stays an object) and listens
 * for the event named after `on` (`oncivic-select` → `civic-select`). React 18 turns every prop
 * of a custom element into a string attribute and ignores these handlers: use the wrappers of
 * `civic-charts/react` there. Opt-in, so React 18 projects do not get types that lie.
 */
import type * as React from 'react';
import type { CivicEventAttributeProps, CivicProps, CivicTagEvents, CivicTagMap } from '../tags.js';

/** Props of a bare `<civic-…>` tag in React 19. */
export type CivicTagProps<T extends keyof CivicTagMap> = React.DetailedHTMLProps<React.HTMLAttributes<CivicTagMap[T]>, CivicTagMap[T]> &
  CivicProps<CivicTagMap[T]> &
  CivicEventAttributeProps<CivicTagEvents[T]>;

type CivicIntrinsicElements = { [T in keyof CivicTagMap]: CivicTagProps<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CivicIntrinsicElements {}
  }
}
