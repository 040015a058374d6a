// `executeServerCommand('civic-heap')`: collects garbage in the test page, through the Chrome
// DevTools Protocol, and returns its JS heap use `{ usedSize, totalSize }` in bytes (leak tests).
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

export function heapPlugin() {
  return {
    name: 'civic-heap',
    async executeCommand({ command, session }) {
      if (command !== 'civic-heap') return undefined;
      const cdp = await cdpFor(session.browser.getPage(session.id));
      // Twice: what the first collection finalises (weak references, finalizers) goes with the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    },
  };
}
