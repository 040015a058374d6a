/**
 * The library's own words (not data), one table per locale. Every entry is a string or a function
 * of the values it words, so a sentence keeps its own grammar in each language; a third locale is
 * one more table here (and in each element's `messages.ts`), and TypeScript checks it is complete.
 */
import type { Bound } from '../data/types.js';
import type { DataLoadError } from './data-source.js';
import type { FormatOptions } from './format.js';
import type { Locale } from './locale.js';
import type { Period } from './periods.js';
import type { Issue } from './validate.js';

type PeriodOf<K extends Period['kind']> = Extract<Period, { kind: K }>;

/** Month abbreviations of English dates and axis ticks. */
export const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUARTER_ZH = ['一', '二', '三', '四'];

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
  /** Numbers: thousands separators (18,147.7) or none (18147.7). */
  grouping: false,
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
  grouping: true,
  exportMenu: 'Download',
  exportFormat: { png: 'PNG image', svg: 'SVG image', csv: 'CSV data table' },
  exportFailed: 'The download failed',
};

/**
 * The words of numbers, units and periods (format.ts, periods.ts): tables of their own, so that an
 * element formatting none of them (the map's counts) does not carry them.
 */
const zhFormat = {
  /** Before a value, as a reader should take it: "超过3万人", "约200个", "预计2.4%". */
  boundPrefix: { exact: '', lowerBound: '超过', approx: '约', estimate: '预计' } as Record<Bound, string>,
  bigCount: [1e4, '万'] as [number, string],
  /** A number (`n`, formatted; counts with `bigCount`) in one of the report's units. */
  quantity: {
    pp: (n: string) => `${n}个百分点`,
    people: (n: string) => `${n}人`,
    rank: (n: string) => `第${n}位`,
    seconds: (n: string) => `${n}秒`,
    count: (n: string, o: FormatOptions) => `${n}${o.counterZh ?? '个'}`,
  },
  /** A period (periods.ts) as a reader sees it: "2019年一季度", "2022年1–9月". */
  period: {
    year: (p: PeriodOf<'year'>) => `${p.year}年`,
    half: (p: PeriodOf<'half'>) => `${p.year}年${p.half === 1 ? '上' : '下'}半年`,
    quarter: (p: PeriodOf<'quarter'>) => `${p.year}年${QUARTER_ZH[p.quarter - 1]}季度`,
    month: (p: PeriodOf<'month'>) => `${p.year}年${p.month}月`,
    months: (p: PeriodOf<'months'>) => `${p.year}年${p.from}–${p.to}月`,
    week: (p: PeriodOf<'week'>) => `${p.year}年第${p.week}周`,
    day: (p: PeriodOf<'day'>) => `${p.year}年${p.month}月${p.day}日`,
  },
};

export type FormatMessages = Omit<typeof zhFormat, 'bigCount'> & {
  /** Counts from this size on in its word (30000 → "3万"); none: all in digits. */
  bigCount?: [number, string];
  /** Words for amounts in a Chinese magnitude unit (217.46 billion yuan); none: the unit as given (2174.6亿元). */
  scales?: [number, string][];
};

const enFormat: FormatMessages = {
  boundPrefix: { exact: '', lowerBound: 'over ', approx: 'about ', estimate: 'an estimated ' },
  scales: [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
  quantity: {
    pp: (n) => `${n} percentage points`,
    people: (n) => `${n} people`,
    rank: (n) => `No. ${n}`,
    seconds: (n) => `${n} s`,
    count: (n, o) => `${n}${o.counterEn ? ` ${o.counterEn}` : ''}`,
  },
  period: {
    year: (p) => String(p.year),
    half: (p) => `H${p.half} ${p.year}`,
    quarter: (p) => `Q${p.quarter} ${p.year}`,
    month: (p) => `${MONTH_EN[p.month - 1]} ${p.year}`,
    months: (p) => `${MONTH_EN[p.from - 1]}–${MONTH_EN[p.to - 1]} ${p.year}`,
    week: (p) => `Week ${p.week}, ${p.year}`,
    day: (p) => `${MONTH_EN[p.month - 1]} ${p.day}, ${p.year}`,
  },
};

const tables: Record<Locale, CoreMessages> = { 'zh-CN': zh, en };

/** The core words of a locale. */
/** English takes "on" before a day ("Dec 31, 2015"), "in" before a week, month, quarter or year. */
export const inOn = (when: string): string => (/\b\d{1,2}, \d{4}$/.test(when) ? 'on' : 'in');

export function msg(locale: Locale): CoreMessages {
  return tables[locale];
}

const formatTables: Record<Locale, FormatMessages> = { 'zh-CN': zhFormat, en: enFormat };

/** The words of numbers, units and periods of a locale. */
export function formatMsg(locale: Locale): FormatMessages {
  return formatTables[locale];
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
