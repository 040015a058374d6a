import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CspReport {
  header: string;
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  result: { states: string[]; charts: boolean[]; canvases: number[]; markers: number[]; unlocated: number[]; error?: string };
}

describe('civic-institute-map on a strict Content-Security-Policy page', () => {
  it('renders maps (bundled and geo-src), themes, tooltip, legend, table, disposal and re-insertion with zero violations', async function () {
    this.timeout(60000);
    const report = await executeServerCommand<CspReport, { query: string; page: string }>('csp-check', {
      query: '',
      page: '/test/institute-map/csp/page.html',
    });
    expect(report.header).to.contain("require-trusted-types-for 'script'");
    expect(report.result.error).to.equal(undefined);
    expect(report.violations, report.violations.join('\n')).to.deep.equal([]);
    expect(report.pageErrors, report.pageErrors.join('\n')).to.deep.equal([]);
    expect(report.consoleErrors, report.consoleErrors.join('\n')).to.deep.equal([]);
    expect(report.result.states).to.deep.equal(['ready', 'ready', 'ready']);
    expect(report.result.charts).to.deep.equal([true, true, true]);
    expect(report.result.canvases.every((n) => n > 0)).to.equal(true);
    // The first legend button was switched off in each map (the filter survives re-insertion).
    expect(report.result.markers).to.deep.equal([7, 7, 1]);
    expect(report.result.unlocated).to.deep.equal([13, 13, 1]);
  });
});
