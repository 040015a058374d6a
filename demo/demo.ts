/**
 * The demo page's only script. It registers every civic-charts element (from src/, through Vite)
 * and wires the toolbar: theme and locale go to every civic-* element and to the page itself.
 * No innerHTML, no inline styles: the page passes the strict CSP of SPEC.md.
 *
 * The initial choice comes from the URL (?theme=dark&locale=en, handy for screenshots and links),
 * then from what the reader picked last time (localStorage), then from the defaults.
 */
import '../src/civic-charts.js';

const THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
const LOCALES = ['zh-CN', 'en'] as const;
type Theme = (typeof THEMES)[number];
type Locale = (typeof LOCALES)[number];

const TITLES: Record<Locale, string> = {
  'zh-CN': '科技创新为“246”产业集群装上主引擎 — 宁波科技观察',
  en: 'Ningbo puts science and technology at the heart of its “246” clusters — Ningbo Science Watch',
};
const STORAGE_KEY = 'civic-charts-demo';

const isTheme = (v: unknown): v is Theme => THEMES.includes(v as Theme);
const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

function stored(): { theme?: unknown; locale?: unknown } {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

/** Every civic-* element on the page, including ones added later. */
function civicElements(): Element[] {
  return [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('civic-'));
}

function apply(theme: Theme, locale: Locale): void {
  const root = document.documentElement;
  root.dataset['theme'] = theme;
  root.lang = locale;
  document.title = TITLES[locale];
  for (const el of civicElements()) {
    el.setAttribute('theme', theme);
    el.setAttribute('locale', locale);
  }
  const form = document.querySelector<HTMLFormElement>('#settings');
  if (form) {
    form.setAttribute('aria-label', locale === 'en' ? 'Display settings' : '显示设置');
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = input.value === (input.name === 'theme' ? theme : locale);
    }
  }
}

function current(): { theme: Theme; locale: Locale } {
  const params = new URLSearchParams(location.search);
  const saved = stored();
  const theme = [params.get('theme'), saved.theme].find(isTheme) ?? 'light';
  const locale = [params.get('locale'), params.get('lang'), saved.locale].find(isLocale) ?? 'zh-CN';
  return { theme, locale };
}

let state = current();
apply(state.theme, state.locale);

document.querySelector<HTMLFormElement>('#settings')?.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'theme' && isTheme(input.value)) state = { ...state, theme: input.value };
  else if (input.name === 'locale' && isLocale(input.value)) state = { ...state, locale: input.value };
  else return;
  apply(state.theme, state.locale);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode or storage disabled: the choice just is not remembered.
  }
});

// The settings form has no submit button, but Enter in a radio group must not reload the page.
document.querySelector<HTMLFormElement>('#settings')?.addEventListener('submit', (event) => event.preventDefault());

// Elements selected with the keyboard or the mouse announce it; a portal could open a detail view.
document.addEventListener('civic-select', (event) => {
  console.info('civic-select', (event as CustomEvent).detail);
});
