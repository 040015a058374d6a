/** The source line under a chart ("来源：…" / "Source: …"), built from the data's sources. */
import type { Source } from '../data/types.js';
import type { Locale } from './locale.js';

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

export function sourceLabel(s: Source, locale: Locale): string {
  const en = locale === 'en';
  if (s.kind === 'seed') return en ? 'original report (Jin Lu, Wang Huyu, 2019)' : '原报道（记者金鹭、通讯员王虎羽，2019年）';
  if (s.kind === 'illustrative') return en ? 'illustrative' : '示例';
  const who = s.publisher ?? (s.url ? host(s.url) : en ? 'external source' : '外部来源');
  const date = s.date ? (en ? `, ${s.date}` : `，${s.date}`) : '';
  const low = s.confidence === 'low' ? (en ? ', low confidence' : '，可信度低') : '';
  return en ? `${who}${date}${low}` : `${who}${date}${low}`;
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
