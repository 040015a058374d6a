/**
 * The gauge's model → the sentence a sighted reader takes from the gauge, in the reader's locale.
 * "新材料产业集群2020年工业总产值2174.6亿元，达到五千亿级目标的43%。"
 */
import type { TextContext } from '../../core/builders.js';
import { formatNumber, formatQuantity, formatValue } from '../../core/format.js';
import { observationPeriod } from '../../core/periods.js';
import { text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { gaugeMessages } from './messages.js';
import { type GaugeModel, clusterName, tierName } from './model.js';

export function clusterGaugeSummary(m: GaugeModel, { locale }: TextContext): string {
  const { data } = m;
  const t = gaugeMessages(locale);
  const name = clusterName(data, locale);
  const tier = tierName(data.tier, locale, m.tiers);
  const target = formatQuantity(data.target.value, data.target.unit, locale);
  const obs = m.value;
  if (!obs) return t.summaryNoData(name, tier, target);
  return t.summary({
    name,
    period: observationPeriod(obs, locale),
    dated: /^\d{4}/.test(obs.period),
    inferred: !!obs.periodInferred,
    measure: obs.measure ? text(obs.measure, locale) : t.defaultMeasure,
    value: formatValue(obs.value, obs.unit, obs.bound, locale),
    tier,
    pct: formatNumber(m.sharePct ?? 0, locale, 0),
    atLeast: obs.bound === 'lowerBound',
    reached: (m.sharePct ?? 0) >= 100,
    target,
  });
}

/** The line under the title: the period and the measure of the value shown. */
export function clusterGaugeSubtitle(m: GaugeModel, { locale }: TextContext): string {
  const obs = m.value;
  if (!obs) return '';
  const inferred = obs.periodInferred ? msg(locale).periodInferredNote : '';
  const measure = obs.measure ? text(obs.measure, locale) : '';
  return [`${observationPeriod(obs, locale)}${inferred}`, measure].filter(Boolean).join(' · ');
}
