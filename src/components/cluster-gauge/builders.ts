/**
 * The gauge's pure builders in one place: what the element, the static renderer and the tests
 * share. Each takes the model (built once per data by `gaugeModel`) and a context.
 */
import type { ChartBuilders } from '../../core/chart-element.js';
import { text } from '../../core/locale.js';
import { type GaugeModel, clusterName } from './model.js';
import { clusterGaugeOption } from './options.js';
import { clusterGaugeSubtitle, clusterGaugeSummary } from './summary.js';
import { clusterGaugeItems, clusterGaugeTable } from './table.js';

export const clusterGaugeBuilders: ChartBuilders<GaugeModel> = {
  isEmpty: (m) => !m.value,
  title: (m, { locale }) => (m.data.title ? text(m.data.title, locale) : clusterName(m.data, locale)),
  subtitle: clusterGaugeSubtitle,
  summary: clusterGaugeSummary,
  table: clusterGaugeTable,
  notes: (m, { locale }) => (m.data.notes ?? []).map((n) => text(n, locale)),
  sources: (m) => (m.data.value ? [m.data.value.source, m.data.target.source] : [m.data.target.source]),
  items: clusterGaugeItems,
  option: clusterGaugeOption,
};
