import { expect } from '@open-wc/testing';
import { strictCspReport } from '../support/csp-report.js';

describe('strict Content-Security-Policy page', () => {
  it('renders all four elements in every theme, with tooltips, tables, disposal and re-insertion, and zero violations', async function () {
    this.timeout(45000);
    const { result } = await strictCspReport<{ tags: string[]; states: string[]; charts: boolean[]; canvases: number[] }>();
    expect(new Set(result.tags)).to.deep.equal(
      new Set(['civic-cluster-gauge', 'civic-indicator-trend', 'civic-target-progress', 'civic-institute-map']),
    );
    expect(result.states).to.deep.equal(Array(result.tags.length).fill('ready'));
    expect(result.charts).to.deep.equal(Array(result.tags.length).fill(true));
    result.tags.forEach((tag, i) => {
      if (tag !== 'civic-target-progress') expect(result.canvases[i], tag).to.be.greaterThan(0);
    });
  });
});
