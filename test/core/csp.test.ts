import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CspReport {
  header: string;
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  result: { tags: string[]; states: string[]; charts: boolean[]; canvases: number[]; error?: string };
}

describe('strict Content-Security-Policy page', () => {
  it('renders all four elements in every theme, with tooltips, tables, disposal and re-insertion, and zero violations', async function () {
    this.timeout(45000);
    const report = await executeServerCommand<CspReport, { query: string }>('csp-check', { query: '' });
    expect(report.header).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    expect(report.result.error).to.equal(undefined);
    expect(report.violations, report.violations.join('\n')).to.deep.equal([]);
    expect(report.pageErrors, report.pageErrors.join('\n')).to.deep.equal([]);
    expect(report.consoleErrors, report.consoleErrors.join('\n')).to.deep.equal([]);
    expect(new Set(report.result.tags)).to.deep.equal(
      new Set(['civic-cluster-gauge', 'civic-indicator-trend', 'civic-target-progress', 'civic-institute-map']),
    );
    expect(report.result.states).to.deep.equal(Array(report.result.tags.length).fill('ready'));
    expect(report.result.charts).to.deep.equal(Array(report.result.tags.length).fill(true));
    report.result.tags.forEach((tag, i) => {
      if (tag !== 'civic-target-progress') expect(report.result.canvases[i], tag).to.be.greaterThan(0);
    });
  });
});
