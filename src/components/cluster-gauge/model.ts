/**
 * The derived view of a cluster: what the gauge, its summary and its table all state, computed
 * once from the data so the three never disagree. Shares of a target are derived values.
 */
import type { Observation } from '../../data/types.js';
import type { Locale } from '../../core/locale.js';
import { text } from '../../core/locale.js';
import { gaugeMessages } from './messages.js';
import type { ClusterGaugeData, GaugeTier } from './types.js';

/** The 246 plan's thresholds (output value, 亿元), used when the data gives none. */
export const DEFAULT_TIERS: readonly GaugeTier[] = [
  { tier: '千亿级', value: 1000, unit: '亿元' },
  { tier: '五千亿级', value: 5000, unit: '亿元' },
  { tier: '万亿级', value: 10000, unit: '亿元' },
];

/** A tier as readers know it: its label in the data, else the 246 plan's name, else as given. */
export function tierName(tier: string, locale: Locale, tiers: readonly GaugeTier[] = DEFAULT_TIERS): string {
  const band = tiers.find((t) => t.tier === tier);
  return band?.label ? text(band.label, locale) : gaugeMessages(locale).tier(tier);
}

/** "新材料" → "新材料产业集群"; "New materials" → "New materials cluster". */
export function clusterName(data: ClusterGaugeData, locale: Locale): string {
  return gaugeMessages(locale).clusterName(text(data.name, locale).trim());
}

export interface GaugeModel {
  data: ClusterGaugeData;
  /** The bands, ascending. */
  tiers: GaugeTier[];
  /** The observation shown, when it has a level. */
  value?: Observation & { value: number };
  /** Share of the own tier's target reached, in percent (derived). */
  sharePct?: number;
  /** The highest tier whose threshold the value reaches, if any. */
  reachedTier?: GaugeTier;
  /** Upper end of the scale: the top threshold, or above it when the value exceeds it. */
  max: number;
}

function niceCeil(v: number): number {
  const step = 10 ** Math.floor(Math.log10(v));
  const nice = Math.ceil(v / step) * step;
  // Rounding up the largest finite values overflows (2e308): the value itself is the scale's end then.
  return Number.isFinite(nice) ? nice : v;
}

export function gaugeModel(data: ClusterGaugeData): GaugeModel {
  const tiers = [...(data.tiers ?? DEFAULT_TIERS)].sort((a, b) => a.value - b.value);
  const obs = data.value && data.value.value !== null ? (data.value as Observation & { value: number }) : undefined;
  const top = Math.max(data.target.value, ...tiers.map((t) => t.value));
  const max = obs && obs.value > top ? niceCeil(obs.value) : top;
  const share = obs && data.target.value > 0 ? (obs.value / data.target.value) * 100 : undefined;
  // A derived figure that is not finite (values near the largest numbers there are) is left out.
  const sharePct = share !== undefined && Number.isFinite(share) ? share : undefined;
  const reachedTier = obs ? [...tiers].reverse().find((t) => obs.value >= t.value) : undefined;
  return { data, tiers, value: obs, sharePct, reachedTier, max };
}
