/**
 * Export and print, for every element: `toBlob(format)` (the chart as PNG or SVG, the data table
 * as CSV), the `show-export` menu that downloads them, and the swap of a chart for a sharp image
 * while the page prints. The element supplies what only it can draw (its `ExportDrawing`); the
 * rest is here, so the base class only wires it. Making the files (export-files.ts) and drawing
 * SVG are loaded with `import()` on the first export: chunks of their own, outside the bundles.
 *
 * Everything works under the strict CSP: files are Blobs downloaded through an `<a download>`
 * with a `blob:` URL (revoked after), rasterising an SVG goes through an `<img>` on a `blob:` URL
 * and a canvas, and the print image is a `data:` URL; `img-src` allows both.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Locale } from './locale.js';
import type { Texts } from './model-cache.js';
import { exportTemplate } from './templates.js';

export const EXPORT_FORMATS = ['png', 'svg', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How an element's chart is drawn for export and print: only the element knows. */
export interface ExportDrawing {
  /** The chart alone as a standalone SVG document string. */
  svg(): Promise<string>;
  /** The chart as a PNG data: URL when the element has a better way than rasterising its SVG (a canvas). */
  png?(pixelRatio: number): string | undefined;
  /**
   * Readies the figure for print, synchronously; returns a sharp image (a data: URL) to print
   * instead of what is on screen, if any.
   */
  print?(): string | undefined;
}

/** What the base class gives the controller. */
export interface ExportSource {
  /** Every text of what is shown; undefined without data or with nothing to draw. */
  texts(): Texts | undefined;
  /** False while the drawing lacks something it needs (a map's districts): exports wait. */
  complete(): boolean;
  drawing(): ExportDrawing;
}

export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  state: string;
  record?: string;
  readonly resolvedLocale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Device pixels per CSS pixel of an exported PNG. */
export const PNG_PIXEL_RATIO = 2;

/** A file name from the record (or the element's id, or its tag): letters, digits, `-` and `_` only. */
export function exportFileName(host: Pick<ExportHost, 'record' | 'id' | 'localName'>, format: ExportFormat): string {
  const base = (host.record || host.id || host.localName).replace(/[^\p{L}\p{N}_-]+/gu, '_').replace(/^_+|_+$/g, '');
  return `${base.slice(0, 80) || 'chart'}.${format}`;
}

export class ExportController implements ReactiveController {
  /** A message under the menu after a failed download; empty otherwise. */
  private failed = false;
  private printed?: HTMLImageElement;
  private readonly beforePrint = () => this.swapForPrint();
  private readonly afterPrint = () => this.restoreAfterPrint();

  constructor(
    private readonly host: ExportHost,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    this.restoreAfterPrint();
  }

  /** See the element's `toBlob`. Waits for data on its way; rejects for a bad format or no data. */
  async toBlob(format: ExportFormat): Promise<Blob> {
    if (!EXPORT_FORMATS.includes(format)) {
      throw new TypeError(`toBlob: format must be 'png', 'svg' or 'csv', not ${JSON.stringify(format)}`);
    }
    await this.settled();
    const texts = this.source.texts();
    if (!texts) throw new Error(`toBlob: <${this.host.localName}> has no data to export (state "${this.host.state}")`);
    const files = await import('./export-files.js');
    return files.exportBlob(format, texts, this.host.resolvedLocale, this.source.drawing());
  }

  /** Saves the file (an `<a download>` on a blob: URL). */
  async download(format: ExportFormat): Promise<void> {
    try {
      const blob = await this.toBlob(format);
      (await import('./export-files.js')).save(blob, exportFileName(this.host, format));
      this.setFailed(false);
    } catch {
      this.setFailed(true);
    }
  }

  /** The menu (`part="export"`). */
  template(locale: Locale): TemplateResult {
    return exportTemplate(locale, (format) => void this.download(format), this.failed);
  }

  private setFailed(failed: boolean): void {
    if (this.failed === failed) return;
    this.failed = failed;
    this.host.requestUpdate();
  }

  /** Until the data has arrived and the drawing has all it needs (or the load failed). */
  private async settled(): Promise<void> {
    await this.host.updateComplete;
    while (this.host.state === 'loading' || (this.host.state === 'ready' && !this.source.complete())) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.host.removeEventListener('civic-ready', done);
          this.host.removeEventListener('civic-error', done);
          resolve();
        };
        this.host.addEventListener('civic-ready', done);
        this.host.addEventListener('civic-error', done);
      });
      await this.host.updateComplete;
    }
  }

  /**
   * Printing: a canvas prints at screen resolution, so the chart is swapped for an image drawn
   * for print (the styles show it only in print). Synchronous: the page prints right after
   * `beforeprint` returns.
   */
  private swapForPrint(): void {
    this.restoreAfterPrint();
    const figure = this.host.renderRoot?.querySelector<HTMLElement>('.figure');
    if (!figure || !this.source.texts() || !this.source.complete()) return;
    const url = this.source.drawing().print?.();
    if (!url) return;
    const img = document.createElement('img');
    img.className = 'print-image';
    img.alt = '';
    img.src = url;
    // After Lit's own content: Lit never touches nodes outside its parts.
    figure.append(img);
    figure.toggleAttribute('data-print', true);
    this.printed = img;
  }

  private restoreAfterPrint(): void {
    const img = this.printed;
    if (!img) return;
    this.printed = undefined;
    img.parentElement?.removeAttribute('data-print');
    img.remove();
  }
}
