import { css } from 'lit';
import { exportStyles } from './export.styles.js';
import { tableStyles } from './table.styles.js';

/**
 * Layout shared by every element: title, chart, tooltip, summary, states; then print and forced
 * colours for the whole element. It comes after the source line and table (table.styles.ts) and
 * the export menu (export.styles.ts): its print and forced-colours rules override theirs.
 */
const layout = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    border: 1px solid var(--civic-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--civic-padding, 12px 16px);
    contain: layout paint;
    --_reserved: calc(var(--_chart-height) + 9em);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .title {
    margin: 0 0 4px;
    font-size: 1.1em;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .plot {
    position: relative;
  }
  .figure {
    width: 100%;
    height: var(--_chart-height);
    border-radius: 4px;
  }
  .chart {
    width: 100%;
    height: 100%;
  }
  .figure:focus {
    outline: none;
  }
  .figure:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(320px, calc(100% - 16px));
    padding: 8px 10px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.9em;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip p:first-child {
    font-weight: 600;
  }
  .summary {
    margin: 8px 0 0;
    overflow-wrap: anywhere;
  }
  .notes {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* An estimate of the rendered element: title line, chart, summary, source and table button. */
  .placeholder {
    height: var(--_reserved);
  }
  /* Loading: the size the placeholder reserved, kept until the data is there (no jump on the way). */
  .state-box[part='loading'] {
    min-height: var(--_reserved);
  }
  .state-box {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: calc(var(--_chart-height) / 2);
    padding: 16px;
    text-align: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .error {
    margin: 0 0 8px;
    padding: 8px 12px;
    color: var(--_negative);
    background: color-mix(in srgb, var(--_negative) 8%, var(--_surface));
    border: 1px solid var(--_negative);
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /*
   * Print: the figure stays on one page with its title, summary and source; the table prints as
   * it is on screen (shown or not); controls and tooltips do not print. A chart's canvas would
   * print at screen resolution: while printing it is swapped for a sharp image (export-controller.ts).
   */
  @media print {
    :host {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    .table-toggle,
    .tooltip,
    .export,
    .export-failed {
      display: none !important;
    }
    .figure:focus-visible {
      outline: none;
    }
    .figure[data-print] > :not(.print-image) {
      display: none;
    }
    .figure[data-print] > .print-image {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: contain;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    .figure:focus-visible,
    .table-toggle:focus-visible,
    .export summary:focus-visible,
    .export-menu button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const baseStyles = [tableStyles, exportStyles, layout];
