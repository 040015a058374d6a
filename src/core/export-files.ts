/**
 * The files of an export, loaded with `import()` on the first one (export-controller.ts): the
 * CSV (csv.ts), the SVG the element draws, the PNG from its canvas or rasterised from that SVG,
 * and saving a file through an `<a download>` on a blob: URL. Everything works under the strict
 * CSP: no fetch of data: URLs (`connect-src`), images only from blob: URLs (`img-src`).
 */
import { csvFile } from './csv.js';
import { type ExportDrawing, type ExportFormat, PNG_PIXEL_RATIO } from './export-controller.js';
import type { Locale } from './locale.js';
import type { Texts } from './model-cache.js';

const TYPES: Record<ExportFormat, string> = { png: 'image/png', svg: 'image/svg+xml', csv: 'text/csv' };

/** A data: URL's bytes as a Blob (no fetch: `connect-src` does not allow data: URLs). */
export function dataUrlBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const type = url.slice(5, comma).split(';')[0] || 'application/octet-stream';
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** An SVG document drawn onto a canvas at `pixelRatio`, as a PNG Blob. */
export async function rasterize(svg: string, pixelRatio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: TYPES.svg }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * pixelRatio);
    canvas.height = Math.round(img.naturalHeight * pixelRatio);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, TYPES.png));
    if (!png) throw new Error('toBlob: the browser could not encode the PNG');
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The file of one format, from the texts the element shows and its drawing. */
export async function exportBlob(format: ExportFormat, texts: Texts, locale: Locale, drawing: ExportDrawing): Promise<Blob> {
  if (format === 'csv') return new Blob([csvFile(texts, locale)], { type: TYPES.csv });
  const png = format === 'png' ? drawing.png?.(PNG_PIXEL_RATIO) : undefined;
  if (png) return dataUrlBlob(png);
  const svg = await drawing.svg();
  return format === 'svg' ? new Blob([svg], { type: TYPES.svg }) : rasterize(svg, PNG_PIXEL_RATIO);
}

/** Saves a file through an `<a download>` on a blob: URL. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Later, not at once: the browser reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
