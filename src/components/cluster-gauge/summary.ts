/**
 * ClusterGaugeData → the sentence a sighted reader takes from the gauge, in zh-CN or en.
 * "新材料产业集群2020年工业总产值2174.6亿元，达到五千亿级目标的43%。"
 */
import type { ClusterGaugeData } from '../../data/types.js';
import { formatNumber, formatQuantity, formatValue, observationPeriod } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { clusterName, gaugeModel, tierName } from './model.js';

export function clusterGaugeSummary(data: ClusterGaugeData, locale: Locale): string {
  const m = gaugeModel(data);
  const name = clusterName(data, locale);
  const tier = tierName(data.tier, locale);
  const target = formatQuantity(data.target.value, data.target.unit, locale);
  const en = locale === 'en';
  const obs = m.value;

  if (!obs) {
    return en
      ? `${name} (${tier}, target ${target}): no data reported.`
      : `${name}（${tier}，目标${target}）暂无数据。`;
  }

  const period = observationPeriod(obs, locale);
  const dated = /^\d{4}/.test(obs.period);
  const measure = obs.measure ? text(obs.measure, locale) : en ? 'value' : '规模';
  const value = formatValue(obs.value, obs.unit, obs.bound, locale);
  const pct = formatNumber(m.sharePct ?? 0, locale, 0);
  const atLeast = obs.bound === 'lowerBound';
  const inferred = obs.periodInferred ? (en ? ' (period inferred)' : '（时期为推断）') : '';

  if (en) {
    const when = dated ? `in ${period}` : `(period: ${period})`;
    const share = (m.sharePct ?? 0) >= 100
      ? `${atLeast ? 'at least ' : ''}${pct}% of its ${tier} target: the target is reached`
      : `${atLeast ? 'at least ' : ''}${pct}% of its ${tier} target (${target})`;
    return `${name}: ${measure} ${value} ${when}${inferred}, ${share}.`;
  }
  const when = dated ? period : `（时期：${period}）`;
  const share = (m.sharePct ?? 0) >= 100
    ? `${atLeast ? '至少' : ''}达到${tier}目标的${pct}%，已达目标`
    : `${atLeast ? '至少' : ''}达到${tier}目标的${pct}%`;
  return `${name}${when}${inferred}${measure}${value}，${share}。`;
}

/** The line under the title: the period and the measure of the value shown. */
export function clusterGaugeSubtitle(data: ClusterGaugeData, locale: Locale): string {
  const obs = data.value;
  if (!obs || obs.value === null) return '';
  const inferred = obs.periodInferred ? (locale === 'en' ? ' (period inferred)' : '（时期为推断）') : '';
  const measure = obs.measure ? text(obs.measure, locale) : '';
  return [`${observationPeriod(obs, locale)}${inferred}`, measure].filter(Boolean).join(' · ');
}
