// In-page instrumentation, installed before any page script runs (page.evaluateOnNewDocument),
// identical for the civic and the plain pages. It records into window.__bench:
//
// - longTasks: every `longtask` entry (start, duration), from navigation on;
// - frames: every `long-animation-frame` entry (start, duration, blocking duration);
// - shifts: every `layout-shift` entry (time, value, hadRecentInput);
// - drawn: for each chart container (elements matching `selector`: the civic-* tags, or the plain
//   page's .chart divs), the time of the first animation frame at which it has drawn something:
//     * a canvas (a bitmap at least 100 px wide, in the container or its shadow root) received
//       a draw call (fill, stroke, fillRect, fillText, strokeText, drawImage), or
//     * an <svg> at least 100 × 10 px in the container or its shadow root holds a shape.
//   The time is performance.now() in the first requestAnimationFrame callback after the draw call
//   or DOM change, so a chart drawn inside a long task counts when that task has ended and the
//   frame can show it.
//   `inView` says whether the container intersected the viewport then.
// - firstDrawn: the earliest such time among containers in the viewport ("first chart drawn").
//
// Costs, kept equal for both pages and small: the canvas hook runs once per 2D context (it then
// replaces itself on that context with the native method); a check runs in the next frame only
// after a draw call, a DOM change or an <svg> resize, looks only at containers not drawn yet, and
// reads no layout (sizes of <svg>s come from a ResizeObserver).
export function installObserver(selector) {
  const b = (window.__bench = {
    selector,
    longTasks: [],
    frames: [],
    shifts: [],
    drawn: [],
    firstDrawn: null,
  });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // entry type not supported: left empty
    }
  };
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (e) => {
    // Where the frame's time went: scripts (the longest one named), then style/layout/paint.
    const scripts = e.scripts ?? [];
    const top = scripts.reduce((a, x) => (!a || x.duration > a.duration ? x : a), null);
    b.frames.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration ?? 0,
      script: scripts.reduce((sum, x) => sum + x.duration, 0),
      render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
      styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
      top: top ? `${top.invoker} ${top.sourceFunctionName || ''} ${(top.sourceURL || '').split('/').pop()}:${top.sourceCharPosition} ${Math.round(top.duration)}ms` : '',
    });
  });
  observe('layout-shift', (e) => b.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput }));

  // ---- drawn charts ---------------------------------------------------------------------------
  const pending = new Set();
  const done = new WeakSet();
  const containerOf = (node) => {
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    if (host && host.matches(selector)) return host;
    return node.closest(selector);
  };
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fill', 'stroke', 'fillRect', 'fillText', 'strokeText', 'drawImage']) {
    const native = proto[name];
    proto[name] = function (...args) {
      const canvas = this.canvas;
      if (canvas && canvas.isConnected) {
        // canvas.width (the bitmap) rather than clientWidth: reading it forces no layout.
        const c = canvas.width >= 100 ? containerOf(canvas) : null;
        if (c && !done.has(c)) {
          pending.add(c);
          schedule();
        }
        // This context is accounted for: its later calls go straight to the native methods.
        for (const n of ['fill', 'stroke', 'fillRect', 'fillText', 'strokeText', 'drawImage']) {
          Object.defineProperty(this, n, { value: proto[n].__native, configurable: true, writable: true });
        }
      }
      return native.apply(this, args);
    };
    proto[name].__native = native;
  }
  // An <svg>'s size comes from a ResizeObserver (called after the browser's own layout, and again
  // when the size changes), never from reading clientWidth: that read forced a layout at every
  // check while the page's DOM was changing, seconds of the page's time spent by the bench.
  const sizes = new WeakMap();
  const sizer = new ResizeObserver((entries) => {
    for (const e of entries) sizes.set(e.target, e.contentRect);
    schedule();
  });
  const svgDrawn = (c) => {
    const root = c.shadowRoot ?? c;
    for (const svg of root.querySelectorAll('svg')) {
      if (!svg.querySelector('path, rect, circle, line, polyline, polygon')) continue;
      const size = sizes.get(svg);
      if (!size) sizer.observe(svg);
      else if (size.width >= 100 && size.height >= 10) return true;
    }
    return false;
  };
  // No frame loop: a requestAnimationFrame callback in every frame would itself change what the
  // page costs (each frame would commit every canvas layer). A check is scheduled for the next
  // frame only when a canvas was drawn or the DOM changed (in the document or any shadow root).
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  };
  const check = () => {
    scheduled = false;
    const now = performance.now();
    const all = [...document.querySelectorAll(selector)];
    all.forEach((c, i) => {
      if (done.has(c)) return;
      if (!pending.has(c) && !svgDrawn(c)) return;
      pending.delete(c);
      done.add(c);
      const r = c.getBoundingClientRect();
      const inView = r.bottom > 0 && r.top < innerHeight && r.width > 0;
      b.drawn.push({ i, tag: c.localName, t: now, inView });
      if (inView && b.firstDrawn === null) b.firstDrawn = now;
    });
  };
  const mutations = new MutationObserver(schedule);
  mutations.observe(document, { childList: true, subtree: true, attributes: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    mutations.observe(root, { childList: true, subtree: true, attributes: true });
    return root;
  };
  b.schedule = schedule;

  /** Which containers intersect the viewport now, and which of those have drawn. */
  b.viewport = () => {
    const drawnIdx = new Set(b.drawn.map((d) => d.i));
    const list = [...document.querySelectorAll(selector)];
    const inView = list
      .map((el, i) => ({ i, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.bottom > 0 && r.top < innerHeight && r.width > 0)
      .map(({ i }) => i);
    return { count: list.length, inView, undrawn: inView.filter((i) => !drawnIdx.has(i)) };
  };
}
