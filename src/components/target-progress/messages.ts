/** Target progress's own words, one table per locale (see core/messages.ts). */
import { inOn, localized } from '../../core/messages.js';

/** A value with the period it was reported for and its precision marks ("" when exact and sure). */
interface ValueAt {
  value: string;
  period: string;
  marks: string;
}

const zh = {
  defaultTitle: '目标进展',
  noProgress: '暂无进展数据',
  ratioDeadline: '部分与整体，无期限',
  noDeadline: '未写明期限',
  /** "2025年底前（年份为推断）" */
  deadline: (year: number, inferred: boolean) => `${year}年底前${inferred ? '（年份为推断）' : ''}`,
  /** The target of a sentence: "全年600家", "2025年3.4%", "600家". */
  targetPhrase: (o: { target: string; year: number | null; fullYear: boolean }) =>
    o.fullYear ? `全年${o.target}` : o.year !== null ? `${o.year}年${o.target}` : o.target,
  perYear: (quantity: string) => `每年${quantity}`,
  /** A target relative to the baseline: "比基期下降13.5%". */
  relativeTarget: (pct: string, down: boolean) => `比基期${down ? '下降' : '提高'}${pct}`,
  /** The target of a goal that goes down, in a sentence: "2020年降至30微克/立方米". */
  downTargetPhrase: (o: { target: string; year: number | null }) => `${o.year !== null ? `${o.year}年` : ''}${o.target.startsWith('比') ? o.target : `降至${o.target}`}`,
  /** A fractional-year instant: a year's end, or a month. */
  yearEnd: (year: number) => `${year}年底`,
  yearMonth: (year: number, month: number) => `${year}年${month}月`,

  // ---- the summary ----
  goalNoProgress: (o: { label: string; target: string; deadline: string }) => `${o.label}：目标${o.target}，${o.deadline}，暂无进展数据。`,
  /** A part of a whole. `count`/`total` without the goal's counter word, `countWithCounter`/`totalWithCounter` with it. */
  goalRatio: (o: { count: string; countWithCounter: string; total: string; totalWithCounter: string; whole: string; part: string; low: string; atLeast: boolean; pct: string }) =>
    `${o.whole}${o.totalWithCounter}中，${o.countWithCounter}${o.part}${o.low}（${o.atLeast ? '至少' : ''}占${o.pct}）。`,
  /** A level or flow goal; `pace` is the clause of `paces`, `deadlinePassed` or `noDeadlineStated` (or ""). */
  goal: (o: { measure: string; value: string; when: string; low: string; atLeast: boolean; pct: string; target: string; pace: string }) =>
    `${o.when}${o.measure}${o.value}${o.low}，${o.atLeast ? '至少' : ''}完成${o.target}目标的${o.pct}${o.pace}。`,
  paceSince: (o: { up: boolean; pace: string; since: string; baseline: string }) => `自${o.since}的${o.baseline}以来平均每年${o.up ? '提高' : '下降'}${o.pace}`,
  paceSoFar: (o: { up: boolean; pace: string }) => `目前平均每年${o.up ? '增加' : '减少'}${o.pace}`,
  paceNeeded: (o: { pace: string; year: number; level: boolean; down: boolean }) =>
    `到${o.year}年底还需每年${o.down ? '下降' : o.level ? '提高' : '增加'}${o.pace}`,
  /** A goal that goes down: where the level is against its baseline, and the share of the way down. */
  goalDown: (o: { measure: string; value: string; when: string; low: string; since: string; baseline: string; move: string; fell: boolean; away: boolean; pct: string; target: string; pace: string }) =>
    `${o.when}${o.measure}${o.value}${o.low}，比${o.since}的${o.baseline}${o.fell ? '下降' : '上升'}${o.move}，` +
    `${o.away ? `与${o.target}的目标方向相反` : `完成${o.target}目标所需降幅的${o.pct}`}${o.pace}。`,
  paces: (parts: string[]) => `；${parts.join('，')}（推算值）`,
  deadlinePassed: '；期限已过，未达到目标',
  noDeadlineStated: '；目标未写明期限',
  /** Several goals: how many are reached, open, without progress, parts of a whole; then each goal's sentence. */
  overview: (o: { n: (k: number) => string; total: number; met: number; open: number; none: number; ratios: number; sentences: string[] }) => {
    const head = [
      o.met ? `${o.n(o.met)}个已达到` : '',
      o.open ? `${o.n(o.open)}个尚未达到` : '',
      o.none ? `${o.n(o.none)}个暂无进展数据` : '',
      o.ratios ? `${o.n(o.ratios)}个为部分与整体的比例` : '',
    ].filter(Boolean);
    return `共${o.n(o.total)}项：${head.join('，')}。${o.sentences.join('')}`;
  },
  /** The value text of a meter. */
  meter: (o: { value: string; target: string; atLeast: boolean; pct: string }) => `${o.value}，${o.atLeast ? '至少为' : ''}目标${o.target}的${o.pct}`,
  meterDown: (o: { value: string; target: string; pct: string }) => `${o.value}，完成${o.target}所需降幅的${o.pct}`,
  meterRatio: (o: { value: string; whole: string; atLeast: boolean; pct: string }) => `${o.whole}中的${o.value}，${o.atLeast ? '至少' : ''}占${o.pct}`,

  // ---- derived facts (table and tooltip) ----
  shareOfWhole: '占整体比例',
  shareOfTarget: '目标完成比例',
  shareValue: (pct: string, atLeast: boolean) => `${atLeast ? '至少' : ''}${pct}`,
  howShare: '推算值：最新值 ÷ 目标',
  shareOfWayDown: '完成所需降幅比例',
  howShareDown: '推算值：（基期值 − 最新值）÷（基期值 − 目标）',
  targetLevel: '目标水平',
  howTargetLevel: (pct: string, down: boolean) => `推算值：基期值 ×（1 ${down ? '−' : '+'} ${pct}）`,
  distance: '自基期以来完成的差距',
  howDistance: '推算值：（最新值 − 基期值）÷（目标 − 基期值）',
  timeAtLatest: '最新值时已过时间',
  howTime: (o: { fromBaseline: boolean; start: string; end: string; startInferred: boolean }) =>
    `推算值：从${o.fromBaseline ? '基期' : '起点'}（${o.start}）到期限（${o.end}）${o.startInferred ? '，起点为推断' : ''}`,
  paceSoFarLabel: '既往速度',
  howPaceSoFar: (from: string, to: string) => `推算值：${from}至${to}`,
  paceNeededLabel: '所需速度',
  howPaceNeeded: '推算值：（目标 − 最新值）÷ 距期限的年数',

  // ---- the table ----
  targetRow: '目标',
  deadlineInferred: '期限为推断',
  baselineRow: '基期值',
  progressRow: '进展',
  latestRow: '最新报告值',
  reportedRow: '报告值',
  laterTargetRow: (label: string) => `后续目标: ${label}`,
  caption: (title: string) => `${title}：目标、基期、进展与推算值`,
  columns: ['目标', '项目', '时期', '数值', '精确度／算法', '来源'],
  /** A note under the chart. */
  laterTarget: (label: string) => `后续目标：${label}`,

  // ---- the rows and the tooltips ----
  target: '目标',
  targetLine: (value: string, deadline: string) => `目标：${value}，${deadline}`,
  baseline: '基期',
  latest: '最新',
  part: '部分',
  whole: '整体',
  valueAt: (o: ValueAt) => `${o.value}（${o.period}${o.marks ? `；${o.marks}` : ''}）`,
  timeElapsed: '时间已过',
  exceededBy: (pct: string) => `超出目标${pct}`,
  scaleTargetTick: '目标100%',
  scaleWholeTick: '整体100%',
  scaleOfTarget: '完成比例',
  scaleOfWhole: '占比',
  legend: {
    latest: '最新值',
    target: '目标（100%）',
    whole: '整体（100%）',
    over: '超出目标部分',
    estimate: '预计值／下限',
    baseline: '基期',
    time: '已过时间',
  },
};

