// Every Storybook story under the strict CSP of SPEC.md with Trusted Types. Storybook's own preview
// iframe runs inline scripts, so it cannot be put under this CSP; what is checked is each story's
// content: the story composed as Storybook composes it (args, render, decorators of the story, the
// meta and .storybook/annotations.ts), rendered on a page served with exactly the strict CSP
// (test/stories/page.html, entry.ts), settled, exercised and removed, with zero violations,
// console errors and page errors charged to it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import annotations from '../../.storybook/annotations.js';
import { composeModule } from './compose.js';
import type { StoriesReport } from './entry.js';
import { STRICT_CSP_HEADER, type CspReport } from '../support/csp-report.js';

/** Listed (not globbed) so each module is a test of its own; the first test keeps the list whole. */
const MODULES = {
  'cluster-gauge': () => import('../../stories/cluster-gauge.stories.js'),
  'indicator-trend': () => import('../../stories/indicator-trend.stories.js'),
  'institute-map': () => import('../../stories/institute-map.stories.js'),
  'portal-data': () => import('../../stories/portal-data.stories.js'),
  'target-progress': () => import('../../stories/target-progress.stories.js'),
  theme: () => import('../../stories/theme.stories.js'),
};

type Report = CspReport<StoriesReport>;

/** Opens the stories page once for every module and waits (in steps: a server command has 20 s). */
async function runAllStories(): Promise<Report> {
  const id = await executeServerCommand<number, { query: string; page: string }>('csp-open', {
    query: `modules=${Object.keys(MODULES).join(',')}`,
    page: '/test/stories/page.html',
  });
  for (;;) {
    const step = await executeServerCommand<{ done: boolean; report?: Report }, { id: number; ms: number }>('csp-wait', { id, ms: 10000 });
    if (step.done) return step.report!;
  }
}

/** Everything wrong with one story, one line per kind, naming the story. */
function problems(s: StoriesReport['stories'][number]): string[] {
  const found: string[] = [];
  const say = (what: string, list: string[]) => list.length && found.push(`${s.label}: ${what}:\n    ${list.join('\n    ')}`);
  say('CSP / Trusted Types violations', s.violations);
  say('console errors', s.consoleErrors);
  say('page errors', s.pageErrors);
  say('still loading', s.unsettled);
  say('ready but nothing drawn', s.undrawn);
  say('not held loading on the held-open src', s.notHeld);
  say('the arrow keys opened no tooltip', s.noTooltip);
  if (!s.elements.length) found.push(`${s.label}: no civic-* element rendered`);
  return found;
}

describe('every story under the strict Content-Security-Policy', () => {
  let report: Report;

  before(async function () {
    this.timeout(180000);
    report = await runAllStories();
  });

  it('covers every stories module Storybook loads', async () => {
    const files = await executeServerCommand<string[], undefined>('story-files');
    expect(files).to.deep.equal(Object.keys(MODULES).sort());
  });

  it('served the page with exactly the strict CSP, and nothing went wrong outside the stories', () => {
    expect(report.header).to.equal(STRICT_CSP_HEADER);
    expect(report.result.error, report.result.error).to.equal(undefined);
    const o = report.result.outside;
    expect([...o.violations, ...o.consoleErrors, ...o.pageErrors]).to.deep.equal([]);
    // Recorded by the plugin for the whole page, also before the page's own listeners: anything
    // here is charged to a story in the per-module tests below, or is an error of its own.
    if (report.result.stories.every((s) => problems(s).length === 0)) {
      expect([...report.violations, ...report.consoleErrors, ...report.pageErrors]).to.deep.equal([]);
    }
  });

  for (const [module, load] of Object.entries(MODULES)) {
    it(`${module}: every story renders, settles and is used with zero violations, console errors or page errors`, async () => {
      const expected = composeModule(await load(), annotations as never);
      const stories = report.result.stories.filter((s) => s.module === module);
      const found = stories.flatMap(problems);
      // One story per entry (a deep-equal diff would print the list twice).
      if (found.length) throw new Error(`${found.length} problem(s) in stories/${module}.stories.ts:\n${found.join('\n')}`);
      expect(report.result.totals[module]).to.equal(expected.length);
      expect(stories.map((s) => s.id)).to.deep.equal(expected.map((s) => s.id));
    });
  }
});
