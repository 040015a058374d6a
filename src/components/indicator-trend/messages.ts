/** The trend's own words, one table per locale (see core/messages.ts). */
import type { Unit } from '../../data/types.js';
import { scaledUnit, unitText } from '../../core/units.js';
import { MONTH_EN, formatMsg, inOn, localized } from '../../core/messages.js';

/** How the level axis is labelled: the axis values are data values divided by `divisor`. */
export interface AxisScale {
  divisor: number;
  name: string;
}

/** The change of a series since its earliest comparable point (always derived). */
export interface SinceFirst {
  /**
   * How the change is told: `share`, a share (%) in percentage points; `ratio`, a positive level
   * in percent; `difference`, a level that can be below zero (or is) in its unit, higher or lower.
   */
  how: 'share' | 'ratio' | 'difference';
  up: boolean;
  /** Either end is not an exact value. */
  about: boolean;
  amount: string;
  firstWhen: string;
  firstValue: string;
  /** Both ends are revised values (else both first-published). */
  revised: boolean;
}

const zh = {
  /** "+0.3个百分点" */
  pp: (signed: string) => `${signed}个百分点`,
  /** "同比+7.9%（按可比价格）" */
  yoy: (change: string, comparable: boolean) => `同比${change}${comparable ? '（按可比价格）' : ''}`,
  /** The axis of a magnitude unit (亿元, 万人): in Chinese the unit as written. */
  scaledAxis: (unit: Unit, _max: number, _baseEn: string): AxisScale => ({ divisor: 1, name: unitText(unit, 'zh-CN') }),
  axisUnit: { pp: '百分点', people: '人', seconds: '秒', rank: '位次' },
  /** A month tick without its year (month 0-based), and with it. */
  monthTick: (month: number) => `${month + 1}月`,
  monthYearTick: (month: number, year: number) => `${year}年${month + 1}月`,
  dayTick: (month: number, day: number) => `${month + 1}月${day}日`,
  changeSeries: (name: string) => `${name} （变化）`,
  changeAxisPp: '变化（百分点）',
  changeAxisYoy: '同比 %',
  changeAxis: '变化 %',

  // ---- the summary ----
  /** The latest value of a series, and its change since the earliest comparable point. */
  latest: (o: { name: string; value: string; when: string; revised: boolean; belowZero: boolean; since?: SinceFirst }) => {
    let s = `${o.name}${o.when}为${o.value}${o.belowZero ? '，低于零' : ''}${o.revised ? '（修订值）' : ''}`;
    const c = o.since;
    if (c) {
      const dir = c.how === 'share' ? (c.up ? '提高' : '降低') : c.how === 'difference' ? (c.up ? '升高' : '降低') : c.up ? '增长' : '下降';
      s += `，比${c.firstWhen}（${c.firstValue}）${dir}${c.about ? '约' : ''}${c.amount}（推算，${c.revised ? '同为修订值' : '同为首次公布值'}）`;
    }
    return `${s}。`;
  },
  largestChange: (change: string, when: string) => `报告的最大变化为${when}${change}。`,
  largestStep: (o: { from: string; to: string; up: boolean; amount: string }) =>
    `相邻时期变化最大的是${o.from}至${o.to}：${o.up ? '增加' : '减少'}${o.amount}（推算）。`,
  gaps: (periods: string) => `${periods}无水平值，折线在此断开。`,
  /** Many missing periods: the count and the first few. */
  /** A long list of periods, cut short: "2019年1月1日、2019年1月2日等120个时期". */
  andMore: (listed: string, total: string) => `${listed}等${total}个时期`,
  manyGaps: (count: string, first: string) => `有${count}个时期无水平值（如${first}），折线在这些地方断开。`,
  /** A long series: its extremes over the range instead of step by step. */
  range: (o: { count: string; unit: string; min: string; minWhen: string; max: string; maxWhen: string }) =>
    `${o.count}个${o.unit}中，最低为${o.min}（${o.minWhen}），最高为${o.max}（${o.maxWhen}）。`,
  periodWord: (freq: string, _n: number) => ({ year: '年份', half: '半年', quarter: '季度', month: '月份', week: '周', day: '日' })[freq] ?? '时期',
  estimates: (periods: string) => `${periods}为预计值（空心标记、虚线）。`,
  lowerBounds: (periods: string) => `${periods}为下限值（“超过”）。`,
  revisedApart: (periods: string) => `修订值（${periods}）单独标出，不与首次公布值相连。`,
  derivedPoint: (o: { when: string; value: string; method: string }) => `${o.when}（${o.value}）为由报告增速推算的值：${o.method}。`,
  /** A series with changes only: the latest change ("+3.4%" reads "为+3.4%"). */
  changeOnly: (o: { name: string; change: string; when: string; noLevel: boolean }) =>
    `${o.name}：${o.when}${o.change.replace(/^(?=[+−±])/, '为')}${o.noLevel ? '，未报告水平值' : ''}。`,
  referenceLines: (names: string[]) => `参考线：${names.join('；')}。`,
  unplaced: (n: number) => `另有${n}项无法标在时间轴上的数据列于表中。`,
  summaryNoData: (name: string) => `${name}：暂无数据。`,
  /** Between the sentences of the summary. */
  sentenceSep: '',

  // ---- the table and the tooltips ----
  revisedSeries: (name: string) => `${name}（修订值）`,
  converted: (original: string, _unit: Unit) => `由原文${original}换算`,
  yoyCell: (change: string, comparable: boolean) => `${change}${comparable ? '（可比价）' : ''}`,
  derivedFrom: (when: string, method: string) => `由${when}推算：${method}`,
  derivedSource: (source: string) => `推算值，依据${source}`,
  alsoReportedRow: '同期另一来源：图中显示上一行的值',
  changeOnlyRow: '只报告了增速，未报告水平值',
  notPlottedPeriod: '未绘制：时期无法标在时间轴上',
  notPlottedUnit: (unit: Unit, axis: Unit) => `未绘制：单位${unitText(unit, 'zh-CN')}无法换算为${unitText(axis, 'zh-CN')}`,
  noValue: '未报告数值',
  referenceLine: '参考线',
  targetNotDrawn: (unit: Unit, axis: Unit) => `未绘制：单位${unitText(unit, 'zh-CN')}与坐标轴${unitText(axis, 'zh-CN')}不同`,
  caption: (name: string) => `${name}：全部数据（按系列和时期）`,
  columns: ['系列', '时期', '数值', '同比', '精确度与说明', '来源'],
  markersNote:
    '标记：● 确数，◆ 约数，○ 预计值，▲ 下限，■ 修订值，◇ 推算值。虚线段的一端为预计值、下限或推算值；缺少的时期使折线断开。',
  alsoReported: (values: string[]) => `另有来源：${values.join('；')}`,
  changeOnlyTip: '只报告了增速，未报告水平值',
  targetBy: (year: number) => `（${year}年）`,

  // ---- the element: empty state, legend, key ----
  nothingPlotted: '没有可以按时间绘制的数据。',
  listedInTable: (n: number) => `${n}项报告数据列于数据表中。`,
  legendLabel: '数据系列（按下可显示或隐藏）',
  key: {
    exact: '● 确数',
    approx: '◆ 约数',
    estimate: '○ 预计值',
    lowerBound: '▲ 下限（超过）',
    revised: '■ 修订值（单独成线）',
    derived: '◇ 由增速推算',
    dashed: '┄ 虚线：非确定值',
    gap: '断开：该时期无数据',
    yoyBars: '▮ 柱：同比变化（右轴）',
    changeBars: '▮ 柱：变化（右轴）',
    target: '- - 目标线',
  },
  keySep: '　',
};

