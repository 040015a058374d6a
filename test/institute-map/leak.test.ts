import '../../src/components/institute-map/define.js';
import { mapData } from './fixtures.js';
import { leakSuite } from '../support/leak.js';

describe('civic-institute-map: no leak', () => {
  // Fixture data (four institutes) on the bundled district map: the whole record only makes each cycle slower.
  leakSuite('civic-institute-map', (el) => (el.data = mapData()), true);
});
