// Type tests of civic-charts/react/jsx (React 19 bare tags), compiled with tsc, never bundled.
import type {} from 'civic-charts/react/jsx';
import type { IndicatorTrendData } from 'civic-charts/classes';
import { firstCluster } from './data';

declare const trendData: IndicatorTrendData;

export function Accepted() {
  return (
    <>
      <civic-cluster-gauge data={firstCluster} locale="en" hideTitle className="chart" oncivic-select={(e) => e.detail.label.length} />
      <civic-indicator-trend data={trendData} oncivic-legend-toggle={(e) => e.detail.visible} />
      <civic-target-progress record="report_targets" oncivic-error={(e) => e.detail.message} />
      <civic-institute-map record="institutes" oncivic-ready={(e) => e.detail.data.institutes.length} />
    </>
  );
}

export function Rejected() {
  return (
    <>
      {/* @ts-expect-error data is ClusterGaugeData, not a number */}
      <civic-cluster-gauge data={42} />
      {/* @ts-expect-error the gauge's data is not trend data */}
      <civic-cluster-gauge data={trendData} />
      {/* @ts-expect-error detail.label is a string */}
      <civic-cluster-gauge oncivic-select={(e) => takesNumber(e.detail.label)} />
      {/* @ts-expect-error no such element */}
      <civic-cluster-gaug />
    </>
  );
}

function takesNumber(n: number): number {
  return n;
}
