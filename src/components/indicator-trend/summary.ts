/**
 * IndicatorTrendData → what a sighted reader takes from the chart, in zh-CN or en: per series the
 * latest value, the change over the range (only between comparable points: the same line, i.e.
 * the same vintage, period length and measure; always marked derived), the largest move (the
 * largest reported change, else the largest step between consecutive periods, derived), and the
 * gaps, estimates, lower bounds, revised and derived values.
 */
import { formatNumber, formatPeriod, formatValue, observationPeriod } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import type { IndicatorTrendData } from './types.js';
import { changeText, pointValue } from './format.js';
import { type TrendModel, type TrendPoint, consecutive, missingPeriods, roundLike } from './model.js';
import type { TextContext } from '../../core/builders.js';

function list(items: string[], locale: Locale): string {
  const uniq = [...new Set(items)];
  if (locale !== 'en') return uniq.join('、');
  if (uniq.length <= 2) return uniq.join(' and ');
  return `${uniq.slice(0, -1).join(', ')} and ${uniq[uniq.length - 1]}`;
}

function seriesSentences(data: IndicatorTrendData, m: TrendModel, si: number, locale: Locale): string[] {
  const en = locale === 'en';
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
    const marks: string[] = [];
    if (latest.revised) marks.push(en ? 'revised' : '修订值');
    const mark = marks.length ? (en ? ` (${marks.join(', ')})` : `（${marks.join('，')}）`) : '';
    let sentence = en ? `${name}: ${value} in ${when}${mark}` : `${name}${when}为${value}${mark}`;
    // The earliest comparable point, preferring one from a source that is not of low confidence.
    const first = line.points.find((p) => !p.derived && p.obs.source.confidence !== 'low') ?? line.points.find((p) => !p.derived);
    if (first && first !== latest && first.value !== 0) {
      const about = first.bound !== 'exact' || latest.bound !== 'exact';
      const firstWhen = formatPeriod(first.period, locale);
      const firstValue = pointValue(first, data.unit, locale);
      const vintage = latest.revised ? (en ? 'both revised' : '同为修订值') : en ? 'both first-published' : '同为首次公布值';
      const up = latest.value >= first.value;
      // A share changes in percentage points, anything else in percent.
      const amount =
        data.unit === '%'
          ? formatValue(roundLike(Math.abs(latest.value - first.value), 0.01), 'pp', 'exact', locale)
          : (() => {
              const pct = Math.abs((latest.value / first.value - 1) * 100);
              return `${formatNumber(pct, locale, pct < 10 ? 1 : 0)}%`;
            })();
      if (en) {
        const dir = data.unit === '%' ? (up ? 'up' : 'down') : up ? 'more' : 'less';
        sentence +=
          data.unit === '%'
            ? `, ${dir} ${about ? 'about ' : ''}${amount} on ${firstWhen} (${firstValue}; derived, ${vintage})`
            : `, ${about ? 'about ' : ''}${amount} ${dir} than in ${firstWhen} (${firstValue}; derived, ${vintage})`;
      } else {
        const dir = data.unit === '%' ? (up ? '提高' : '降低') : up ? '增长' : '下降';
        sentence += `，比${firstWhen}（${firstValue}）${dir}${about ? '约' : ''}${amount}（推算，${vintage}）`;
      }
    }
    out.push(`${sentence}${en ? '.' : '。'}`);

    // The largest move: the largest reported change, else the largest step between consecutive periods.
    if (bars.length) {
      const big = bars.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
      const bw = formatPeriod(big.period, locale);
      if (bars.length > 1) {
        out.push(
          en
            ? `The largest reported change was ${changeText(big, locale)} in ${bw}.`
            : `报告的最大变化为${bw}${changeText(big, locale)}。`,
        );
      }
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
        const amount = formatValue(roundLike(Math.abs(diff), 0.01), data.unit === '%' ? 'pp' : data.unit, 'exact', locale);
        out.push(
          en
            ? `The largest step was from ${formatPeriod(a.period, locale)} to ${formatPeriod(b.period, locale)}: ${diff >= 0 ? 'up' : 'down'} ${amount} (derived).`
            : `相邻时期变化最大的是${formatPeriod(a.period, locale)}至${formatPeriod(b.period, locale)}：${diff >= 0 ? '增加' : '减少'}${amount}（推算）。`,
        );
      }
    }

    const gaps = missingPeriods(line).map((g) => formatPeriod(g, locale));
    if (gaps.length) {
      out.push(en ? `No level for ${list(gaps, locale)}: the line breaks there.` : `${list(gaps, locale)}无水平值，折线在此断开。`);
    }
    const shown = lines.flatMap((l) => l.points);
    const est = shown.filter((p) => p.bound === 'estimate').map((p) => formatPeriod(p.period, locale));
    if (est.length) out.push(en ? `${list(est, locale)}: estimates (hollow markers, dashed lines).` : `${list(est, locale)}为预计值（空心标记、虚线）。`);
    const lower = shown.filter((p) => p.bound === 'lowerBound').map((p) => formatPeriod(p.period, locale));
    if (lower.length) out.push(en ? `${list(lower, locale)}: lower bounds ("over").` : `${list(lower, locale)}为下限值（“超过”）。`);
    const revised = shown.filter((p) => p.revised).map((p) => formatPeriod(p.period, locale));
    if (revised.length && shown.some((p) => !p.revised)) {
      out.push(
        en
          ? `Revised values (${list(revised, locale)}) are drawn apart, not joined to first-published ones.`
          : `修订值（${list(revised, locale)}）单独标出，不与首次公布值相连。`,
      );
    }
    const derived = shown.filter((p) => p.derived);
    for (const d of derived) {
      out.push(
        en
          ? `${formatPeriod(d.period, locale)} (${pointValue(d, data.unit, locale)}) is derived from the reported growth rate: ${text(d.derived!.method, locale)}.`
          : `${formatPeriod(d.period, locale)}（${pointValue(d, data.unit, locale)}）为由报告增速推算的值：${text(d.derived!.method, locale)}。`,
      );
    }
  } else if (bars.length) {
    const latest = bars[bars.length - 1];
    const when = formatPeriod(latest.period, locale);
    const noLevel = bars.some((b) => b.kind === 'yoy');
    out.push(
      en
        ? `${name}: ${changeText(latest, locale)} in ${when}${noLevel ? '; no level was reported' : ''}.`
        : `${name}：${when}${changeText(latest, locale).replace(/^(?=[+−±])/, '为')}${noLevel ? '，未报告水平值' : ''}。`,
    );
  }
  return out;
}

