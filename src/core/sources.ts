/** The source line under a chart ("来源：…" / "Source: …"), built from the data's sources. */
import type { Source } from '../data/types.js';
import type { Locale } from './locale.js';
import { type CoreMessages, msg } from './messages.js';

export interface SourceLine {
  parts: { label: string; url?: string }[];
  /** True when any source is illustrative: the line then says the data is not real. */
  illustrative: boolean;
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Only http(s) links are ever rendered as links. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * Who a reader is told published a source: its publisher, else the original's title, else the
 * original's own site. A text found only on a copy (a mirror, a spam site) never names the copy:
 * without a publisher it is "unknown original".
 */
function originalName(s: Source, m: CoreMessages): string {
  if (s.publisher) return s.publisher;
  if (s.title) return m.titled('', s.title);
  if (s.url) return host(s.url);
  return s.copyUrl ? m.unknownOriginal : m.externalSource;
}

function sourceName(s: Source, locale: Locale, withTitle: boolean): string {
  const m = msg(locale);
  if (s.kind === 'seed') return m.seedSource;
  if (s.kind === 'illustrative') return m.illustrativeSource;
  const who = withTitle && s.publisher && s.title ? m.titled(s.publisher, s.title) : originalName(s, m);
  return [who, s.date, s.confidence === 'low' ? m.lowConfidenceShort : ''].filter(Boolean).join(m.sourceSep);
}

/**
 * A source as a reader names it in the source line: the original's publisher and date, flagged
 * when of low confidence ("宁波日报，2019-08-03", "unknown original, 2019-05, low confidence").
 */
export function sourceLabel(s: Source, locale: Locale): string {
  return sourceName(s, locale, false);
}

/**
 * A table cell naming a source with its title, quoting it, and giving the copy the text was found
 * on as plain text: '宁波日报《…》，2021，可信度低：“…”（转载于 http://…）'.
 */
export function sourceCell(s: Source, locale: Locale): string {
  const m = msg(locale);
  const copy = safeUrl(s.copyUrl);
  return `${sourceName(s, locale, true)}${s.quote ? `${m.colon}${m.quote(s.quote)}` : ''}${copy ? m.copyFoundAt(copy) : ''}`;
}

/** One part per distinct source, in order of first appearance. */
export function sourceLine(sources: Source[], locale: Locale): SourceLine {
  const seen = new Set<string>();
  const parts: SourceLine['parts'] = [];
  let illustrative = false;
  for (const s of sources) {
    if (s.kind === 'illustrative') illustrative = true;
    const label = sourceLabel(s, locale);
    const key = `${s.kind}|${s.url ?? ''}|${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Only the original is ever linked: a copy is named in the data table, as text.
    parts.push({ label, url: safeUrl(s.url) });
  }
  return { parts, illustrative };
}
