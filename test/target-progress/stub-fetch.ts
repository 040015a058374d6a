/**
 * A fetch stub for `src` tests: `/__tp__/data.json?ms=300&label=A` answers with illustrative
 * TargetProgressData after `ms`, honours the abort signal, and records what was aborted.
 */
import { progressData } from './fixtures.js';

export interface FetchStub {
  aborted: string[];
  requested: string[];
  restore(): void;
}

export function stubFetch(): FetchStub {
  const original = window.fetch;
  const stub: FetchStub = { aborted: [], requested: [], restore: () => (window.fetch = original) };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), location.href);
    if (url.pathname !== '/__tp__/data.json') return original(input, init);
    stub.requested.push(url.search);
    const ms = Number(url.searchParams.get('ms') ?? 0);
    const label = url.searchParams.get('label') ?? 'slow';
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        resolve(new Response(JSON.stringify(progressData({}, { label })), { status: 200, headers: { 'Content-Type': 'application/json' } }));
      }, ms);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        stub.aborted.push(url.search);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };
  return stub;
}
