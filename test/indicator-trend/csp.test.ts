import { expect } from '@open-wc/testing';
import { strictCspReport } from '../support/csp-report.js';

describe('civic-indicator-trend: strict Content-Security-Policy page', () => {
  it('renders trends in every theme, with tooltips, legends, tables, disposal and re-insertion, and zero violations', async function () {
    this.timeout(45000);
    const { result } = await strictCspReport<{ states: string[]; charts: boolean[]; canvases: number[]; legends: number[] }>(
      '/test/indicator-trend/csp/page.html',
    );
    expect(result.states).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(result.charts).to.deep.equal([true, true, true, true]);
    expect(result.canvases.every((n) => n > 0)).to.equal(true);
    expect(result.legends).to.deep.equal([0, 2, 2, 2]);
  });
});
