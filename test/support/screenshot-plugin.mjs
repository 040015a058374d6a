// `executeServerCommand('screenshot', { path, selector? })`: saves a PNG of the test page (or of one
// element) so a person can look at what a test rendered. Paths are confined to test-results/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve('test-results');

export function screenshotPlugin() {
  return {
    name: 'civic-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const file = path.resolve(root, path.basename(String(payload?.name ?? 'shot')) + '.png');
      await mkdir(root, { recursive: true });
      const page = session.browser.getPage(session.id);
      if (payload?.selector) {
        const handle = await page.$(payload.selector);
        if (!handle) throw new Error(`screenshot: no element matches ${payload.selector}`);
        await handle.screenshot({ path: file });
      } else {
        await page.screenshot({ path: file, fullPage: true });
      }
      return file;
    },
  };
}
