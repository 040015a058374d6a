/**
 * A panel showing a chart's embed codes (codes.ts) with a copy button for each, built with DOM
 * calls only (text, never markup), so it runs under the strict CSP. The demo page and the
 * Storybook docs use it; it is in no bundle of the library.
 */
import { localized } from '../core/messages.js';
import type { Locale } from '../core/locale.js';
import { type EmbedCodeOptions, embedCodes } from './codes.js';

const words = localized({
  'zh-CN': {
    heading: '嵌入代码',
    script: '脚本标签',
    iframe: 'iframe',
    copy: '复制',
    copied: '已复制',
    selected: '已选中，按 Ctrl+C（⌘C）复制',
  },
  en: {
    heading: 'Embed codes',
    script: 'Script tag',
    iframe: 'iframe',
    copy: 'Copy',
    copied: 'Copied',
    selected: 'Selected: press Ctrl+C (⌘C) to copy',
  },
});

/** Selects the text of `el`, so the reader can copy it with the keyboard. */
function select(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Copies `text` with the Clipboard API; where that is refused (no permission, an insecure
 * context), selects `shown` instead. Resolves to true when the text was copied.
 */
export async function copyText(text: string, shown: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    select(shown);
    return false;
  }
}

function block(label: string, code: string, locale: Locale): HTMLElement {
  const t = words(locale);
  const section = document.createElement('div');
  section.className = 'civic-code';
  const head = document.createElement('div');
  head.className = 'civic-code__head';
  const name = document.createElement('span');
  name.textContent = label;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.copy;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'civic-code__status';
  head.append(name, button, status);
  const pre = document.createElement('pre');
  const codeEl = document.createElement('code');
  codeEl.textContent = code;
  pre.append(codeEl);
  button.addEventListener('click', async () => {
    status.textContent = (await copyText(code, codeEl)) ? t.copied : t.selected;
  });
  section.append(head, pre);
  return section;
}

/** The panel: a heading, then the script-tag and iframe snippets, each with its copy button. */
export function embedCodePanel(o: EmbedCodeOptions, locale: Locale): HTMLElement {
  const t = words(locale);
  const codes = embedCodes(o);
  const panel = document.createElement('section');
  panel.className = 'civic-embed-codes';
  const h = document.createElement('h3');
  h.textContent = t.heading;
  panel.append(h, block(t.script, codes.script, locale), block(t.iframe, codes.iframe, locale));
  return panel;
}
