import { css } from 'lit';

/**
 * Rows on a common "% of target" scale. Geometry is in SVG attributes; colours come from the
 * theme tokens here, so a theme switch (or a portal's --civic-* property) restyles the live rows.
 */
export const targetProgressStyles = css`
  :host {
    --_chart-height: var(--civic-chart-height, 240px);
  }
  .figure {
    height: auto;
    min-height: 0;
    container-type: inline-size;
  }
  .pending {
    min-height: calc(var(--_chart-height) / 2);
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .scale,
  .goal {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 5.5em;
    column-gap: 10px;
    align-items: center;
  }
  .scale {
    padding: 0 6px;
    color: var(--_muted);
    font-size: 0.78em;
  }
  .axis {
    display: block;
  }
  .axis text {
    fill: var(--_muted);
    font-family: var(--_font-family);
  }
  .scale-pct {
    text-align: end;
  }
  .goals {
    display: grid;
    gap: 4px;
  }
  .goal {
    padding: 6px;
    border: 1px solid transparent;
    border-radius: 4px;
    cursor: default;
  }
  .goal[data-active] {
    border-color: var(--_focus);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .goal-head {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
    align-items: baseline;
    margin-bottom: 2px;
  }
  .goal-label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .goal-deadline {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .bar {
    display: block;
    grid-column: 1;
  }
  .goal-pct {
    grid-column: 2;
    text-align: end;
    font-weight: 700;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .goal.none .goal-pct {
    color: var(--_muted);
    font-weight: 400;
  }
  .goal-facts {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    margin-top: 2px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .fact-label {
    color: var(--_text);
  }
  .over-note {
    color: var(--_positive);
    font-weight: 600;
  }
  .no-progress {
    grid-column: 1;
    padding: 2px 8px;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: 2px;
    font-size: 0.9em;
    text-align: center;
  }
  .track {
    fill: var(--_track);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .fill {
    fill: var(--_series-1);
  }
  .fill.bound-estimate,
  .fill.bound-approx,
  .fill.bound-lowerBound {
    fill: color-mix(in srgb, var(--_series-1) 55%, var(--_surface));
    stroke: var(--_series-1);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
  .hatch-bg {
    fill: color-mix(in srgb, var(--_positive) 25%, var(--_surface));
  }
  .hatch-stripe {
    fill: var(--_positive);
  }
  .over-edge {
    fill: none;
    stroke: var(--_positive);
    stroke-width: 1.5;
  }
  .cut {
    fill: var(--_surface);
  }
  .lower-bound-end {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .time {
    fill: var(--_muted);
  }
  .time-end {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .mark-target {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .mark-target.approx {
    stroke-dasharray: 4 2;
  }
  .mark-baseline {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 2 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin-top: 6px;
    padding: 0 6px;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .legend-entry {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .swatch {
    flex: none;
  }
  .empty-goals {
    display: grid;
    gap: 6px;
    text-align: start;
  }
  .empty-goals strong {
    color: var(--_text);
  }
  .tick-target-short {
    display: none;
  }
  /* Narrow: the short target tick, and the scale's end label only where it cannot collide. */
  @container (max-width: 440px) {
    .tick-target-long {
      display: none;
    }
    .tick-target-short {
      display: inline;
    }
  }
  @container (max-width: 300px) {
    .tick-max {
      display: none;
    }
  }
  @container (max-width: 360px) {
    .scale,
    .goal {
      grid-template-columns: minmax(0, 1fr) 4.6em;
      column-gap: 6px;
    }
    .goal {
      padding: 4px;
    }
    .goal-facts {
      gap: 0 8px;
    }
  }
  :host([theme='high-contrast']) .fill {
    fill: #000000;
  }
  :host([theme='high-contrast']) .fill.bound-estimate,
  :host([theme='high-contrast']) .fill.bound-approx,
  :host([theme='high-contrast']) .fill.bound-lowerBound {
    fill: #ffffff;
    stroke: #000000;
  }
  :host([theme='high-contrast']) .hatch-bg {
    fill: #ffffff;
  }
  :host([theme='high-contrast']) .hatch-stripe,
  :host([theme='high-contrast']) .time {
    fill: #000000;
  }
  :host([theme='high-contrast']) .over-edge {
    stroke: #000000;
  }
  :host([theme='high-contrast']) .mark-target {
    stroke: #0000d6;
  }
  @media (forced-colors: active) {
    .fill,
    .time,
    .hatch-stripe {
      fill: CanvasText;
    }
    .track,
    .hatch-bg,
    .cut {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark-target,
    .mark-baseline,
    .over-edge,
    .lower-bound-end,
    .time-end {
      stroke: Highlight;
    }
    .axis text {
      fill: CanvasText;
    }
    .goal[data-active] {
      border-color: Highlight;
    }
  }
`;
