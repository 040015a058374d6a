/** What every element's stories share: the theme/locale controls and the held-open `src`. */
import type { Decorator } from '@storybook/web-components-vite';

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
