/**
 * Reading data from the places the README lists ("Data in"): JSON text (attribute, child script) and a URL.
 * Fetches have a timeout and are aborted when superseded; callers also check a generation
 * number so a late response never overwrites newer data.
 */

export class DataLoadError extends Error {
  constructor(
    message: string,
    /** The path reported in `civic-error` issues (`src`, `data`, `script`). */
    readonly path: string,
    readonly kind: 'json' | 'table' | 'network' | 'timeout' | 'http' | 'record',
  ) {
    super(message);
  }
}

export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataLoadError(`is not valid JSON (${(e as Error).message})`, path, 'json');
  }
}

/** The first child `<script type="application/json">`, if any. */
export function childJsonScript(host: Element): HTMLScriptElement | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
  }
  return undefined;
}

export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const both = AbortSignal.any([signal, timeout.signal]);
  try {
    const response = await fetch(url, { signal: both, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new DataLoadError(`returned HTTP ${response.status}`, 'src', 'http');
    return parseJson(await response.text(), 'src');
  } catch (e) {
    if (e instanceof DataLoadError) throw e;
    if (timeout.signal.aborted && !signal.aborted) {
      throw new DataLoadError(`timed out after ${timeoutMs} ms`, 'src', 'timeout');
    }
    throw e instanceof DOMException && e.name === 'AbortError'
      ? e
      : new DataLoadError(`could not be fetched (${(e as Error).message})`, 'src', 'network');
  } finally {
    clearTimeout(timer);
  }
}
