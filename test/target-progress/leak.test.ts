import '../../src/components/target-progress/define.js';
import { leakSuite } from '../support/leak.js';

describe('civic-target-progress: no leak', () => {
  leakSuite('civic-target-progress', (el) => el.setAttribute('record', 'new_hitech_year'), false);
});
