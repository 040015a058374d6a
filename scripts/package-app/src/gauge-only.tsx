// One wrapper: the build must leave out the other elements (checked on the output).
import { createRoot } from 'react-dom/client';
import { ClusterGauge } from 'civic-charts/react';
import { firstCluster } from './data';

createRoot(document.getElementById('root')!).render(<ClusterGauge data={firstCluster} />);
