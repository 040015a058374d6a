// `executeServerCommand('nojs-view', { page })`: opens a page under test/ in a new tab with
// JavaScript turned off (a reader without JavaScript, an RSS reader, a search engine) and returns
// what is visible: the text of every visible <table> and whether any custom element was upgraded.


export function noJsPlugin() {
  return {
    name: 'civic-nojs-view',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nojs-view') return undefined;
      const rel = String(payload?.page ?? '');
      if (!/^\/test\/[\w/.-]+\.html$/.test(rel) || rel.includes('..')) throw new Error(`nojs-view: not a test page: ${rel}`);
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.setJavaScriptEnabled(false);
        await page.goto(new URL(rel, testPage.url()).href, { waitUntil: 'load' });
        // Evaluated through the DevTools protocol: it runs with page scripts disabled.
        return await page.evaluate(() => ({
          tables: [...document.querySelectorAll('table')]
            .filter((t) => t.getBoundingClientRect().height > 0 && getComputedStyle(t).visibility !== 'hidden')
            .map((t) => ({ caption: t.caption?.textContent?.trim() ?? '', cells: [...t.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '') })),
          upgraded: [...document.querySelectorAll('*')].some((e) => e.localName.includes('-') && !!e.shadowRoot),
        }));
      } finally {
        await page.close();
      }
    },
  };
}

