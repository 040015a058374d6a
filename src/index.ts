/**
 * civic-charts: classes and types. Importing this module registers nothing; import
 * `civic-charts` (all elements) or `civic-charts/<element>` to register tags.
 */
export { CivicElement } from './core/civic-element.js';
export { CivicChartElement } from './core/chart-element.js';
export type { CivicState, CivicErrorDetail, CivicSelectDetail, RenderContext } from './core/civic-element.js';
export type { ChartItem, TableModel } from './core/a11y.js';
export type { Locale } from './core/locale.js';
export type { Palette, ThemeName } from './core/theme.js';
export type { Issue, ValidationResult } from './core/validate.js';
export { validateClusterGaugeData } from './components/cluster-gauge/validate.js';
export { formatPeriod, formatValue, formatQuantity } from './core/format.js';

export { CivicClusterGauge } from './components/cluster-gauge/cluster-gauge.js';
export { clusterGaugeOption } from './components/cluster-gauge/options.js';
export { clusterGaugeSummary } from './components/cluster-gauge/summary.js';

export { CivicIndicatorTrend } from './components/indicator-trend/indicator-trend.js';
export { validateIndicatorTrendData } from './components/indicator-trend/validate.js';
export { indicatorTrendOption } from './components/indicator-trend/options.js';
export { indicatorTrendSummary } from './components/indicator-trend/summary.js';
export { trendModel, placePeriod } from './components/indicator-trend/model.js';
export { loadIndicatorTrendRecord } from './components/indicator-trend/record.js';
export type { IndicatorTrendData, IndicatorTrendSeries } from './components/indicator-trend/types.js';

export { CivicTargetProgress } from './components/target-progress/target-progress.js';
export { validateTargetProgressData } from './components/target-progress/validate.js';
export { targetProgressSummary } from './components/target-progress/summary.js';
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
export { instituteMapOption } from './components/institute-map/options.js';
export { instituteMapSummary } from './components/institute-map/summary.js';
export { mapModel } from './components/institute-map/model.js';
export { indexGeoJson } from './components/institute-map/geo.js';
export { loadInstituteMapRecord, toInstituteMapData } from './components/institute-map/record.js';
export type { InstituteMapData, InstituteMapInstitute, InstituteMapLocation } from './components/institute-map/types.js';

export type * from './data/types.js';
