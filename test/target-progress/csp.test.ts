import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CspReport {
  header: string;
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  result: { states: string[]; rows: number[]; error?: string };
}

describe('civic-target-progress on a strict Content-Security-Policy page', () => {
  it('renders rows in every theme, with tooltips, tables, removal and re-insertion, and zero violations', async function () {
    this.timeout(45000);
    const report = await executeServerCommand<CspReport, { query: string; page: string }>('csp-check', {
      query: '',
      page: '/test/target-progress/csp/page.html',
    });
    expect(report.header).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    expect(report.result.error).to.equal(undefined);
    expect(report.violations, report.violations.join('\n')).to.deep.equal([]);
    expect(report.pageErrors, report.pageErrors.join('\n')).to.deep.equal([]);
    expect(report.consoleErrors, report.consoleErrors.join('\n')).to.deep.equal([]);
    expect(report.result.states).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(report.result.rows).to.deep.equal([5, 1, 2, 1]);
  });
});
