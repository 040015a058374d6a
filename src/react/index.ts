/**
 * civic-charts/react: the elements as typed React components (React 18 and 19), made with
 * `@lit/react`. Each wrapper registers the tag it wraps; a bundler leaves out the elements whose
 * wrappers an app does not use (this module and the wrapper modules have no top-level effects).
 *
 *   <ClusterGauge data={gauge} onCivicSelect={(e) => show(e.detail.label)} />
 */
export { ClusterGauge } from './cluster-gauge.js';
export { IndicatorTrend } from './indicator-trend.js';
export { TargetProgress } from './target-progress.js';
export { InstituteMap } from './institute-map.js';
export type { CivicComponent, CivicComponentProps } from './component.js';
export type { CivicLegendToggleDetail, CivicReadyDetail } from '../tags.js';

import type { CivicComponentProps } from './component.js';
export type ClusterGaugeProps = CivicComponentProps<'civic-cluster-gauge'>;
export type IndicatorTrendProps = CivicComponentProps<'civic-indicator-trend'>;
export type TargetProgressProps = CivicComponentProps<'civic-target-progress'>;
export type InstituteMapProps = CivicComponentProps<'civic-institute-map'>;
