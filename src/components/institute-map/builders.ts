/**
 * The map's pure builders in one place: what the element, the static renderer and the tests
 * share. Texts take the model (the institutes placed on the district map); the option and the
 * keyboard items take the view (the model under the legend's hidden statuses).
 */
import type { ChartBuilders } from '../../core/chart-element.js';
import { text } from '../../core/locale.js';
import { type MapModel, type MapView, mapTitle } from './model.js';
import { instituteMapOption } from './options.js';
import { instituteMapSubtitle, instituteMapSummary } from './summary.js';
import { instituteMapItems, instituteMapTable } from './table.js';

export const instituteMapBuilders: ChartBuilders<MapModel, MapView> = {
  isEmpty: (m) => m.total === 0,
  title: (m, { locale }) => mapTitle(m.data, locale),
  subtitle: instituteMapSubtitle,
  summary: instituteMapSummary,
  table: instituteMapTable,
  notes: (m, { locale }) => (m.data.notes ?? []).map((n) => text(n, locale)),
  /** Where each institute is named, then the sources of the locations drawn. */
  sources: (m) => [...m.data.institutes.map((i) => i.source), ...m.located.flatMap((p) => p.institute.location.sources ?? [])],
  items: instituteMapItems,
  option: instituteMapOption,
};
