/** Locale resolution and the library's own UI strings (not data). */
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

const strings = {
  'zh-CN': {
    loading: '正在加载…',
    noData: '暂无数据',
    invalidData: '数据无效',
    loadFailed: '数据加载失败',
    timeout: '数据加载超时',
    unknownRecord: '未找到数据记录',
    source: '来源',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    illustrative: '示例数据，非真实统计',
    derived: '推算值',
    inferredPeriod: '时期为推断',
    lowConfidence: '来源可信度低',
    revised: '修订值',
    chartHint: '使用方向键浏览数据项，回车选择，Esc 退出',
  },
  en: {
    loading: 'Loading…',
    noData: 'No data reported',
    invalidData: 'Invalid data',
    loadFailed: 'The data could not be loaded',
    timeout: 'Loading the data timed out',
    unknownRecord: 'No such data record',
    source: 'Source',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    illustrative: 'Illustrative data, not real statistics',
    derived: 'derived',
    inferredPeriod: 'period inferred',
    lowConfidence: 'low-confidence source',
    revised: 'revised',
    chartHint: 'Use the arrow keys to move between data items, Enter to select, Escape to leave',
  },
} as const;

export type UiString = keyof (typeof strings)['en'];

export function ui(key: UiString, locale: Locale): string {
  return strings[locale][key];
}
