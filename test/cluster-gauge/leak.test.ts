import '../../src/components/cluster-gauge/define.js';
import { leakSuite } from '../support/leak.js';

describe('civic-cluster-gauge: no leak', () => {
  leakSuite('civic-cluster-gauge', (el) => el.setAttribute('record', 'new_materials'), true);
});
