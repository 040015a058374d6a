/**
 * The trend's pure builders in one place: what the element, the static renderer and the tests
 * share. Texts take the full model (every series); the option and the keyboard items take the
 * view (the model without the series hidden with the legend).
 */
import type { ChartBuilders } from '../../core/chart-element.js';
import { text } from '../../core/locale.js';
import type { Source } from '../../data/types.js';
import { type TrendModel, nothingPlotted, seriesDefaults } from './model.js';
import { indicatorTrendOption } from './options.js';
import { indicatorTrendSubtitle, indicatorTrendSummary } from './summary.js';
import { indicatorTrendItems, indicatorTrendTable } from './table.js';

/** Every distinct source object of the data, in order; at most a few hundred (a source line is not a bibliography). */
function sources(m: TrendModel): Source[] {
  const out: Source[] = [];
  const seen = new Set<unknown>();
  for (const s of m.data.series) {
    // The inherited source read directly: seriesObservations would copy every observation that
    // inherits one (the model made those copies already; a long series has 10,000).
    const inherited = seriesDefaults(m.data, s).source;
    for (const o of s.observations) {
      const source = (o.source ?? inherited)!;
      if (seen.has(source)) continue;
      seen.add(source);
      out.push(source);
      if (out.length > 200) break;
    }
  }
  for (const t of m.data.targets ?? []) out.push(t.source);
  return out;
}

export const indicatorTrendBuilders: ChartBuilders<TrendModel> = {
  isEmpty: nothingPlotted,
  title: (m, { locale }) => text(m.data.title ?? m.data.name, locale),
  subtitle: indicatorTrendSubtitle,
  summary: indicatorTrendSummary,
  table: indicatorTrendTable,
  notes: (m, { locale }) => (m.data.notes ?? []).map((n) => text(n, locale)),
  sources,
  items: indicatorTrendItems,
  option: indicatorTrendOption,
};
