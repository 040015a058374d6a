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
import type { Locale } from '../core/locale.js';

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
    problems.push({
      param: 'element',
      zh: `地址中缺少 element 参数，应为以下之一：${list(EMBED_ELEMENTS)}。`,
      en: `The address has no element parameter; it must be one of ${list(EMBED_ELEMENTS)}.`,
    });
  } else if (!(EMBED_ELEMENTS as readonly string[]).includes(element)) {
    problems.push({
      param: 'element',
      zh: `未知的 element ${quote(element)}，应为以下之一：${list(EMBED_ELEMENTS)}。`,
      en: `Unknown element ${quote(element)}; it must be one of ${list(EMBED_ELEMENTS)}.`,
    });
  }

  const locale = get('locale');
  if (locale !== undefined && !(EMBED_LOCALES as readonly string[]).includes(locale)) {
    problems.push({
      param: 'locale',
      zh: `未知的 locale ${quote(locale)}，应为 zh-CN 或 en。`,
      en: `Unknown locale ${quote(locale)}; it must be zh-CN or en.`,
    });
  }
  const theme = get('theme');
  if (theme !== undefined && !(EMBED_THEMES as readonly string[]).includes(theme)) {
    problems.push({
      param: 'theme',
      zh: `未知的 theme ${quote(theme)}，应为以下之一：${list(EMBED_THEMES)}。`,
      en: `Unknown theme ${quote(theme)}; it must be one of ${list(EMBED_THEMES)}.`,
    });
  }

  const record = get('record');
  const srcParam = get('src');
  let src: string | undefined;
  if (record !== undefined && srcParam !== undefined) {
    problems.push({
      param: 'src',
      zh: '地址中同时有 record 和 src，请只保留一个。',
      en: 'The address has both record and src; give only one.',
    });
  } else if (record === undefined && srcParam === undefined) {
    problems.push({
      param: 'record',
      zh: '地址中缺少数据：请加入 record=<数据记录编号> 或 src=<JSON 数据的网址>。',
      en: 'The address names no data: add record=<record id> or src=<URL of the JSON data>.',
    });
  } else if (record !== undefined && !/^[\w-]+(?:,[\w-]+)*$/.test(record)) {
    problems.push({
      param: 'record',
      zh: `record ${quote(record)} 无效：记录编号只含字母、数字、下划线和连字符，多个编号以逗号分隔。`,
      en: `Invalid record ${quote(record)}: record ids are letters, digits, _ and -, several separated by commas.`,
    });
  } else if (srcParam !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(srcParam, pageUrl);
    } catch {
      url = undefined;
    }
    const own = new URL(pageUrl).origin;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      problems.push({
        param: 'src',
        zh: `src ${quote(srcParam)} 不是 http(s) 网址。`,
        en: `src ${quote(srcParam)} is not an http(s) URL.`,
      });
    } else if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
      problems.push({
        param: 'src',
        zh: `src ${quote(srcParam)} 位于其他来源（${url.origin}），本嵌入页未允许从该来源加载数据。`,
        en: `src ${quote(srcParam)} is on another origin (${url.origin}), which this embed page does not allow data from.`,
      });
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
    heading.textContent = lang === 'en' ? 'This chart cannot be shown' : '无法显示此图表';
    const items = doc.createElement('ul');
    for (const p of problems) {
      const li = doc.createElement('li');
      li.textContent = lang === 'en' ? p.en : p.zh;
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
  new ResizeObserver(() => post()).observe(body);
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
    showProblems(
      doc,
      [{ zh: `无法加载图表组件 ${element}。`, en: `The ${element} component could not be loaded.` }],
      locale,
    );
    return;
  }
  const el = doc.createElement(`civic-${element}`);
  if (locale) el.setAttribute('locale', locale);
  if (theme) el.setAttribute('theme', theme);
  if (src) el.setAttribute('src', src);
  else if (record) el.setAttribute('record', record);
  doc.body.replaceChildren(el);
}
