/** The source line under a chart ("来源：…" / "Source: …"), built from the data's sources. */
import type { Source } from '../data/types.js';
import type { Locale } from './locale.js';
import { msg } from './messages.js';

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

/** A source as a reader names it: the publisher (or the site) and the date, flagged when of low confidence. */
export function sourceLabel(s: Source, locale: Locale): string {
  const m = msg(locale);
  if (s.kind === 'seed') return m.seedSource;
  if (s.kind === 'illustrative') return m.illustrativeSource;
  const who = s.publisher ?? (s.url ? host(s.url) : m.externalSource);
  const comma = locale === 'en' ? ', ' : '，';
  return [who, s.date, s.confidence === 'low' ? m.lowConfidenceShort : ''].filter(Boolean).join(comma);
}

/** A table cell naming a source and quoting it: 'China Daily, 2021-01-05: “…”'. */
export function sourceCell(s: Source, locale: Locale): string {
  const m = msg(locale);
  return `${sourceLabel(s, locale)}${s.quote ? `${m.colon}${m.quote(s.quote)}` : ''}`;
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
    parts.push({ label, url: safeUrl(s.url) });
  }
  return { parts, illustrative };
}
