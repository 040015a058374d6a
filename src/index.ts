/**
 * civic-charts: classes, pure builders and types. Importing this module registers nothing; import
 * `civic-charts` (all elements) or `civic-charts/<element>` to register tags.
 */
export { CivicElement } from './core/civic-element.js';
export { CivicChartElement } from './core/chart-element.js';
export type { CivicState, FigureContext } from './core/civic-element.js';
export type { ChartBuilders, OptionMerge } from './core/chart-element.js';
export type { ElementBuilders, RenderContext, TextContext } from './core/builders.js';
export type {
  CivicEventDetails,
  CivicEventName,
  CivicErrorDetail,
  CivicLegendToggleDetail,
  CivicReadyDetail,
  CivicSelectDetail,
} from './core/events.js';
export type { ChartItem, TableModel } from './core/a11y.js';
export type { Locale } from './core/locale.js';
export type { Palette, ThemeName } from './core/theme.js';
export type { Issue, ValidationResult } from './core/validate.js';
export { formatValue, formatQuantity } from './core/format.js';
export { formatPeriod, parsePeriod } from './core/periods.js';
export { KNOWN_UNITS, type KnownUnit, type Unit } from './core/units.js';

export { CivicClusterGauge } from './components/cluster-gauge/cluster-gauge.js';
export { validateClusterGaugeData } from './components/cluster-gauge/validate.js';
export { clusterGaugeBuilders } from './components/cluster-gauge/builders.js';
export { gaugeModel } from './components/cluster-gauge/model.js';
export type { GaugeModel } from './components/cluster-gauge/model.js';
export { loadClusterGaugeRecord, toClusterGaugeData } from './components/cluster-gauge/record.js';
export type { ClusterGaugeData } from './components/cluster-gauge/types.js';

export { CivicIndicatorTrend } from './components/indicator-trend/indicator-trend.js';
export { validateIndicatorTrendData } from './components/indicator-trend/validate.js';
export { indicatorTrendBuilders } from './components/indicator-trend/builders.js';
export { trendModel, trendView, placePeriod } from './components/indicator-trend/model.js';
export type { TrendModel } from './components/indicator-trend/model.js';
export { loadIndicatorTrendRecord } from './components/indicator-trend/record.js';
export type { IndicatorTrendData, IndicatorTrendSeries } from './components/indicator-trend/types.js';

export { CivicTargetProgress } from './components/target-progress/target-progress.js';
export { validateTargetProgressData } from './components/target-progress/validate.js';
export { targetProgressBuilders } from './components/target-progress/builders.js';
export { progressModel } from './components/target-progress/model.js';
export type { ProgressModel } from './components/target-progress/model.js';
export { loadTargetProgressRecord, targetProgressRecordIds } from './components/target-progress/record.js';
export type {
  TargetProgressData,
  TargetGoal,
  GoalKind,
  GoalTarget,
  GoalDeadline,
  LaterTarget,
} from './components/target-progress/types.js';

export { CivicInstituteMap } from './components/institute-map/institute-map.js';
export { validateInstituteMapData } from './components/institute-map/validate.js';
export { instituteMapBuilders } from './components/institute-map/builders.js';
export { mapModel } from './components/institute-map/model.js';
export type { MapModel, MapView } from './components/institute-map/model.js';
export { indexGeoJson } from './components/institute-map/geo.js';
export { loadInstituteMapRecord, toInstituteMapData } from './components/institute-map/record.js';
export type { InstituteMapData, InstituteMapInstitute, InstituteMapLocation } from './components/institute-map/types.js';

export type * from './data/types.js';
