/**
 * The script of `dist/embed.html` (built to `dist/cdn/embed.js`): shows the one civic-charts
 * element its query asks for, in a page meant for an `<iframe>`, and tells its parent window how
 * tall it is so `embed-host.js` can size the frame.
 *
 *   embed.html?element=cluster-gauge&record=new_materials&locale=en&theme=dark
 *
 * The query is untrusted (anyone can link to the page with any query): every value is checked
 * against a fixed list or parsed as a URL, and whatever is echoed back goes in as text
 * (`textContent`), never as HTML. A bad query shows a visible message, never a blank frame.
 *
 * Only the requested element's code loads: each loader below is a dynamic import of one element.
 * The CDN build (vite.config.ts, entry `embed`) turns them into imports of the sibling bundles
 * `./cluster-gauge.js` … next to `embed.js`, so embed.js itself stays a few kB; in the test
 * runner they load the TypeScript sources.
 */
import { type Locale, text } from '../core/locale.js';
import { type EmbedMessages, embedMessages } from './messages.js';
import { observeSize } from '../core/viewport-controller.js';

export const EMBED_ELEMENTS = ['cluster-gauge', 'indicator-trend', 'target-progress', 'institute-map'] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];
export const EMBED_LOCALES = ['zh-CN', 'en'] as const;
export const EMBED_THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The message the page posts to its parent whenever its height changes (integer CSS px). */
export const SIZE_MESSAGE = 'civic-charts:size';
/** The message embed-host.js sends to ask a frame for its current height (it may start late). */
export const SIZE_REQUEST_MESSAGE = 'civic-charts:size-request';
/** `<meta name="…" content="https://a.example https://b.example">`: other origins `src` may use. */
export const ALLOW_ORIGINS_META = 'civic-embed-allow-origins';

const LOADERS: Record<EmbedElement, () => Promise<unknown>> = {
  'cluster-gauge': () => import('../components/cluster-gauge/define.js'),
  'indicator-trend': () => import('../components/indicator-trend/define.js'),
  'target-progress': () => import('../components/target-progress/define.js'),
  'institute-map': () => import('../components/institute-map/define.js'),
};

export interface EmbedConfig {
  element: EmbedElement;
  locale?: Locale;
  theme?: EmbedTheme;
  record?: string;
  /** Absolute URL, already checked against the allowed origins. */
  src?: string;
}

/** One thing wrong with the query, in both languages (the page shows the one it can). */
export interface EmbedProblem {
  /** The query parameter at fault. */
  param: 'element' | 'record' | 'src' | 'locale' | 'theme';
  zh: string;
  en: string;
}

export type ParsedQuery = { ok: true; config: EmbedConfig } | { ok: false; locale?: Locale; problems: EmbedProblem[] };

/** Long or odd values are shown shortened, in quotes, as text. */
function quote(value: string): string {
  const v = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  return `“${v}”`;
}

const list = (values: readonly string[]) => values.join(', ');

/** A problem worded in each language of the page (see messages.ts). */
function problem(param: EmbedProblem['param'], say: (m: EmbedMessages) => string): EmbedProblem {
  return { param, zh: say(embedMessages('zh-CN')), en: say(embedMessages('en')) };
}

/**
 * Checks the page's query. `pageUrl` resolves a relative `src` and gives the page's own origin;
 * `allowedOrigins` are the other origins `src` may point at (from the page's meta tag).
 */
export function parseEmbedQuery(search: string, pageUrl: string, allowedOrigins: readonly string[] = []): ParsedQuery {
  const q = new URLSearchParams(search);
  const problems: EmbedProblem[] = [];
  const get = (name: string) => {
    const v = q.get(name);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };

  const element = get('element');
  if (element === undefined) {
    problems.push(problem('element', (m) => m.missingElement(list(EMBED_ELEMENTS))));
  } else if (!(EMBED_ELEMENTS as readonly string[]).includes(element)) {
    problems.push(problem('element', (m) => m.unknownElement(quote(element), list(EMBED_ELEMENTS))));
  }

  const locale = get('locale');
  if (locale !== undefined && !(EMBED_LOCALES as readonly string[]).includes(locale)) {
    problems.push(problem('locale', (m) => m.unknownLocale(quote(locale))));
  }
  const theme = get('theme');
  if (theme !== undefined && !(EMBED_THEMES as readonly string[]).includes(theme)) {
    problems.push(problem('theme', (m) => m.unknownTheme(quote(theme), list(EMBED_THEMES))));
  }

  const record = get('record');
  const srcParam = get('src');
  let src: string | undefined;
  if (record !== undefined && srcParam !== undefined) {
    problems.push(problem('src', (m) => m.recordAndSrc));
  } else if (record === undefined && srcParam === undefined) {
    problems.push(problem('record', (m) => m.noData));
  } else if (record !== undefined && !/^[\w-]+(?:,[\w-]+)*$/.test(record)) {
    problems.push(problem('record', (m) => m.invalidRecord(quote(record))));
  } else if (srcParam !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(srcParam, pageUrl);
    } catch {
      url = undefined;
    }
    const own = new URL(pageUrl).origin;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      problems.push(problem('src', (m) => m.srcNotHttp(quote(srcParam))));
    } else if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
      const origin = url.origin;
      problems.push(problem('src', (m) => m.srcOtherOrigin(quote(srcParam), origin)));
    } else {
      src = url.href;
    }
  }

  const okLocale = locale as Locale | undefined;
  if (problems.length) {
    return { ok: false, locale: problems.some((p) => p.param === 'locale') ? undefined : okLocale, problems };
  }
  return {
    ok: true,
    config: { element: element as EmbedElement, locale: okLocale, theme: theme as EmbedTheme | undefined, record, src },
  };
}

