/**
 * civic-charts/vue (types only): the tags in Vue templates, checked by vue-tsc / Volar.
 *
 *   import type {} from 'civic-charts/vue';   // once, e.g. in env.d.ts
 *   <civic-cluster-gauge :data.prop="gauge" @civic-select="(e) => show(e.detail.label)" />
 *
 * Vue itself must be told the tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('civic-')`). Nothing here runs:
 * `vue` is not a dependency of civic-charts.
 */
import type { DefineComponent } from 'vue';
import type { CivicHandlerProps, CivicProps, CivicTagEvents, CivicTagMap } from '../tags.js';

/** Props of a `<civic-…>` tag in a Vue template (`@civic-select` is `onCivicSelect`). */
export type CivicVueProps<T extends keyof CivicTagMap> = CivicProps<CivicTagMap[T]> & CivicHandlerProps<CivicTagEvents[T]>;

type CivicGlobalComponents = { [T in keyof CivicTagMap]: DefineComponent<CivicVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends CivicGlobalComponents {}
}
