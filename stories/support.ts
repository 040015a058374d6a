/** What every element's stories share: the theme/locale controls, CSP-safe styles and the held-open `src`. */
import type { Decorator } from '@storybook/web-components-vite';
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

export const themeAndLocaleArgTypes = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto', 'high-contrast'] },
  locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
} as const;

/** A URL no server answers in Storybook: the loading stories point `src` here. */
export const NEVER_ANSWERS = '/civic-story/never-answers.json';

/**
 * Holds every fetch of NEVER_ANSWERS open (until the element aborts it), so a loading story stays
 * in the loading state. Installed once per preview window.
 */
export const holdNeverAnswering: Decorator = (story) => {
  const w = window as unknown as { __civicHold?: boolean };
  if (!w.__civicHold) {
    w.__civicHold = true;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) =>
      String(input).includes(NEVER_ANSWERS)
        ? new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          )
        : original(input, init);
  }
  return story();
};

/**
 * `<div ${styles({ width: '420px', '--civic-chart-height': '280px' })}>`: sets inline styles through
 * CSSOM (`style.setProperty`), which a strict CSP (`style-src 'self'`) allows, where a `style="…"`
 * attribute, or Lit's styleMap (it writes the attribute on first render), is refused. Properties in
 * CSS spelling (kebab-case, custom properties); ones dropped on a re-render are removed.
 */
export const styles = directive(
  class extends Directive {
    private set = new Set<string>();

    constructor(part: PartInfo) {
      super(part);
      if (part.type !== PartType.ELEMENT) throw new Error('styles() goes on an element: <div ${styles({...})}>');
    }

    render(_props: Record<string, string>) {
      return noChange;
    }

    override update(part: ElementPart, [props]: [Record<string, string>]) {
      const { style } = part.element as HTMLElement;
      for (const name of this.set) if (!(name in props)) style.removeProperty(name);
      for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
      this.set = new Set(Object.keys(props));
      return noChange;
    }
  },
);
