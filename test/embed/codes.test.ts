// The embed codes shown by the demo page and the Storybook docs (src/embed/codes.ts, code-panel.ts).
import { expect } from '@open-wc/testing';
import { embedCodes, escapeAttribute } from '../../src/embed/codes.js';
import { copyText, embedCodePanel } from '../../src/embed/code-panel.js';

describe('embed codes', () => {
  it('are the README forms: the element bundle and its tag; embed.html with its query and embed-host.js', () => {
    const codes = embedCodes({
      element: 'cluster-gauge',
      record: 'new_materials',
      locale: 'en',
      base: 'https://your.cdn/civic-charts/',
      title: 'New materials cluster',
    });
    expect(codes.script).to.equal(
      '<script type="module" src="https://your.cdn/civic-charts/cdn/cluster-gauge.js"></script>\n\n' +
        '<civic-cluster-gauge record="new_materials" locale="en"></civic-cluster-gauge>',
    );
    expect(codes.iframe).to.equal(
      '<iframe data-civic-embed title="New materials cluster"\n' +
        '        src="https://your.cdn/civic-charts/embed.html?element=cluster-gauge&amp;record=new_materials&amp;locale=en"></iframe>\n' +
        '<script type="module" src="https://your.cdn/civic-charts/cdn/embed-host.js"></script>',
    );
  });

  it('parse back to exactly the attributes and query asked for, whatever the values hold', () => {
    const title = 'A "quoted" <b>title</b> & more';
    const record = 'gdp,rd_intensity';
    const codes = embedCodes({ element: 'indicator-trend', record, theme: 'dark', base: 'https://x.example/c', title });
    const doc = new DOMParser().parseFromString(`${codes.script}${codes.iframe}`, 'text/html');
    const el = doc.querySelector('civic-indicator-trend')!;
    expect([...el.attributes].map((a) => [a.name, a.value])).to.deep.equal([
      ['record', record],
      ['theme', 'dark'],
    ]);
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.title).to.equal(title);
    expect(doc.querySelectorAll('b').length, 'no markup from values').to.equal(0);
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.origin + src.pathname).to.equal('https://x.example/c/embed.html');
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({ element: 'indicator-trend', record, theme: 'dark' });
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).to.deep.equal([
      'https://x.example/c/cdn/indicator-trend.js',
      'https://x.example/c/cdn/embed-host.js',
    ]);
  });

  it('use src when there is no record, and escape it', () => {
    const codes = embedCodes({ element: 'target-progress', src: 'https://d.example/a.json?x=1&y="2"', base: '/c/' });
    expect(codes.script).to.include('<civic-target-progress src="https://d.example/a.json?x=1&amp;y=&quot;2&quot;"></civic-target-progress>');
    const iframe = new DOMParser().parseFromString(codes.iframe, 'text/html').querySelector('iframe')!;
    expect(new URL(iframe.getAttribute('src')!, 'https://h.example/').searchParams.get('src')).to.equal('https://d.example/a.json?x=1&y="2"');
    expect(escapeAttribute(`&"<>'`)).to.equal(`&amp;&quot;&lt;&gt;'`);
  });
});

describe('the embed code panel', () => {
  let original: PropertyDescriptor | undefined;
  beforeEach(() => (original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')));
  afterEach(() => original && Object.defineProperty(Navigator.prototype, 'clipboard', original));
  const stubClipboard = (writeText: (t: string) => Promise<void>) =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

  it('shows both snippets as text and copies one with its button', async () => {
    const copied: string[] = [];
    stubClipboard(async (t) => void copied.push(t));
    const panel = embedCodePanel({ element: 'institute-map', record: 'institutes', base: 'https://c.example/', title: '<i>x</i>' }, 'en');
    document.body.append(panel);
    try {
      const codes = [...panel.querySelectorAll('code')].map((c) => c.textContent);
      const expected = embedCodes({ element: 'institute-map', record: 'institutes', base: 'https://c.example/', title: '<i>x</i>' });
      expect(codes).to.deep.equal([expected.script, expected.iframe]);
      expect(panel.querySelectorAll('i').length).to.equal(0);
      const buttons = panel.querySelectorAll('button');
      buttons[1].click();
      await new Promise((r) => setTimeout(r, 0));
      expect(copied).to.deep.equal([expected.iframe]);
      expect(panel.querySelectorAll('[role="status"]')[1].textContent).to.equal('Copied');
    } finally {
      panel.remove();
    }
  });

  it('selects the text when the clipboard is refused', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const panel = embedCodePanel({ element: 'cluster-gauge', record: 'automotive', base: '/c/' }, 'zh-CN');
    document.body.append(panel);
    try {
      const code = panel.querySelector('code')!;
      expect(await copyText(code.textContent!, code)).to.equal(false);
      expect(getSelection()!.toString()).to.equal(code.textContent);
      getSelection()!.removeAllRanges();
      panel.querySelector('button')!.click();
      await new Promise((r) => setTimeout(r, 0));
      expect(getSelection()!.toString()).to.equal(code.textContent);
      expect(panel.querySelector('[role="status"]')!.textContent).to.equal('已选中，按 Ctrl+C（⌘C）复制');
    } finally {
      panel.remove();
    }
  });
});
