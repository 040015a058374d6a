// Type tests of civic-charts/react, compiled with tsc, never bundled. Each @ts-expect-error
// must meet an error: were the props loosely typed (any), tsc would fail on an unused directive.
import { useRef } from 'react';
import { ClusterGauge, IndicatorTrend, InstituteMap, TargetProgress, type ClusterGaugeProps } from 'civic-charts/react';
import type { CivicClusterGauge, IndicatorTrendData } from 'civic-charts/classes';
import { firstCluster } from './data';

declare const trendData: IndicatorTrendData;

export function Accepted() {
  const ref = useRef<CivicClusterGauge>(null);
  const props: ClusterGaugeProps = { data: firstCluster, theme: 'dark' };
  return (
    <>
      <ClusterGauge
        ref={ref}
        data={firstCluster}
        locale="zh-CN"
        theme="high-contrast"
        hideTitle
        showTable={false}
        fetchTimeout={5000}
        className="chart"
        aria-label="gauge"
        onClick={(e) => e.currentTarget.data?.tier}
        onCivicReady={(e) => e.detail.data.tier.length + (e.detail.data.value?.value ?? 0)}
        onCivicSelect={(e) => e.detail.label.toUpperCase() + e.detail.key}
        onCivicError={(e) => e.detail.issues.map((issue) => issue.path + issue.message)}
      />
      <ClusterGauge {...props} />
      <IndicatorTrend data={trendData} onCivicLegendToggle={(e) => (e.detail.visible ? e.detail.series : '')} />
      <TargetProgress record="report_targets" onCivicReady={(e) => e.detail.data.goals.length} />
      <InstituteMap src="/institutes.json" onCivicSelect={(e) => e.detail.item} />
    </>
  );
}

export function Rejected() {
  return (
    <>
      {/* @ts-expect-error data is ClusterGaugeData, not a number */}
      <ClusterGauge data={42} />
      {/* @ts-expect-error the gauge's data is not trend data */}
      <ClusterGauge data={trendData} />
      {/* @ts-expect-error theme is one of the theme names */}
      <ClusterGauge theme="neon" />
      {/* @ts-expect-error state is set by the element, not by the page */}
      <ClusterGauge state="ready" />
      {/* @ts-expect-error methods are not props */}
      <IndicatorTrend toggleSeries={() => {}} />
      {/* @ts-expect-error the gauge fires no civic-legend-toggle */}
      <ClusterGauge onCivicLegendToggle={() => {}} />
      {/* @ts-expect-error detail.label is a string */}
      <ClusterGauge onCivicSelect={(e) => takesNumber(e.detail.label)} />
      {/* @ts-expect-error detail.data of the gauge has no series */}
      <ClusterGauge onCivicReady={(e) => e.detail.data.series} />
    </>
  );
}

function takesNumber(n: number): number {
  return n;
}
