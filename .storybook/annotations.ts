// The preview's project annotations (toolbar globals, decorators, parameters): everything of
// .storybook/preview.ts except loading the Custom Elements Manifest, which needs Vite's
// import.meta.glob. Kept apart so test/stories/ can compose every story with the same decorators
// outside Vite (under the strict CSP). Type imports only: Storybook's runtime does not load there.
import type { Decorator, Preview } from '@storybook/web-components-vite';

const AS_AUTHORED = '';
const NONE = '(none)';

/** Sets `name` to `value`, remembering the story's own value; restores it for "as in story". */
function override(el: Element, name: 'theme' | 'locale', value: string): void {
  const key = `data-story-${name}`;
  if (value) {
    if (!el.hasAttribute(key)) el.setAttribute(key, el.getAttribute(name) ?? NONE);
    el.setAttribute(name, value);
  } else if (el.hasAttribute(key)) {
    const original = el.getAttribute(key)!;
    if (original === NONE) el.removeAttribute(name);
    else el.setAttribute(name, original);
    el.removeAttribute(key);
  }
}

/**
 * Applies the toolbar's theme and locale to every civic-* element in the story. "As in story"
 * (the default) leaves the story's own attributes alone.
 */
const civicGlobals: Decorator = (story, context) => {
  const theme = String(context.globals['civicTheme'] ?? AS_AUTHORED);
  const locale = String(context.globals['civicLocale'] ?? AS_AUTHORED);
  const result = story();
  const root: HTMLElement | undefined = context.canvasElement;
  if (root) {
    // Give dark stories a matching canvas.
    root.style.background = theme === 'dark' ? '#0f172a' : '';
    root.style.colorScheme = theme === 'dark' ? 'dark' : '';
    requestAnimationFrame(() => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('civic-')) {
          override(el, 'theme', theme);
          override(el, 'locale', locale);
        }
      }
    });
  }
  return result;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [civicGlobals],
  globalTypes: {
    civicTheme: {
      description: 'theme attribute of every civic-* element',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: AS_AUTHORED, title: 'Theme: as in story' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
          { value: 'auto', title: 'auto (OS)' },
          { value: 'high-contrast', title: 'high-contrast' },
        ],
      },
    },
    civicLocale: {
      description: 'locale attribute of every civic-* element',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: AS_AUTHORED, title: 'Locale: as in story' },
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
      },
    },
  },
  initialGlobals: { civicTheme: AS_AUTHORED, civicLocale: AS_AUTHORED },
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    docs: { toc: true },
    layout: 'padded',
  },
};

export default preview;
