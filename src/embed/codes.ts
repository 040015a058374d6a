/**
 * The embed codes of one chart, as the README's "Embed it" and "Embed in an iframe" write them:
 * the script-tag snippet (the element's CDN bundle and its tag) and the iframe snippet (dist/embed.html
 * with its query, and embed-host.js). Pure: the demo page and the Storybook docs show them, and a
 * test checks them. Every attribute value is escaped; the iframe's query is URL-encoded.
 */
import type { EmbedElement } from './embed.js';

export interface EmbedCodeOptions {
  element: EmbedElement;
  /** A record id of the bundled dataset (several: `gdp,rd_intensity`). */
  record?: string;
  /** A URL of the data as JSON, when there is no record. */
  src?: string;
  locale?: string;
  theme?: string;
  /** Where `dist/` is hosted (embed.html next to cdn/), e.g. `https://your.cdn/civic-charts/`. */
  base: string;
  /** The iframe's accessible name: the chart's title. */
  title?: string;
}

export interface EmbedCodes {
  script: string;
  iframe: string;
}

/** An attribute value, escaped for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** ` name="value"` for each present value, in order. */
function attributes(pairs: [string, string | undefined][]): string {
  return pairs.filter(([, v]) => v !== undefined && v !== '').map(([n, v]) => ` ${n}="${escapeAttribute(v!)}"`).join('');
}

/** Both snippets of one chart. */
export function embedCodes(o: EmbedCodeOptions): EmbedCodes {
  const base = withSlash(o.base);
  const data: [string, string | undefined][] = o.record ? [['record', o.record]] : [['src', o.src]];
  const tag = `civic-${o.element}`;
  const script =
    `<script type="module" src="${escapeAttribute(`${base}cdn/${o.element}.js`)}"></script>\n\n` +
    `<${tag}${attributes([...data, ['locale', o.locale], ['theme', o.theme]])}></${tag}>`;
  const query = new URLSearchParams({ element: o.element });
  for (const [name, value] of [...data, ['locale', o.locale], ['theme', o.theme]] as [string, string | undefined][]) {
    if (value) query.set(name, value);
  }
  const iframe =
    `<iframe data-civic-embed${attributes([['title', o.title]])}\n` +
    `        src="${escapeAttribute(`${base}embed.html?${query}`)}"></iframe>\n` +
    `<script type="module" src="${escapeAttribute(`${base}cdn/embed-host.js`)}"></script>`;
  return { script, iframe };
}
