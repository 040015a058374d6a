// React 19: the bare tag, registered by its own module, typed by civic-charts/react/jsx.
import 'civic-charts/cluster-gauge';
import type {} from 'civic-charts/react/jsx';
import type { ClusterGaugeData } from 'civic-charts/classes';
import { english } from './data';

export function Extra({ gauge, add }: { gauge: ClusterGaugeData; add: (line: string) => void }) {
  return (
    <civic-cluster-gauge
      id="bare"
      data={gauge}
      locale="en"
      oncivic-ready={(e) => add(`ready bare: ${english(e.detail.data.name)}`)}
      oncivic-select={(e) => add(`select bare: ${e.detail.label}`)}
    />
  );
}
