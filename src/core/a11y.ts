/**
 * Accessible alternatives to the chart: the data table model and the keyboard-navigable items.
 * Builders return plain strings; the element renders them with Lit, which escapes them as text.
 */

/** A data table of every value shown. */
export interface TableModel {
  caption: string;
  columns: string[];
  /** Every row. A long series' table formats them on first read: `rowCount` and `headRows` show part. */
  readonly rows: string[][];
  /** How many rows, without formatting them (absent: `rows.length`). */
  rowCount?: number;
  /** The first `n` rows, formatting only those (absent: `rows.slice(0, n)`). */
  headRows?(n: number): string[][];
  /** Footnotes (marks such as "* period inferred"). */
  notes?: string[];
}

/** One data item reachable by mouse and keyboard: highlighted in the chart, described in the tooltip. */
export interface ChartItem {
  /** Stable key within one chart. */
  key: string;
  /** The ECharts series and data index that `highlight` and mouse events refer to. */
  seriesIndex: number;
  dataIndex: number;
  /** A short name, read first by screen readers. */
  label: string;
  /** Tooltip lines, plain text. */
  lines: string[];
  /** What `civic-select` carries in `detail.item`. */
  detail: Record<string, unknown>;
}

/** The index the arrow keys lead to, wrapping around; -1 means "none" (Escape). */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return -1;
    default:
      return undefined;
  }
}
