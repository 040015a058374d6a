/**
 * IndicatorTrendData → what a sighted reader takes from the chart, in zh-CN or en: per series the
 * latest value, the change over the range (only between comparable points: the same line, i.e.
 * the same vintage, period length and measure; always marked derived), the largest move (the
 * largest reported change, else the largest step between consecutive periods, derived), and the
 * gaps, estimates, lower bounds, revised and derived values.
 */
import { formatNumber, formatValue } from '../../core/format.js';
import { formatPeriod, observationPeriod } from '../../core/periods.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import type { IndicatorTrendData } from './types.js';
import { changeText, pointValue } from './format.js';
import { type SinceFirst, trendMessages } from './messages.js';
import { type TrendModel, type TrendPoint, consecutive, missingPeriods, roundLike } from './model.js';
import type { TextContext } from '../../core/builders.js';

function list(items: string[], locale: Locale): string {
  const uniq = [...new Set(items)];
  if (uniq.length <= GAPS_NAMED) return msg(locale).and(uniq);
  return trendMessages(locale).andMore(uniq.slice(0, 3).join(msg(locale).comma), formatNumber(uniq.length, locale));
}

/** More points than this in a series: its extremes are told, not its largest step. */
const LONG_SERIES = 24;
/** At most this many missing periods are named. */
const GAPS_NAMED = 8;

/**
 * The change from the earliest comparable point to the latest: a share in percentage points; a
 * positive level in percent; a level that can be (or is) below zero as a difference in its unit.
 */
function sinceFirst(first: TrendPoint, latest: TrendPoint, signed: boolean, locale: Locale): SinceFirst | undefined {
  const unit = latest.unit;
  const how = unit === '%' ? 'share' : signed || first.value <= 0 || latest.value <= 0 ? 'difference' : 'ratio';
  const diff = latest.value - first.value;
  let amount: string;
  if (how === 'ratio') {
    const pct = Math.abs((latest.value / first.value - 1) * 100);
    if (!Number.isFinite(pct)) return undefined;
    amount = `${formatNumber(pct, locale, pct < 10 ? 1 : 0)}%`;
  } else amount = formatValue(roundLike(Math.abs(diff), 0.01), how === 'share' ? 'pp' : unit, 'exact', locale);
  return {
    how,
    up: diff >= 0,
    about: first.bound !== 'exact' || latest.bound !== 'exact',
    amount,
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

  // One pass over the points shown (a long series has 10,000) for all the sentences need.
  let shownCount = 0;
  let reportedCount = 0;
  /** The latest reported point (among equals a first-published one), the lowest and the highest. */
  let latest: TrendPoint | undefined;
  let min: TrendPoint | undefined;
  let max: TrendPoint | undefined;
  /** The period length of every reported point, '' when they differ. */
  let freq: string | undefined;
  let anyFirstPublished = false;
  const estimates: TrendPoint[] = [];
  const lowerBounds: TrendPoint[] = [];
  const revised: TrendPoint[] = [];
  const derived: TrendPoint[] = [];
  for (const l of lines) {
    for (const p of l.points) {
      shownCount++;
      if (p.bound === 'estimate') estimates.push(p);
      else if (p.bound === 'lowerBound') lowerBounds.push(p);
      if (p.revised) revised.push(p);
      else anyFirstPublished = true;
      if (p.derived) {
        derived.push(p);
        continue;
      }
      reportedCount++;
      if (!latest || p.place.x > latest.place.x || (p.place.x === latest.place.x && latest.revised && !p.revised)) latest = p;
      if (!min || p.value < min.value) min = p;
      if (!max || p.value > max.value) max = p;
      freq = freq === undefined || freq === p.place.freq ? p.place.freq : '';
    }
  }

  if (latest && min && max) {
    const line = lines[lines.findIndex((l) => l.index === latest.lineIndex)];
    const when = observationPeriod(latest.obs, locale);
    const value = pointValue(latest, latest.unit, locale);
    const signed = s.signed ?? data.signed ?? false;
    // The earliest comparable point, preferring one from a source that is not of low confidence.
    const first = line.points.find((p) => !p.derived && p.obs.source.confidence !== 'low') ?? line.points.find((p) => !p.derived);
    const since = first && first !== latest && (first.value !== 0 || signed) ? sinceFirst(first, latest, signed, locale) : undefined;
    out.push(t.latest({ name, value, when, revised: latest.revised, belowZero: latest.value < 0, since }));

    // The largest move: the largest reported change; in a long series its extremes; else the largest step.
    if (reportedCount > LONG_SERIES) {
      out.push(
        t.range({
          count: formatNumber(reportedCount, locale),
          unit: t.periodWord(freq ?? '', reportedCount),
          min: pointValue(min, min.unit, locale),
          minWhen: observationPeriod(min.obs, locale),
          max: pointValue(max, max.unit, locale),
          maxWhen: observationPeriod(max.obs, locale),
        }),
      );
    } else if (bars.length) {
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
      if (best && shownCount > 2) {
        const [a, b] = best;
        const diff = b.value - a.value;
        out.push(
          t.largestStep({
            from: formatPeriod(a.period, locale),
            to: formatPeriod(b.period, locale),
            up: diff >= 0,
            amount: formatValue(roundLike(Math.abs(diff), 0.01), a.unit === '%' ? 'pp' : a.unit, 'exact', locale),
          }),
        );
      }
    }

    const gaps = missingPeriods(line, GAPS_NAMED + 1);
    const named = gaps.periods.map((g) => formatPeriod(g, locale));
    if (gaps.count > GAPS_NAMED) out.push(t.manyGaps(formatNumber(gaps.count, locale), list(named.slice(0, 3), locale)));
    else if (gaps.count) out.push(t.gaps(list(named, locale)));
    const periods = (points: TrendPoint[]) => points.map((p) => formatPeriod(p.period, locale));
    if (estimates.length) out.push(t.estimates(list(periods(estimates), locale)));
    if (lowerBounds.length) out.push(t.lowerBounds(list(periods(lowerBounds), locale)));
    if (revised.length && anyFirstPublished) out.push(t.revisedApart(list(periods(revised), locale)));
    for (const d of derived) {
      out.push(t.derivedPoint({ when: formatPeriod(d.period, locale), value: pointValue(d, d.unit, locale), method: text(d.derived!.method, locale) }));
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
