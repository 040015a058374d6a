// `executeServerCommand('screenshot', { name, selector?, pixels? })`: saves a PNG of the test page
// (or of one element) in test-results/ so a person can look at what a test rendered; with
// `pixels: true` it also returns the PNG (base64) for the test to read what was painted
// (test/support/pixels.ts). Paths are confined to test-results/.
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
      let png;
      if (payload?.selector) {
        const handle = await page.$(payload.selector);
        if (!handle) throw new Error(`screenshot: no element matches ${payload.selector}`);
        png = await handle.screenshot({ path: file });
      } else {
        png = await page.screenshot({ path: file, fullPage: true });
      }
      return payload?.pixels ? { file, png: Buffer.from(png).toString('base64') } : file;
    },
  };
}
