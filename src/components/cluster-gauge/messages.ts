/** The gauge's own words, one table per locale (see core/messages.ts). */
import { localized } from '../../core/messages.js';

const zh = {
  /** A tier's name when the data gives no label: the 246 plan's as written, any other as given. */
  tier: (tier: string) => tier,
  /** "新材料" → "新材料产业集群" */
  clusterName: (name: string) => (/集群$/.test(name) ? name : `${name}产业集群`),
  target: '目标',
  shareOfTarget: (share: string, atLeast: boolean) => `目标的${atLeast ? '至少' : ''}${share}%`,
  tierThresholds: '层级门槛',
  /** An axis tick: the unit shortened (亿元 → 亿), the scale's unit is the target's. */
  axisTick: (quantity: string) => quantity.replace('亿元', '亿'),
  summaryNoData: (name: string, tier: string, target: string) => `${name}（${tier}，目标${target}）暂无数据。`,
  summary: (o: { name: string; period: string; dated: boolean; inferred: boolean; measure: string; value: string; tier: string; pct: string; atLeast: boolean; reached: boolean; target: string }) =>
    `${o.name}${o.dated ? o.period : `（时期：${o.period}）`}${o.inferred ? '（时期为推断）' : ''}${o.measure}${o.value}，` +
    `${o.atLeast ? '至少' : ''}达到${o.tier}目标的${o.pct}%${o.reached ? '，已达目标' : ''}。`,
  defaultMeasure: '规模',
  reportedValue: '报告值',
  targetRow: (tier: string) => `目标（${tier}）`,
  shareRow: '目标完成比例',
  shareValue: (pct: string, atLeast: boolean) => `${atLeast ? '至少' : ''}${pct}%`,
  shareMethod: '：报告值 ÷ 目标',
  thresholdRow: (tier: string) => `层级门槛：${tier}`,
  otherRow: '其他报告值',
  caption: (name: string) => `${name}：数值与层级目标`,
  columns: ['项目', '时期', '数值', '口径', '精确度', '来源'],
  tipShare: (tier: string, pct: string, derived: string) => `${tier}目标的${pct}%（${derived}）`,
  thresholdTip: (tier: string) => `${tier}门槛`,
  ownTarget: '本集群的目标',
};

export type GaugeMessages = typeof zh;

const TIER_EN: Record<string, string> = {
  千亿级: '100-billion-yuan tier',
  五千亿级: '500-billion-yuan tier',
  万亿级: 'trillion-yuan tier',
};

const en: GaugeMessages = {
  tier: (tier) => TIER_EN[tier] ?? tier,
  clusterName: (name) => (/cluster$/i.test(name) ? name : `${name} cluster`),
  target: 'target',
  shareOfTarget: (share, atLeast) => `${atLeast ? '≥' : ''}${share}% of target`,
  tierThresholds: 'Tier thresholds',
  axisTick: (quantity) => quantity.replace(' yuan', ''),
  summaryNoData: (name, tier, target) => `${name} (${tier}, target ${target}): no data reported.`,
  summary: (o) =>
    `${o.name}: ${o.measure} ${o.value} ${o.dated ? `in ${o.period}` : `(period: ${o.period})`}${o.inferred ? ' (period inferred)' : ''}, ` +
    (o.reached
      ? `${o.atLeast ? 'at least ' : ''}${o.pct}% of its ${o.tier} target: the target is reached.`
      : `${o.atLeast ? 'at least ' : ''}${o.pct}% of its ${o.tier} target (${o.target}).`),
  defaultMeasure: 'value',
  reportedValue: 'Reported value',
  targetRow: (tier) => `Target (${tier})`,
  shareRow: 'Share of target reached',
  shareValue: (pct, atLeast) => `${atLeast ? 'at least ' : ''}${pct}%`,
  shareMethod: ': value ÷ target',
  thresholdRow: (tier) => `Tier threshold: ${tier}`,
  otherRow: 'Other reported figure',
  caption: (name) => `${name}: value and tier target`,
  columns: ['Item', 'Period', 'Value', 'Measure', 'Precision', 'Source'],
  tipShare: (tier, pct, derived) => `${pct}% of the ${tier} target (${derived})`,
  thresholdTip: (tier) => `${tier} threshold`,
  ownTarget: `This cluster's target`,
};

export const gaugeMessages = localized({ 'zh-CN': zh, en });
