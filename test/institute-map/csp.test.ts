import { expect } from '@open-wc/testing';
import { strictCspReport } from '../support/csp-report.js';

describe('civic-institute-map on a strict Content-Security-Policy page', () => {
  it('renders maps (bundled and geo-src), themes, tooltip, legend, table, disposal and re-insertion with zero violations', async function () {
    this.timeout(60000);
    const { result } = await strictCspReport<{ states: string[]; charts: boolean[]; canvases: number[]; markers: number[]; unlocated: number[] }>(
      '/test/institute-map/csp/page.html',
    );
    expect(result.states).to.deep.equal(['ready', 'ready', 'ready']);
    expect(result.charts).to.deep.equal([true, true, true]);
    expect(result.canvases.every((n) => n > 0)).to.equal(true);
    // The first legend button was switched off in each map (the filter survives re-insertion).
    expect(result.markers).to.deep.equal([7, 7, 1]);
    expect(result.unlocated).to.deep.equal([13, 13, 1]);
  });
});
