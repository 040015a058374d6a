import { useState } from 'react';
import { ClusterGauge, IndicatorTrend, InstituteMap, TargetProgress } from 'civic-charts/react';
import { Extra } from './extra';
import { english, firstCluster, invalidCluster, secondCluster } from './data';
import { useLog } from './log';

export function App() {
  const [gauge, setGauge] = useState(firstCluster);
  const [log, add] = useLog();
  return (
    <main>
      <button type="button" id="next" onClick={() => setGauge(secondCluster)}>
        Next cluster
      </button>
      <ClusterGauge
        id="gauge"
        className="chart"
        data={gauge}
        locale="en"
        onCivicReady={(e) => add(`ready gauge: ${english(e.detail.data.name)}`)}
        onCivicSelect={(e) => add(`select gauge: ${e.detail.label}`)}
        onCivicError={(e) => add(`error gauge: ${e.detail.message}`)}
      />
      <ClusterGauge id="invalid" data={invalidCluster} locale="en" onCivicError={(e) => add(`error invalid: ${e.detail.issues.length} issues`)} />
      <IndicatorTrend
        id="trend"
        record="hitech_enterprise_count,hitech_enterprise_new"
        locale="en"
        onCivicReady={(e) => add(`ready trend: ${e.detail.data.series.length} series`)}
        onCivicLegendToggle={(e) => add(`legend trend: ${e.detail.series} ${e.detail.visible ? 'shown' : 'hidden'}`)}
      />
      <TargetProgress id="progress" record="report_targets" locale="en" onCivicReady={() => add('ready progress')} />
      <InstituteMap id="map" record="institutes" locale="en" onCivicReady={(e) => add(`ready map: ${e.detail.data.institutes.length} institutes`)} />
      <Extra gauge={gauge} add={add} />
      <h2>Events</h2>
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
