/**
 * IndicatorTrendData → what a sighted reader takes from the chart, in zh-CN or en: per series the
 * latest value, the change over the range (only between comparable points: the same line, i.e.
 * the same vintage, period length and measure; always marked derived), the largest move (the
 * largest reported change, else the largest step between consecutive periods, derived), and the
 * gaps, estimates, lower bounds, revised and derived values.
 */
import type { Unit } from '../../data/types.js';
import { formatNumber, formatPeriod, formatValue, observationPeriod } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import type { IndicatorTrendData } from './types.js';
import { changeText, pointValue } from './format.js';
import { type SinceFirst, trendMessages } from './messages.js';
import { type TrendModel, type TrendPoint, consecutive, missingPeriods, roundLike } from './model.js';
import type { TextContext } from '../../core/builders.js';

function list(items: string[], locale: Locale): string {
  return msg(locale).and([...new Set(items)]);
}

/** The change from the earliest comparable point to the latest: a share in percentage points, anything else in percent. */
function sinceFirst(first: TrendPoint, latest: TrendPoint, unit: Unit, locale: Locale): SinceFirst {
  const pct = Math.abs((latest.value / first.value - 1) * 100);
  return {
    share: unit === '%',
    up: latest.value >= first.value,
    about: first.bound !== 'exact' || latest.bound !== 'exact',
    amount:
      unit === '%'
        ? formatValue(roundLike(Math.abs(latest.value - first.value), 0.01), 'pp', 'exact', locale)
        : `${formatNumber(pct, locale, pct < 10 ? 1 : 0)}%`,
    firstWhen: formatPeriod(first.period, locale),
    firstValue: pointValue(first, unit, locale),
    revised: latest.revised,
  };
}

function seriesSentences(data: IndicatorTrendData, m: TrendModel, si: number, locale: Locale): string[] {
  const t = trendMessages(locale);
  const s = data.series[si];
  const name = text(s.name, locale);
  const out: string[] = [];
  const lines = m.lines.filter((l) => l.seriesIndex === si);
  const bars = m.bars.filter((b) => b.seriesIndex === si);
  const reported = lines.flatMap((l) => l.points).filter((p) => !p.derived);

  if (reported.length) {
    // The latest reported point; among equals a first-published one.
    const latest = reported.reduce((a, b) => (b.place.x > a.place.x || (b.place.x === a.place.x && a.revised && !b.revised) ? b : a));
    const line = lines[lines.findIndex((l) => l.index === latest.lineIndex)];
    const when = observationPeriod(latest.obs, locale);
    const value = pointValue(latest, data.unit, locale);
    // The earliest comparable point, preferring one from a source that is not of low confidence.
    const first = line.points.find((p) => !p.derived && p.obs.source.confidence !== 'low') ?? line.points.find((p) => !p.derived);
    const since = first && first !== latest && first.value !== 0 ? sinceFirst(first, latest, data.unit, locale) : undefined;
    out.push(t.latest({ name, value, when, revised: latest.revised, since }));

    // The largest move: the largest reported change, else the largest step between consecutive periods.
    if (bars.length) {
      const big = bars.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
      if (bars.length > 1) out.push(t.largestChange(changeText(big, locale), formatPeriod(big.period, locale)));
    } else {
      let best: [TrendPoint, TrendPoint] | undefined;
      for (const l of lines) {
        for (let i = 1; i < l.points.length; i++) {
          const a = l.points[i - 1];
          const b = l.points[i];
          if (!consecutive(a, b)) continue;
          if (!best || Math.abs(b.value - a.value) > Math.abs(best[1].value - best[0].value)) best = [a, b];
        }
      }
      if (best && lines.flatMap((l) => l.points).length > 2) {
        const [a, b] = best;
        const diff = b.value - a.value;
        out.push(
          t.largestStep({
            from: formatPeriod(a.period, locale),
            to: formatPeriod(b.period, locale),
            up: diff >= 0,
            amount: formatValue(roundLike(Math.abs(diff), 0.01), data.unit === '%' ? 'pp' : data.unit, 'exact', locale),
          }),
        );
      }
    }

    const gaps = missingPeriods(line).map((g) => formatPeriod(g, locale));
    if (gaps.length) out.push(t.gaps(list(gaps, locale)));
    const shown = lines.flatMap((l) => l.points);
    const est = shown.filter((p) => p.bound === 'estimate').map((p) => formatPeriod(p.period, locale));
    if (est.length) out.push(t.estimates(list(est, locale)));
    const lower = shown.filter((p) => p.bound === 'lowerBound').map((p) => formatPeriod(p.period, locale));
    if (lower.length) out.push(t.lowerBounds(list(lower, locale)));
    const revised = shown.filter((p) => p.revised).map((p) => formatPeriod(p.period, locale));
    if (revised.length && shown.some((p) => !p.revised)) out.push(t.revisedApart(list(revised, locale)));
    for (const d of shown.filter((p) => p.derived)) {
      out.push(t.derivedPoint({ when: formatPeriod(d.period, locale), value: pointValue(d, data.unit, locale), method: text(d.derived!.method, locale) }));
    }
  } else if (bars.length) {
    const latest = bars[bars.length - 1];
    out.push(
      t.changeOnly({
        name,
        change: changeText(latest, locale),
        when: formatPeriod(latest.period, locale),
        noLevel: bars.some((b) => b.kind === 'yoy'),
      }),
    );
  }
  return out;
}

export function indicatorTrendSummary(m: TrendModel, { locale }: TextContext): string {
  const t = trendMessages(locale);
  const { data } = m;
  const parts: string[] = [];
  data.series.forEach((_, si) => parts.push(...seriesSentences(data, m, si, locale)));
  const drawn = m.targets.filter((x) => x.value !== undefined);
  if (drawn.length && m.points.length) parts.push(t.referenceLines(drawn.map((x) => text(x.target.label, locale))));
  const unplaced = m.unplotted.filter((u) => u.reason === 'period' || u.reason === 'unit');
  if (unplaced.length) parts.push(t.unplaced(unplaced.length));
  if (!parts.length) return t.summaryNoData(text(data.title ?? data.name, locale));
  return parts.join(t.sentenceSep);
}

/** The line under the title: scope and measure. */
export function indicatorTrendSubtitle({ data }: TrendModel, { locale }: TextContext): string {
  return [data.scope, data.measure].filter(Boolean).map((t) => text(t, locale)).join(' · ');
}
