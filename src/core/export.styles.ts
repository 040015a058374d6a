import { css } from 'lit';

/** The export menu (export-controller.ts) and the image a chart prints as. */
export const exportStyles = css`
  .export {
    display: inline-block;
    margin: 8px 0 0 8px;
    font-size: 0.85em;
    vertical-align: top;
  }
  .export summary {
    display: inline-block;
    padding: 4px 10px;
    color: var(--_accent);
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
    list-style: none;
  }
  .export summary::-webkit-details-marker {
    display: none;
  }
  .export summary::after {
    content: ' ▾';
  }
  .export[open] summary::after {
    content: ' ▴';
  }
  /* In the flow, not a popup: the host's paint containment would clip a popup at its edge. */
  .export-menu {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 4px;
  }
  .export-menu button {
    padding: 4px 8px;
    font: inherit;
    color: var(--_text);
    white-space: nowrap;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  .export-menu button:hover {
    background: var(--_track);
  }
  .export summary:focus-visible,
  .export-menu button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .export-failed {
    margin-inline-start: 8px;
    color: var(--_negative);
    font-size: 0.85em;
  }
  .print-image {
    display: none;
  }
`;
