import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CspReport {
  header: string;
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  result: { states: string[]; charts: boolean[]; canvases: number[]; legends: number[]; error?: string };
}

describe('civic-indicator-trend: strict Content-Security-Policy page', () => {
  it('renders trends in every theme, with tooltips, legends, tables, disposal and re-insertion, and zero violations', async function () {
    this.timeout(45000);
    const report = await executeServerCommand<CspReport, { query: string; page: string }>('csp-check', {
      query: '',
      page: '/test/indicator-trend/csp/page.html',
    });
    expect(report.header).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    expect(report.result.error).to.equal(undefined);
    expect(report.violations, report.violations.join('\n')).to.deep.equal([]);
    expect(report.pageErrors, report.pageErrors.join('\n')).to.deep.equal([]);
    expect(report.consoleErrors, report.consoleErrors.join('\n')).to.deep.equal([]);
    expect(report.result.states).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(report.result.charts).to.deep.equal([true, true, true, true]);
    expect(report.result.canvases.every((n) => n > 0)).to.equal(true);
    expect(report.result.legends).to.deep.equal([0, 2, 2, 2]);
  });
});
