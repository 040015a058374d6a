// `executeServerCommand('civic-forced-colors', { active })`: emulates forced colours (Windows High
// Contrast) on the test page through the DevTools protocol (@web/test-runner's emulateMedia offers
// it with Playwright only, and puppeteer's emulateMediaFeatures refuses the feature). Pass
// `active: false` to end it: the page is shared by the file's later tests.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'civic-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'civic-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] });
      return true;
    },
  };
}