export type ProgressMessages = typeof zh;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const en: ProgressMessages = {
  defaultTitle: 'Progress toward targets',
  noProgress: 'no progress reported',
  ratioDeadline: 'a part of a whole, no deadline',
  noDeadline: 'no deadline stated',
  deadline: (year, inferred) => `by the end of ${year}${inferred ? ' (year inferred)' : ''}`,
  targetPhrase: (o) =>
    o.fullYear ? `the full-year target of ${o.target}` : o.year !== null ? `the ${o.year} target of ${o.target}` : `the target of ${o.target}`,
  perYear: (quantity) => `${quantity} a year`,
  relativeTarget: (pct, down) => `${pct} ${down ? 'below' : 'above'} the baseline`,
  downTargetPhrase: (o) => `${o.year !== null ? `the ${o.year} ` : 'the '}target of ${o.target.endsWith('baseline') ? o.target : `coming down to ${o.target}`}`,
  yearEnd: (year) => `end of ${year}`,
  yearMonth: (year, month) => `${year}-${String(month).padStart(2, '0')}`,

  goalNoProgress: (o) => `${o.label}: target ${o.target}, ${o.deadline}; no progress reported.`,
  goalRatio: (o) =>
    `${cap(`${o.count} of the ${o.total}${o.whole ? ` ${o.whole}` : ''} ${o.part}`)}${o.low} (${o.atLeast ? 'at least ' : ''}${o.pct}).`,
  goal: (o) => `${cap(o.measure)}: ${o.value} ${inOn(o.when)} ${o.when}${o.low}, ${o.atLeast ? 'at least ' : ''}${o.pct} of ${o.target}${o.pace}.`,
  paceSince: (o) => `${o.up ? 'up' : 'down'} ${o.pace} a year on average since ${o.since} (${o.baseline})`,
  paceSoFar: (o) => `${o.pace} a year so far`,
  paceNeeded: (o) => `${o.down ? `a fall of ${o.pace}` : o.pace} a year is needed to reach the target by the end of ${o.year}`,
  goalDown: (o) =>
    `${cap(o.measure)}: ${o.value} ${inOn(o.when)} ${o.when}${o.low}, ${o.fell ? 'down' : 'up'} ${o.move} from ${o.baseline} ${inOn(o.since)} ${o.since}; ` +
    `${o.away ? `moving away from ${o.target}` : `${o.pct} of the way to ${o.target}`}${o.pace}.`,
  paces: (parts) => `; ${parts.join(', and ')} (derived)`,
  deadlinePassed: '; the deadline has passed without the target being reached',
  noDeadlineStated: '; no deadline is stated',
  overview: (o) => {
    const head = [
      o.met ? `${o.n(o.met)} reached` : '',
      o.open ? `${o.n(o.open)} not yet reached` : '',
      o.none ? `${o.n(o.none)} with no progress reported` : '',
      o.ratios ? `${o.n(o.ratios)} ${o.ratios === 1 ? 'is a part' : 'are parts'} of a whole` : '',
    ].filter(Boolean);
    return `${o.n(o.total)} goals: ${head.join(', ')}. ${o.sentences.join(' ')}`;
  },
  meter: (o) => `${o.value}, ${o.atLeast ? 'at least ' : ''}${o.pct} of the target ${o.target}`,
  meterDown: (o) => `${o.value}, ${o.pct} of the way to ${o.target}`,
  meterRatio: (o) => `${o.value} of ${o.whole}, ${o.atLeast ? 'at least ' : ''}${o.pct}`,

  shareOfWhole: 'Share of the whole',
  shareOfTarget: 'Share of target',
  shareValue: (pct, atLeast) => `${atLeast ? 'at least ' : ''}${pct}`,
  howShare: 'derived: latest ÷ target',
  shareOfWayDown: 'Share of the way down',
  howShareDown: 'derived: (baseline − latest) ÷ (baseline − target)',
  targetLevel: 'Target level',
  howTargetLevel: (pct, down) => `derived: baseline × (1 ${down ? '−' : '+'} ${pct})`,
  distance: 'Distance covered from the baseline',
  howDistance: 'derived: (latest − baseline) ÷ (target − baseline)',
  timeAtLatest: 'Time elapsed at the latest value',
  howTime: (o) =>
    `derived: from ${o.fromBaseline ? 'the baseline' : 'the start'} (${o.start}) to the deadline (${o.end})${o.startInferred ? ', start inferred' : ''}`,
  paceSoFarLabel: 'Pace so far',
  howPaceSoFar: (from, to) => `derived: from ${from} to ${to}`,
  paceNeededLabel: 'Pace needed',
  howPaceNeeded: 'derived: (target − latest) ÷ years left to the deadline',

  targetRow: 'Target',
  deadlineInferred: 'deadline inferred',
  baselineRow: 'Baseline',
  progressRow: 'Progress',
  latestRow: 'Latest reported',
  reportedRow: 'Reported',
  laterTargetRow: (label) => `Later target: ${label}`,
  caption: (title) => `${title}: targets, baselines, progress and derived figures`,
  columns: ['Goal', 'Item', 'Period', 'Value', 'Precision / method', 'Source'],
  laterTarget: (label) => `Later target: ${label}`,

  target: 'Target',
  targetLine: (value, deadline) => `Target: ${value}, ${deadline}`,
  baseline: 'Baseline',
  latest: 'Latest',
  part: 'Part',
  whole: 'Whole',
  valueAt: (o) => `${o.value} (${o.period}${o.marks ? `; ${o.marks}` : ''})`,
  timeElapsed: 'Time elapsed',
  exceededBy: (pct) => `Target exceeded by ${pct}`,
  scaleTargetTick: '100% target',
  scaleWholeTick: '100% whole',
  scaleOfTarget: 'of target',
  scaleOfWhole: 'of whole',
  legend: {
    latest: 'latest value',
    target: 'target (100%)',
    whole: 'whole (100%)',
    over: 'beyond the target',
    estimate: 'estimate / bound',
    baseline: 'baseline',
    time: 'time elapsed',
  },
};

export const progressMessages = localized({ 'zh-CN': zh, en });
