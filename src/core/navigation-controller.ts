/**
 * Moving through a chart's data items by keyboard and pointer: the active item, the arrow keys
 * (Home/End, Enter/Space to select, Escape to leave), the element's own tooltip (text only, no
 * HTML) and its position, set through CSSOM so a strict CSP allows it. Items are asked for only
 * when a key or the pointer needs them: a 10,000-point chart builds none until it is used.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ChartItem, nextIndex } from './a11y.js';

export interface NavigationConfig {
  /** The current items, in keyboard order (built on demand, cached by the host). */
  items(): ChartItem[];
  /** Shows the active item in the figure (ECharts highlight, an SVG class). */
  highlight(item: ChartItem | undefined, previous: ChartItem | undefined): void;
  /** Called for a click or Enter on an item. */
  select(item: ChartItem): void;
  /** Where the keyboard's tooltip goes, in figure coordinates; top left by default. */
  anchor?(item: ChartItem): { x: number; y: number } | undefined;
  /** The tooltip element and the width it may span (for the side it opens to). */
  tooltip(): HTMLElement | null | undefined;
  figureWidth(): number;
}

export interface Tip {
  item: ChartItem;
  x: number;
  y: number;
}

export class NavigationController implements ReactiveController {
  /** Index of the item the keyboard is on; -1 for none. */
  active = -1;
  /** The tooltip shown, if any. */
  tip?: Tip;
  private placed?: Tip;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: NavigationConfig,
  ) {
    host.addController(this);
  }

  /** Forgets the active item and hides the tooltip (new data, another locale or theme). */
  reset(): void {
    if (this.active < 0 && !this.tip) return;
    this.active = -1;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.active = -1;
    this.tip = undefined;
  }

  hostUpdated(): void {
    if (this.tip !== this.placed) this.place();
  }

  /** The item a pointer event refers to (ECharts reports series and data index). */
  itemAt(seriesIndex: number | undefined, dataIndex: number | undefined): ChartItem | undefined {
    return this.config.items().find((i) => i.seriesIndex === seriesIndex && i.dataIndex === dataIndex);
  }

  /** Shows an item's tooltip at a point of the figure (pointer hover). */
  pointAt(item: ChartItem, x: number, y: number): void {
    this.tip = { item, x, y };
    this.host.requestUpdate();
  }

  /** Hides the pointer's tooltip unless the keyboard holds an item. */
  pointerLeft(): void {
    if (this.active >= 0 || !this.tip) return;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const items = this.config.items();
    if ((e.key === 'Enter' || e.key === ' ') && this.active >= 0) {
      e.preventDefault();
      const item = items[this.active];
      if (item) this.config.select(item);
      return;
    }
    const next = nextIndex(e.key, this.active, items.length);
    if (next === undefined) return;
    e.preventDefault();
    this.activate(next, items);
  };

  readonly onBlur = (): void => {
    if (this.active >= 0 || this.tip) this.activate(-1, this.config.items());
  };

  private activate(index: number, items: ChartItem[]): void {
    const previous = items[this.active];
    this.active = index;
    const item = items[index];
    this.config.highlight(item, previous);
    const at = item ? (this.config.anchor?.(item) ?? { x: 8, y: 8 }) : undefined;
    this.tip = item && at ? { item, x: at.x, y: at.y } : undefined;
    this.host.requestUpdate();
  }

  /** Beside the point, on the side with more room; CSSOM, never a `style` attribute. */
  private place(): void {
    const tip = this.tip;
    this.placed = tip;
    const el = this.config.tooltip();
    if (!tip || !el) return;
    const width = this.config.figureWidth();
    const right = width > 0 && tip.x > width / 2;
    el.style.setProperty('top', `${tip.y + 12}px`);
    el.style.setProperty('left', right ? 'auto' : `${tip.x + 12}px`);
    el.style.setProperty('right', right ? `${Math.max(8, width - tip.x + 12)}px` : 'auto');
  }
}
