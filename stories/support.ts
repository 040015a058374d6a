/** What every element's stories share: the theme/locale controls, CSP-safe styles and the held-open `src`. */
import type { Decorator } from '@storybook/web-components-vite';
import { html, noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { embedCodePanel } from '../src/embed/code-panel.js';
import type { EmbedElement } from '../src/embed/embed.js';

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

/** Where the docs' embed codes say dist/ is hosted (a placeholder, as in the README). */
export const EMBED_BASE = 'https://your.cdn/civic-charts/';

/**
 * Under the story, the embed codes of the chart it shows (src/embed/codes.ts), with copy buttons:
 * read from the first civic-* element once the story and the toolbar have set its attributes.
 * A story whose data is a property gets `src="data.json"`: embed such data from a URL.
 */
export const withEmbedCodes: Decorator = (story, context) => {
  const slot = document.createElement('div');
  slot.className = 'civic-story-embed';
  const fill = () => {
    const el = context.canvasElement?.querySelector<HTMLElement>('civic-cluster-gauge, civic-indicator-trend, civic-target-progress, civic-institute-map');
    if (!el || !slot.isConnected) return;
    const locale = el.getAttribute('locale') === 'en' ? 'en' : 'zh-CN';
    const theme = el.getAttribute('theme');
    const panel = embedCodePanel(
      {
        element: el.localName.slice('civic-'.length) as EmbedElement,
        record: el.getAttribute('record') || undefined,
        src: el.getAttribute('record') ? undefined : 'data.json',
        locale,
        theme: theme && theme !== 'light' ? theme : undefined,
        base: EMBED_BASE,
        title: el.getAttribute('aria-label') || undefined,
      },
      'en',
    );
    for (const pre of panel.querySelectorAll('pre')) {
      pre.style.setProperty('white-space', 'pre-wrap');
      pre.style.setProperty('overflow-wrap', 'anywhere');
      pre.style.setProperty('font-size', '12px');
    }
    slot.replaceChildren(panel);
  };
  // After the toolbar's decorator has set theme and locale (its own next frame), and again once
  // the chart has a title (the iframe's accessible name).
  requestAnimationFrame(() => requestAnimationFrame(fill));
  context.canvasElement?.addEventListener('civic-ready', () => requestAnimationFrame(fill));
  return html`${story()}${slot}`;
};
