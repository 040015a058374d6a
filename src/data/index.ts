/** The data model and the bundled report dataset (loaded lazily, per file). */
export type * from './types.js';
export {
  clusterRecordIds,
  gaugeObservation,
  indicatorRecordIds,
  instituteRecordId,
  isOutputMeasure,
  loadCluster,
  loadClusterGaugeRecord,
  loadClusterPlan,
  loadIndicator,
  loadInstitutes,
  loadReportMeta,
  loadTarget,
  periodYear,
  targetRecordIds,
  toClusterGaugeData,
} from './records.js';
