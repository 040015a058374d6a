// Export under the strict CSP (opened by test/core/export.test.ts): toBlob in every format on every
// element (ECharts' SVG renderer in its lazy chunk, the canvas PNG, the progress SVG rasterised
// through a blob: image), the show-export menu's three downloads (blob: URLs on an anchor whose
// click is recorded, not followed) and the print image swap (data: URLs).
import '../../../src/civic-charts.js';
import type { CivicElement } from '../../../src/core/civic-element.js';

type Civic = CivicElement<object, unknown, unknown>;
const w = window as unknown as { __cspResult: unknown; __cspDone: boolean };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run() {
  const els = [...document.querySelectorAll<Civic>('#root > *')];
  for (let i = 0; i < 600 && els.some((el) => el.state !== 'ready'); i++) await sleep(25);
  const blobs: string[] = [];
  for (const el of els) {
    for (const format of ['png', 'svg', 'csv'] as const) {
      const blob = await el.toBlob(format);
      if (blob.size > 0) blobs.push(`${el.localName} ${format} ${blob.type}`);
    }
  }
  const downloads: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.href.startsWith('blob:')) downloads.push(this.download);
  };
  try {
    const menu = els[0].shadowRoot!.querySelector<HTMLDetailsElement>('[part="export"]')!;
    menu.open = true;
    for (const button of menu.querySelectorAll('button')) {
      button.click();
      for (let i = 0; i < 200 && downloads.length < blobs.length && !downloads.includes(`new_materials.${button.dataset.format}`); i++) await sleep(25);
    }
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  dispatchEvent(new Event('beforeprint'));
  await Promise.all(
    [...els].flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img.print-image')].map((img) => img.decode())),
  );
  dispatchEvent(new Event('afterprint'));
  return { blobs, downloads };
}

run().then(
  (result) => {
    w.__cspResult = result;
    w.__cspDone = true;
  },
  (e) => {
    w.__cspResult = { error: String((e as Error)?.stack ?? e) };
    w.__cspDone = true;
  },
);
