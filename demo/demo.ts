/**
 * The demo page's only script. It registers every civic-charts element (from src/, through Vite)
 * and wires the toolbar: theme and locale go to every civic-* element and to the page itself.
 * No innerHTML, no inline styles: the page passes the strict CSP of SPEC.md.
 *
 * The initial choice comes from the URL (?theme=dark&locale=en, handy for screenshots and links),
 * then from what the reader picked last time (localStorage), then from the defaults.
 */
import '../src/civic-charts.js';
import { embedCodePanel } from '../src/embed/code-panel.js';
import { EMBED_ELEMENTS, type EmbedElement } from '../src/embed/embed.js';

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

/** Where the embed codes say dist/ is hosted (a placeholder, as in the README). */
const EMBED_BASE = 'https://your.cdn/civic-charts/';

/** The charts of the article that a reader can embed: those with a record. */
function embeddable(): HTMLElement[] {
  return civicElements().filter((el): el is HTMLElement => el instanceof HTMLElement && el.hasAttribute('record'));
}

/** Fills the chart picker (labels: each chart's title once it has one) and shows the picked chart's codes. */
function showEmbedCodes(): void {
  const pick = document.querySelector<HTMLSelectElement>('#embed-pick');
  const target = document.querySelector<HTMLElement>('#embed-codes');
  if (!pick || !target) return;
  const els = embeddable();
  const chosen = Number(pick.value || 0);
  pick.replaceChildren(
    ...els.map((el, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = el.getAttribute('aria-label') || `${el.localName} · ${el.getAttribute('record')}`;
      return option;
    }),
  );
  pick.value = String(Math.min(chosen, els.length - 1));
  const el = els[Number(pick.value)];
  const element = el?.localName.replace(/^civic-/, '') as EmbedElement;
  if (!el || !EMBED_ELEMENTS.includes(element)) return target.replaceChildren();
  const codes = embedCodePanel(
    {
      element,
      record: el.getAttribute('record') ?? undefined,
      locale: state.locale,
      theme: state.theme === 'light' ? undefined : state.theme,
      base: EMBED_BASE,
      title: el.getAttribute('aria-label') ?? undefined,
    },
    state.locale,
  );
  target.replaceChildren(codes);
}

let state = current();
apply(state.theme, state.locale);
showEmbedCodes();
document.querySelector('#embed-pick')?.addEventListener('change', showEmbedCodes);
// Titles arrive with the data: the picker's labels and the iframe's title follow.
let relabel = 0;
document.addEventListener('civic-ready', () => {
  cancelAnimationFrame(relabel);
  relabel = requestAnimationFrame(showEmbedCodes);
});

document.querySelector<HTMLFormElement>('#settings')?.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'theme' && isTheme(input.value)) state = { ...state, theme: input.value };
  else if (input.name === 'locale' && isLocale(input.value)) state = { ...state, locale: input.value };
  else return;
  apply(state.theme, state.locale);
  // After the elements have re-rendered in the new locale (their titles name the options).
  requestAnimationFrame(showEmbedCodes);
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
