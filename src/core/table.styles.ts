import { css } from 'lit';

/** The source line, the table's buttons and the data table (templates.ts), shared by every element. */
export const tableStyles = css`
  .source {
    margin: 6px 0 0;
    color: var(--_muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .source a {
    color: inherit;
  }
  .table-toggle,
  .table-more {
    margin-top: 8px;
    padding: 4px 10px;
    font: inherit;
    font-size: 0.85em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  .table-toggle:focus-visible,
  .table-more:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap {
    margin-top: 8px;
    overflow-x: auto;
  }
  /* A hidden table costs no style or layout work until it comes near the viewport (a map's
     table was most of a far element's first layout, issue 10; a trend's can be 10,000 rows).
     It stays in the accessibility tree and find-in-page, as content-visibility: hidden would not. */
  .table-wrap.visually-hidden {
    content-visibility: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 4px 6px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .table-notes {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
`;