/**
 * The origins listed in `<meta name="civic-embed-allow-origins" content="…">` (space-separated).
 * Entries that are not a bare http(s) origin are ignored with a console warning: a typo must not
 * silently widen what is allowed.
 */
export function allowedOriginsOf(doc: Document): string[] {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${ALLOW_ORIGINS_META}"]`)?.content ?? '';
  const origins: string[] = [];
  for (const entry of content.split(/\s+/).filter(Boolean)) {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin) origins.push(origin);
    else console.warn(`[civic-charts embed] ignored ${JSON.stringify(entry)} in <meta name="${ALLOW_ORIGINS_META}">: write origins as https://host[:port], separated by spaces.`);
  }
  return origins;
}

const STYLES = `
  html { color-scheme: normal; }
  body { margin: 0; display: flow-root; font-family: system-ui, sans-serif; }
  .civic-embed-message { margin: 0; padding: 12px 16px; border: 1px solid #b3261e; border-radius: 6px; color: #5c0f0b; background: #fdf1f0; font-size: 14px; line-height: 1.5; }
  .civic-embed-message > div + div { margin-top: 10px; }
  .civic-embed-message h1 { margin: 0 0 4px; font-size: 15px; }
  .civic-embed-message ul { margin: 0; padding-left: 1.2em; }
  @media (forced-colors: active) { .civic-embed-message { border-color: CanvasText; color: CanvasText; background: Canvas; } }
`;

/** Styles through a constructable sheet: the page's CSP allows no inline style. */
function adoptStyles(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** A visible message (as text) in place of the chart. Without a valid locale, both languages. */
export function showProblems(doc: Document, problems: Pick<EmbedProblem, 'zh' | 'en'>[], locale?: Locale): HTMLElement {
  const box = doc.createElement('section');
  box.className = 'civic-embed-message';
  box.setAttribute('role', 'alert');
  const langs: Locale[] = locale ? [locale] : ['zh-CN', 'en'];
  for (const lang of langs) {
    const part = doc.createElement('div');
    part.lang = lang;
    const heading = doc.createElement('h1');
    heading.textContent = embedMessages(lang).heading;
    const items = doc.createElement('ul');
    for (const p of problems) {
      const li = doc.createElement('li');
      li.textContent = text(p, lang);
      items.append(li);
    }
    part.append(heading, items);
    box.append(part);
  }
  doc.body.replaceChildren(box);
  return box;
}

/**
 * Posts `{ type: 'civic-charts:size', height }` to the parent window whenever the page's height
 * changes, and again when the parent asks (embed-host.js does when it starts, in case it missed
 * the first report). targetOrigin is '*': the height is not secret, and the embedding page's
 * origin is not known in advance.
 */
export function reportSize(win: Window = window): void {
  if (win.parent === win) return; // not in a frame
  const body = win.document.body;
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    win.parent.postMessage({ type: SIZE_MESSAGE, height }, '*');
  };
  observeSize(body, () => post());
  win.addEventListener('message', (event) => {
    if (event.source === win.parent && (event.data as { type?: unknown } | null)?.type === SIZE_REQUEST_MESSAGE) post(true);
  });
}

/** Reads the query, shows the element (or what is wrong), and starts reporting the height. */
export async function startEmbed(win: Window = window): Promise<void> {
  const doc = win.document;
  adoptStyles(doc);
  reportSize(win);
  const parsed = parseEmbedQuery(win.location.search, win.location.href, allowedOriginsOf(doc));
  if (!parsed.ok) {
    for (const p of parsed.problems) {
      // The console names the parameter, for whoever wrote the iframe's address.
      console.warn(`[civic-charts embed] ${p.param}: ${p.en}${p.param === 'src' && /another origin/.test(p.en) ? ` To allow it, list the origin in <meta name="${ALLOW_ORIGINS_META}"> and in connect-src of the embed page's Content-Security-Policy.` : ''}`);
    }
    if (parsed.locale) doc.documentElement.lang = parsed.locale;
    showProblems(doc, parsed.problems, parsed.locale);
    return;
  }
  const { element, locale, theme, record, src } = parsed.config;
  if (locale) doc.documentElement.lang = locale;
  try {
    await LOADERS[element]();
  } catch (error) {
    console.warn(`[civic-charts embed] element: could not load ${element}.js`, error);
    showProblems(doc, [problem('element', (m) => m.loadFailed(element))], locale);
    return;
  }
  const el = doc.createElement(`civic-${element}`);
  if (locale) el.setAttribute('locale', locale);
  if (theme) el.setAttribute('theme', theme);
  if (src) el.setAttribute('src', src);
  else if (record) el.setAttribute('record', record);
  doc.body.replaceChildren(el);
}
