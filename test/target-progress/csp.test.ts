import { expect } from '@open-wc/testing';
import { strictCspReport } from '../support/csp-report.js';

describe('civic-target-progress on a strict Content-Security-Policy page', () => {
  it('renders rows in every theme, with tooltips, tables, removal and re-insertion, and zero violations', async function () {
    this.timeout(45000);
    const { result } = await strictCspReport<{ states: string[]; rows: number[] }>('/test/target-progress/csp/page.html');
    expect(result.states).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(result.rows).to.deep.equal([5, 1, 2, 1]);
  });
});
