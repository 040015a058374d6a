/** Locale resolution, and picking the text of data for a locale. The library's own words are in messages.ts. */
import type { LocalizedText } from '../data/types.js';

export type Locale = 'zh-CN' | 'en';

/** Normalises any BCP 47 tag to a supported locale: `en*` → `en`, everything else → `zh-CN`. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase();
  if (t.startsWith('en')) return 'en';
  if (t.startsWith('zh')) return 'zh-CN';
  return undefined;
}

/** The `locale` attribute, else the nearest `lang` (crossing shadow roots), else zh-CN. */
export function resolveLocale(host: Element, explicit: string | null | undefined): Locale {
  const own = normalizeLocale(explicit);
  if (own) return own;
  let node: Node | null = host;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return normalizeLocale(node.getAttribute('lang')) ?? 'zh-CN';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-CN';
}

/** Picks the text for a locale, falling back to the other language rather than showing nothing. */
export function text(value: LocalizedText | undefined | null, locale: Locale): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return (locale === 'en' ? value.en ?? value.zh : value.zh ?? value.en) ?? '';
}