export function indicatorTrendSummary(m: TrendModel, { locale }: TextContext): string {
  const en = locale === 'en';
  const { data } = m;
  const parts: string[] = [];
  data.series.forEach((_, si) => parts.push(...seriesSentences(data, m, si, locale)));
  const drawn = m.targets.filter((t) => t.value !== undefined);
  if (drawn.length && m.points.length) {
    const names = drawn.map((t) => text(t.target.label, locale));
    parts.push(en ? `Reference lines: ${names.join('; ')}.` : `参考线：${names.join('；')}。`);
  }
  const unplaced = m.unplotted.filter((u) => u.reason === 'period' || u.reason === 'unit');
  if (unplaced.length) {
    parts.push(
      en
        ? `${unplaced.length} figure${unplaced.length > 1 ? 's' : ''} that cannot be placed on the time axis ${unplaced.length > 1 ? 'are' : 'is'} listed in the table.`
        : `另有${unplaced.length}项无法标在时间轴上的数据列于表中。`,
    );
  }
  if (!parts.length) {
    const name = text(data.title ?? data.name, locale);
    return en ? `${name}: no data reported.` : `${name}：暂无数据。`;
  }
  return parts.join(en ? ' ' : '');
}

/** The line under the title: scope and measure. */
export function indicatorTrendSubtitle({ data }: TrendModel, { locale }: TextContext): string {
  return [data.scope, data.measure].filter(Boolean).map((t) => text(t, locale)).join(' · ');
}
