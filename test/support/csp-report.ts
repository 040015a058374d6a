/** The strict-CSP page check shared by every csp.test.ts (the page runs test/support/csp-driver.ts). */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export const STRICT_CSP_HEADER =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

export interface CspReport<R> {
  header: string;
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  result: R & { error?: string };
}

/**
 * Opens `page` (default test/csp/page.html) with the strict CSP and checks what every such page
 * must show: exactly the CSP header, no scenario error, and no violation, page error or console error.
 * Returns the report for the element-specific checks of `result`.
 */
export async function strictCspReport<R>(page?: string): Promise<CspReport<R>> {
  const payload = page === undefined ? { query: '' } : { query: '', page };
  // csp-open / csp-wait, not csp-check: a server command must answer within 20 s, which a cold
  // first page (every ECharts module transformed) on a busy machine can take on its own.
  const id = await executeServerCommand<number, { query: string; page?: string }>('csp-open', payload);
  let step: { done: boolean; report?: CspReport<R> };
  do step = await executeServerCommand<typeof step, { id: number; ms: number }>('csp-wait', { id, ms: 10000 });
  while (!step.done);
  const report = step.report!;
  expect(report.header).to.equal(STRICT_CSP_HEADER);
  expect(report.result.error).to.equal(undefined);
  expect(report.violations, report.violations.join('\n')).to.deep.equal([]);
  expect(report.pageErrors, report.pageErrors.join('\n')).to.deep.equal([]);
  expect(report.consoleErrors, report.consoleErrors.join('\n')).to.deep.equal([]);
  return report;
}
