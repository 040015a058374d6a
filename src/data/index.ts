/**
 * The bundled report dataset (loaded lazily, per file): the raw seed records, and each element's
 * data built from them. Every loader returns fresh copies and undefined for an unknown id.
 */
export type * from './types.js';
export {
  clusterRecordIds,
  indicatorRecordIds,
  instituteRecordId,
  loadCluster,
  loadClusterPlan,
  loadIndicator,
  loadInstitutes,
  loadReportMeta,
  loadTarget,
  targetRecordIds,
} from './records.js';
export { gaugeObservation, isOutputMeasure, loadClusterGaugeRecord, statedYear, toClusterGaugeData } from '../components/cluster-gauge/record.js';
export { loadIndicatorTrendRecord } from '../components/indicator-trend/record.js';
export { loadTargetProgressRecord, targetProgressRecordIds } from '../components/target-progress/record.js';
export { loadInstituteMapRecord, toInstituteMapData } from '../components/institute-map/record.js';
