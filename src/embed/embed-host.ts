/**
 * `dist/cdn/embed-host.js`, for the page that embeds `embed.html` in iframes:
 *
 *   <iframe data-civic-embed src="https://cdn.example/civic-charts/embed.html?element=…" title="…"></iframe>
 *   <script type="module" src="https://cdn.example/civic-charts/cdn/embed-host.js"></script>
 *
 * Sizes every `<iframe data-civic-embed>` to the height its own frame reports with
 * `{ type: 'civic-charts:size', height }`. A message counts only when it comes from that
 * iframe's window (`event.source`) and from the origin of its `src`; messages from any other
 * window (the page itself, other frames, popups) are ignored. Frames are looked up when a message
 * arrives, so iframes added later work too. Self-contained, no dependencies, and nothing a strict
 * CSP forbids: the height is set through CSSOM (`style.height`), not a style attribute.
 */

const SIZE_MESSAGE = 'civic-charts:size';
const SIZE_REQUEST_MESSAGE = 'civic-charts:size-request';
/** Heights above this are clamped: a runaway frame must not make the page endless. */
const MAX_EMBED_HEIGHT = 10000;
const INSTALLED = Symbol.for('civic-charts.embed-host');

function embedFrames(doc: Document): HTMLIFrameElement[] {
  return [...doc.querySelectorAll<HTMLIFrameElement>('iframe[data-civic-embed]')];
}

/** The origin the frame's `src` points at ('' when it has none we can parse). */
function srcOrigin(frame: HTMLIFrameElement): string {
  try {
    return new URL(frame.src, frame.ownerDocument.baseURI).origin;
  } catch {
    return '';
  }
}

/** Border and padding to add when the host page styles the frame with `box-sizing: border-box`. */
function boxExtra(frame: HTMLIFrameElement): number {
  const cs = getComputedStyle(frame);
  if (cs.boxSizing !== 'border-box') return 0;
  return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
    .map((p) => parseFloat(cs[p as 'paddingTop']) || 0)
    .reduce((a, b) => a + b, 0);
}

function onMessage(this: Window, event: MessageEvent): void {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== SIZE_MESSAGE) return;
  const { height } = data;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return;
  if (!event.source) return;
  const frame = embedFrames(this.document).find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== srcOrigin(frame)) return;
  frame.style.height = `${Math.min(Math.ceil(height), MAX_EMBED_HEIGHT) + boxExtra(frame)}px`;
}

/** Starts listening (once per window, however often the script is included). */
function installEmbedHost(win: Window = window): void {
  const w = win as Window & { [INSTALLED]?: boolean };
  if (w[INSTALLED]) return;
  w[INSTALLED] = true;
  win.addEventListener('message', onMessage);
  // Frames that loaded before this script ran have already reported: ask them again. '*': the
  // request carries nothing, and a frame still on about:blank would make a named origin an error.
  for (const frame of embedFrames(win.document)) frame.contentWindow?.postMessage({ type: SIZE_REQUEST_MESSAGE }, '*');
}

installEmbedHost();

// A module (loaded with <script type="module">), with nothing to export.
export {};
