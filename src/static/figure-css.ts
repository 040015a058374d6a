/** The static figure's own small stylesheet (scoped to .civic-figure): readable in print and in email. */
export const STATIC_FIGURE_CSS = [
  '.civic-figure{margin:1em 0;font-family:system-ui,sans-serif;font-size:14px;line-height:1.5;color:#1f2933;max-width:100%}',
  '.civic-figure .civic-title{font-size:1.1em}',
  '.civic-figure .civic-subtitle,.civic-figure .civic-source,.civic-figure .civic-notes,.civic-figure .civic-table-note{color:#52606d;font-size:.85em}',
  '.civic-figure .civic-chart svg{max-width:100%;height:auto}',
  '.civic-figure .civic-table{border-collapse:collapse;font-size:.85em;margin-top:.5em}',
  '.civic-figure .civic-table caption{text-align:left;font-weight:600}',
  '.civic-figure .civic-table th,.civic-figure .civic-table td{border:1px solid #cbd2d9;padding:2px 6px;text-align:left;vertical-align:top}',
].join('');
