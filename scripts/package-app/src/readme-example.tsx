// The README's React example, type-checked against the packed package (keep the two in step).
import { useState } from 'react';
import { ClusterGauge, IndicatorTrend } from 'civic-charts/react';
import type { ClusterGaugeData } from 'civic-charts/classes';

export function Cluster({ data }: { data: ClusterGaugeData }) {
  const [chosen, setChosen] = useState('');
  return (
    <>
      <ClusterGauge
        data={data}
        locale="en"
        theme="auto"
        onCivicReady={(e) => console.info('shown', e.detail.data)}
        onCivicError={(e) => console.warn(e.detail.message, e.detail.issues)}
        onCivicSelect={(e) => setChosen(e.detail.label)}
      />
      <IndicatorTrend record="gdp" onCivicLegendToggle={(e) => console.info(e.detail.series, e.detail.visible)} />
      <p>{chosen}</p>
    </>
  );
}
