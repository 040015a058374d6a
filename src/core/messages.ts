/**
 * The library's own words (not data), one table per locale. Every entry is a string or a function
 * of the values it words, so a sentence keeps its own grammar in each language; a third locale is
 * one more table here (and in each element's `messages.ts`), and TypeScript checks it is complete.
 */
import type { Bound } from '../data/types.js';
import type { DataLoadError } from './data-source.js';
import type { Locale } from './locale.js';
import type { Issue } from './validate.js';

const zh = {
  loading: '正在加载…',
  noData: '暂无数据',
  invalidData: '数据无效',
  loadFailed: '数据加载失败',
  timeout: '数据加载超时',
  unknownRecord: '未找到数据记录',
  source: '来源',
  showTable: '显示数据表',
  hideTable: '隐藏数据表',
  /** A long table shows its first rows; this button shows all `n` (formatted). */
  showAllRows: (n: string) => `显示全部${n}行`,
  illustrative: '示例数据，非真实统计',
  derived: '推算值',
  inferredPeriod: '时期为推断',
  lowConfidence: '来源可信度低',
  revised: '修订值',
  exact: '确数',
  chart: '图表',
  chartHint: '使用方向键浏览数据项，回车选择，Esc 退出',
  /** Between a label and its value. */
  colon: '：',
  /** Between items of a list of phrases. */
  sep: '；',
  /** Between items of a short list of names. */
  comma: '、',
  and: (items: string[]) => items.join('、'),
  paren: (s: string) => `（${s}）`,
  quote: (s: string) => `“${s}”`,
  moreIssues: (n: number) => `（另有${n}处）`,
  seedSource: '原报道（记者金鹭、通讯员王虎羽，2019年）',
  illustrativeSource: '示例',
  externalSource: '外部来源',
  lowConfidenceShort: '可信度低',
  /** Between the parts of a source's name: publisher, date, flag. */
  sourceSep: '，',
  /** A source found only on a copy whose original our data does not identify. */
  unknownOriginal: '原始出处不明',
  /** The publisher and the title of a publication (either may stand alone). */
  titled: (who: string, title: string) => `${who}《${title}》`,
  /** Where the text of a source was found when the original is not online: text, never a link. */
  copyFoundAt: (url: string) => `（转载于 ${url}）`,
  yearNotConfirmed: '年份未确认',
  yearNotStated: '年份未注明',
  periodInferredNote: '（时期为推断）',
  inferredShort: '（推断）',
  /** How exact a value is, as a word for tables (exact included). */
  boundWord: { exact: '确数', approx: '约数', lowerBound: '下限（超过）', estimate: '预计值' } as Record<Bound, string>,
  /** The export menu's button and its three files. */
  exportMenu: '下载',
  exportFormat: { png: 'PNG 图片', svg: 'SVG 矢量图', csv: 'CSV 数据表' } as Record<'png' | 'svg' | 'csv', string>,
  exportFailed: '下载失败',
};

export type CoreMessages = typeof zh;

const en: CoreMessages = {
  loading: 'Loading…',
  noData: 'No data reported',
  invalidData: 'Invalid data',
  loadFailed: 'The data could not be loaded',
  timeout: 'Loading the data timed out',
  unknownRecord: 'No such data record',
  source: 'Source',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  showAllRows: (n: string) => `Show all ${n} rows`,
  illustrative: 'Illustrative data, not real statistics',
  derived: 'derived',
  inferredPeriod: 'period inferred',
  lowConfidence: 'low-confidence source',
  revised: 'revised',
  exact: 'exact',
  chart: 'chart',
  chartHint: 'Use the arrow keys to move between data items, Enter to select, Escape to leave',
  colon: ': ',
  sep: '; ',
  comma: ', ',
  and: (items: string[]) =>
    items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  paren: (s: string) => ` (${s})`,
  quote: (s: string) => `“${s}”`,
  moreIssues: (n: number) => ` (+${n} more)`,
  seedSource: 'original report (Jin Lu, Wang Huyu, 2019)',
  illustrativeSource: 'illustrative',
  externalSource: 'external source',
  lowConfidenceShort: 'low confidence',
  sourceSep: ', ',
  unknownOriginal: 'unknown original',
  // Single quotes: the titles are often Chinese with “…” inside.
  titled: (who: string, title: string) => (who ? `${who}, ‘${title}’` : `‘${title}’`),
  copyFoundAt: (url: string) => ` (copy found at ${url})`,
  yearNotConfirmed: 'year not confirmed',
  yearNotStated: 'year not stated',
  periodInferredNote: ' (period inferred)',
  inferredShort: ' (inferred)',
  boundWord: { exact: 'exact', approx: 'approximate', lowerBound: 'lower bound', estimate: 'estimate' },
  exportMenu: 'Download',
  exportFormat: { png: 'PNG image', svg: 'SVG image', csv: 'CSV data table' },
  exportFailed: 'The download failed',
};

const tables: Record<Locale, CoreMessages> = { 'zh-CN': zh, en };

/** The core words of a locale. */
/** English takes "on" before a day ("Dec 31, 2015"), "in" before a week, month, quarter or year. */
export const inOn = (when: string): string => (/\b\d{1,2}, \d{4}$/.test(when) ? 'on' : 'in');

export function msg(locale: Locale): CoreMessages {
  return tables[locale];
}

/**
 * Builds a per-locale accessor for an element's own table: `const m = localized({ 'zh-CN': zh, en })`,
 * then `m(locale).word`. The `en` table is typed by the `zh-CN` one, so none can miss an entry.
 */
export function localized<T>(tables: Record<Locale, T>): (locale: Locale) => T {
  return (locale) => tables[locale];
}

/** The visible error: a short message in the element's locale, then the first bad path. */
export function errorMessage(locale: Locale, issues: Issue[], kind?: DataLoadError['kind']): string {
  const m = msg(locale);
  const head = kind === 'timeout' ? m.timeout : kind === 'record' ? m.unknownRecord : kind && kind !== 'json' && kind !== 'table' ? m.loadFailed : m.invalidData;
  const first = issues[0];
  if (!first) return head;
  return `${head}${m.colon}${first.path} ${first.message}${issues.length > 1 ? m.moreIssues(issues.length - 1) : ''}`;
}
