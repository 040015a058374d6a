/**
 * The gauge's model → ECharts option. A pure function of (model, context): usable in the element,
 * in tests and for server-side SVG rendering.
 *
 * Series 0 is the cluster's value (pointer, progress arc, the value as text); series 1 holds one
 * marker per tier threshold on the rim, so thresholds are data items the keyboard can reach.
 * Tier bands are drawn as the axis line's colour stops, darker for higher tiers, and every band
 * is labelled in text, so nothing depends on colour alone.
 */
import { GaugeChart } from 'echarts/charts';
import { use } from '../../core/echarts.js';
import type { RenderContext } from '../../core/builders.js';
import { mix } from '../../core/color.js';
import { boundMark, formatNumber, formatQuantity } from '../../core/format.js';
import { text } from '../../core/locale.js';
import { gaugeMessages } from './messages.js';
import { type GaugeModel, tierName } from './model.js';

// What the option draws is registered where the option is built (for the elements and the static renderer alike).
use([GaugeChart]);

const START = 210;
const END = -30;

export function clusterGaugeOption(m: GaugeModel, ctx: RenderContext): Record<string, unknown> {
  const { palette: p, locale } = ctx;
  const { data } = m;
  const t = gaugeMessages(locale);
  const narrow = ctx.width > 0 && ctx.width < 360;
  const band = narrow ? 12 : 16;
  // Darker for higher tiers; the 246 plan's three keep their shades, more tiers spread evenly.
  const ramp = m.tiers.length <= 3 ? [0.22, 0.42, 0.62] : m.tiers.map((_, i) => 0.15 + (0.55 * i) / (m.tiers.length - 1));
  const stops: [number, string][] = m.tiers.map((tier, i) => [
    Math.min(1, tier.value / m.max),
    mix(p.surface, p.accent, ramp[Math.min(i, ramp.length - 1)]),
  ]);
  if (stops[stops.length - 1][0] < 1) stops.push([1, mix(p.surface, p.accent, 0.8)]);
  if (p.highContrast) stops.forEach((s, i) => (s[1] = i % 2 ? '#000000' : '#767676'));

  const ownTier = data.tier;
  const obs = m.value;
  const valueText = obs ? `${boundMark(obs.bound)}${formatQuantity(obs.value, obs.unit, locale)}` : '';
  const share = m.sharePct !== undefined ? formatNumber(m.sharePct, locale, 0) : '';
  const shareText = share ? t.shareOfTarget(share, obs?.bound === 'lowerBound') : '';

  const geometry = {
    type: 'gauge',
    startAngle: START,
    endAngle: END,
    min: 0,
    max: m.max,
    radius: narrow ? '86%' : '88%',
    center: ['50%', '56%'],
  };
  const tickCount = Math.max(2, Math.min(20, Math.round(m.max / (m.tiers[0]?.value || m.max / 10))));

  return {
    animation: !ctx.reducedMotion,
    animationDuration: 600,
    aria: { enabled: false },
    series: [
      {
        ...geometry,
        id: 'value',
        name: text(data.name, locale),
        z: 3,
        splitNumber: tickCount,
        axisLine: { roundCap: false, lineStyle: { width: band, color: stops } },
        progress: {
          show: !!obs,
          width: Math.round(band / 2.5),
          itemStyle: { color: p.highContrast ? p.accent : p.text, opacity: 0.85 },
        },
        axisTick: { show: false },
        splitLine: { distance: -band, length: band, lineStyle: { color: p.surface, width: 2 } },
        axisLabel: {
          distance: band + 6,
          color: p.muted,
          fontSize: narrow ? 10 : 11,
          formatter: (v: number) =>
            v === 0 || m.tiers.some((tier) => Math.abs(tier.value - v) < 1e-9)
              ? t.axisTick(formatQuantity(v, data.target.unit, locale))
              : '',
        },
        pointer: {
          show: !!obs,
          length: '62%',
          width: narrow ? 5 : 6,
          itemStyle: { color: p.text },
        },
        anchor: { show: !!obs, size: 10, itemStyle: { color: p.text } },
        emphasis: { itemStyle: { color: p.accent } },
        // The period and measure are the element's subtitle (DOM text that wraps), not canvas text.
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, narrow ? '74%' : '72%'],
          color: p.text,
          fontSize: narrow ? 18 : 22,
          fontWeight: 600,
          lineHeight: narrow ? 22 : 28,
          formatter: () => (shareText ? `${valueText}\n{share|${shareText}}` : valueText),
          rich: { share: { fontSize: narrow ? 12 : 13, color: p.muted, fontWeight: 400 } },
        },
        data: obs ? [{ value: obs.value, name: text(data.name, locale) }] : [],
      },
      {
        ...geometry,
        id: 'tiers',
        name: t.tierThresholds,
        z: 4,
        splitNumber: 1,
        axisLine: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        progress: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: { show: false },
        pointer: {
          icon: 'triangle',
          length: '10%',
          width: narrow ? 10 : 12,
          offsetCenter: [0, narrow ? '-104%' : '-106%'],
        },
        data: m.tiers.map((tier) => ({
          value: Math.min(tier.value, m.max),
          name: tierName(tier.tier, locale, m.tiers),
          itemStyle: { color: tier.tier === ownTier ? p.accent : p.muted },
          emphasis: { itemStyle: { color: p.text } },
        })),
      },
    ],
  };
}
