import '../../src/components/indicator-trend/define.js';
import { leakSuite } from '../support/leak.js';

describe('civic-indicator-trend: no leak', () => {
  leakSuite('civic-indicator-trend', (el) => el.setAttribute('record', 'tech_transactions'), true);
});