export type TrendMessages = typeof zh;

const en: TrendMessages = {
  pp: (signed) => `${signed} pp`,
  yoy: (change, comparable) => `${change} year on year${comparable ? ' (real, at comparable prices)' : ''}`,
  // In English in words of the base: money in million / billion / trillion yuan (the magnitude
  // words of formatMsg), other bases (万人 → people) in plain numbers below a million.
  scaledAxis: (unit, max, baseEn) => {
    const factor = scaledUnit(unit)?.factor ?? 1;
    const whole = (Math.abs(max) || 1) * factor;
    const money = baseEn === 'yuan';
    if (!money && whole < 1e6) return { divisor: 1 / factor, name: baseEn };
    const scales = formatMsg('en').scales!;
    const [scale, word] = scales.find(([s]) => whole >= s) ?? scales[2];
    return { divisor: scale / factor, name: `${word} ${baseEn}`.trim() };
  },
  axisUnit: { pp: 'pp', people: 'people', seconds: 's', rank: 'rank' },
  monthTick: (month) => MONTH_EN[month],
  monthYearTick: (month, year) => `${MONTH_EN[month]} ${year}`,
  dayTick: (month, day) => `${MONTH_EN[month]} ${day}`,
  changeSeries: (name) => `${name} (change)`,
  changeAxisPp: 'change, pp',
  changeAxisYoy: 'YoY %',
  changeAxis: 'change %',

  latest: (o) => {
    let s = `${o.name}: ${o.value} ${inOn(o.when)} ${o.when}${o.belowZero ? ' (below zero)' : ''}${o.revised ? ' (revised)' : ''}`;
    const c = o.since;
    if (c) {
      const about = c.about ? 'about ' : '';
      const note = `(${c.firstValue}; derived, ${c.revised ? 'both revised' : 'both first-published'})`;
      if (c.how === 'share') s += `, ${c.up ? 'up' : 'down'} ${about}${c.amount} on ${c.firstWhen} ${note}`;
      else s += `, ${about}${c.amount} ${c.how === 'difference' ? (c.up ? 'higher' : 'lower') : c.up ? 'more' : 'less'} than ${inOn(c.firstWhen)} ${c.firstWhen} ${note}`;
    }
    return `${s}.`;
  },
  largestChange: (change, when) => `The largest reported change was ${change} ${inOn(when)} ${when}.`,
  largestStep: (o) => `The largest step was from ${o.from} to ${o.to}: ${o.up ? 'up' : 'down'} ${o.amount} (derived).`,
  gaps: (periods) => `No level for ${periods}: the line breaks there.`,
  andMore: (listed, total) => `${listed} and others (${total} in all)`,
  manyGaps: (count, first) => `${count} periods have no level (${first}, …): the line breaks there.`,
  range: (o) => `Over ${o.count} ${o.unit} it ranged from ${o.min} (${o.minWhen}) to ${o.max} (${o.maxWhen}).`,
  periodWord: (freq, n) => {
    const w = ({ year: 'year', half: 'half-year', quarter: 'quarter', month: 'month', week: 'week', day: 'day' } as Record<string, string>)[freq] ?? 'period';
    return n === 1 ? w : `${w}s`;
  },
  estimates: (periods) => `${periods}: estimates (hollow markers, dashed lines).`,
  lowerBounds: (periods) => `${periods}: lower bounds ("over").`,
  revisedApart: (periods) => `Revised values (${periods}) are drawn apart, not joined to first-published ones.`,
  derivedPoint: (o) => `${o.when} (${o.value}) is derived from the reported growth rate: ${o.method}.`,
  changeOnly: (o) => `${o.name}: ${o.change} ${inOn(o.when)} ${o.when}${o.noLevel ? '; no level was reported' : ''}.`,
  referenceLines: (names) => `Reference lines: ${names.join('; ')}.`,
  unplaced: (n) => `${n} figure${n > 1 ? 's' : ''} that cannot be placed on the time axis ${n > 1 ? 'are' : 'is'} listed in the table.`,
  summaryNoData: (name) => `${name}: no data reported.`,
  sentenceSep: ' ',

  revisedSeries: (name) => `${name} (revised)`,
  converted: (original, unit) => `converted from ${original} to ${unit === '亿元' ? '亿元 (100 million yuan)' : unitText(unit, 'en')}`,
  yoyCell: (change, comparable) => `${change}${comparable ? ' (real)' : ''}`,
  derivedFrom: (when, method) => `from ${when}: ${method}`,
  derivedSource: (source) => `derived from ${source}`,
  alsoReportedRow: 'also reported: the chart shows the row above',
  changeOnlyRow: 'only the change was reported, no level',
  notPlottedPeriod: 'not plotted: the period cannot be placed on the time axis',
  notPlottedUnit: (unit, axis) => `not plotted: ${unitText(unit, 'en')} cannot be converted to ${unitText(axis, 'en')}`,
  noValue: 'no value reported',
  referenceLine: 'reference line',
  targetNotDrawn: (unit, axis) => `not drawn: ${unitText(unit, 'en')} cannot be shown on the ${unitText(axis, 'en')} axis`,
  caption: (name) => `${name}: every figure, by series and period`,
  columns: ['Series', 'Period', 'Value', 'Year on year', 'Precision and notes', 'Source'],
  markersNote:
    'Markers: ● exact, ◆ approximate, ○ estimate, ▲ lower bound, ■ revised, ◇ derived. Dashed segments touch an estimate, a lower bound or a derived value; a missing period breaks the line.',
  alsoReported: (values) => `Also reported: ${values.join('; ')}`,
  changeOnlyTip: 'Only the change was reported, no level',
  targetBy: (year) => ` by ${year}`,

  nothingPlotted: 'Nothing that can be plotted over time.',
  listedInTable: (n) => `${n} reported figure${n > 1 ? 's are' : ' is'} listed in the data table.`,
  legendLabel: 'Series (press to show or hide)',
  key: {
    exact: '● exact',
    approx: '◆ approximate',
    estimate: '○ estimate',
    lowerBound: '▲ lower bound (over)',
    revised: '■ revised (a line of its own)',
    derived: '◇ derived from a growth rate',
    dashed: '┄ dashed: not a firm value',
    gap: 'a break: no data for the period',
    yoyBars: '▮ bars: year-on-year change (right axis)',
    changeBars: '▮ bars: change (right axis)',
    target: '- - target',
  },
  keySep: ' · ',
};

export const trendMessages = localized({ 'zh-CN': zh, en });
