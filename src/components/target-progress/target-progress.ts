import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { prefetchRecordFile } from '../../data/records.js';
import { state } from 'lit/decorators.js';
import type { ChartItem } from '../../core/a11y.js';
import { CivicElement, type FigureContext } from '../../core/civic-element.js';
import type { ExportDrawing } from '../../core/export-controller.js';
import { msg } from '../../core/messages.js';
import { text } from '../../core/locale.js';
import { targetProgressBuilders } from './builders.js';
import { renderGoals } from './figure.js';
import { type ProgressModel, progressModel } from './model.js';
import { targetProgressOption } from './options.js';
import { progressMessages } from './messages.js';
import { loadTargetProgressRecord } from './record.js';
import { targetProgressStyles } from './target-progress.styles.js';
import type { TargetProgressData } from './types.js';
import { validateTargetProgressData } from './validate.js';
import { deadlineText, noProgress, targetValue } from './words.js';

/**
 * Progress toward one or several numeric goals by their deadlines: baseline, latest value and
 * target on a common "% of target" scale (the target at the same place in every row), the share
 * of time elapsed, and the pace needed against the pace so far. Drawn natively (HTML and SVG, no
 * ECharts): each goal with progress is a `role="meter"` with its value text; a goal without
 * progress says "no progress reported", never 0%. Over-achievement runs past the target line,
 * hatched. Shares, time and paces are derived and marked so.
 *
 * @summary Progress toward goals by their deadlines.
 *
 * @attr {string} record - A target id of the bundled dataset (`new_hitech_year`, `rd_intensity_2025`,
 *   `startups_year`, `core_tech_5y`, `strategic_products_5y`, `institutes_substantive_construction_share`,
 *   `institutes_aligned_246_share`) or a group: `report_targets` (the five goals), `institute_ratios`.
 * @attr {string} data - The data as JSON (`TargetProgressData`).
 * @attr {string} src - A URL of the data as JSON.
 * @attr {string} locale - `zh-CN` | `en`; defaults to the nearest `lang`, else `zh-CN`.
 * @attr {string} theme - `light` | `dark` | `auto` | `high-contrast`.
 * @attr {string} state - Reflected: `loading` | `ready` | `empty` | `error`.
 * @attr {boolean} show-export - Shows the export menu: downloads of the chart (PNG, SVG) and its table (CSV).
 *
 * @event civic-ready - After a render of new data. `detail: { data }`.
 * @event civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @event civic-select - A goal was clicked or chosen with Enter. `detail: { item, key, label }`
 *   (`item`: kind, id, label, target, deadline, latest, pct, timePct, valueText).
 *
 * Children: a `<script type="application/json">` holding the data.
 *
 * Methods: `toBlob('png' | 'svg' | 'csv')` resolves to the chart as an image or its table as CSV.
 *
 * @csspart title - The title line.
 * @csspart chart - The goals (focusable; arrow keys move between goals).
 * @csspart tooltip - The tooltip of the goal under the pointer or keyboard focus.
 * @csspart summary - The generated text summary.
 * @csspart notes - Caveats from the data.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart export - The export menu (`show-export`): a disclosure button and one button per file.
 * @csspart error - The error message.
 * @csspart empty - The empty state (goals without any reported progress).
 * @csspart loading - The loading message.
 *
 * @cssproperty --civic-chart-height - Minimum height reserved before the rows are drawn. Default 240px.
 * @cssproperty --civic-color-text - Text colour; the target line.
 * @cssproperty --civic-color-text-muted - Secondary text; the time-elapsed bar.
 * @cssproperty --civic-color-surface - Background colour.
 * @cssproperty --civic-color-border - Borders of the tracks.
 * @cssproperty --civic-color-accent - Accent: the active row's background tint, links.
 * @cssproperty --civic-color-positive - The part beyond the target (hatched).
 * @cssproperty --civic-color-negative - Errors.
 * @cssproperty --civic-color-track - Track behind the bars.
 * @cssproperty --civic-color-series-1 - The progress bars.
 * @cssproperty --civic-color-focus - Focus ring and the active row's border.
 * @cssproperty --civic-font-family - Font family.
 * @cssproperty --civic-font-size - Base font size.
 * @cssproperty --civic-radius - Corner radius.
 * @cssproperty --civic-padding - Padding inside the border.
 * @cssproperty --civic-border-color - The element's border colour.
 */
export class CivicTargetProgress extends CivicElement<TargetProgressData, ProgressModel> {
  static override styles = [...CivicElement.styles, targetProgressStyles];

  protected override figureRole: 'img' | 'group' = 'group';
  protected readonly builders = targetProgressBuilders;

  /** The goal the keyboard has highlighted (-1: none). */
  @state() private _activeGoal = -1;

  protected validate(input: unknown) {
    return validateTargetProgressData(input);
  }

  protected loadRecord(id: string): Promise<TargetProgressData | undefined> {
    return loadTargetProgressRecord(id);
  }

  protected override prefetchRecord(): void {
    prefetchRecordFile('target');
  }

  protected buildModel(data: TargetProgressData): ProgressModel {
    return progressModel(data);
  }

  protected override renderEmpty(m: ProgressModel | undefined, { locale }: FigureContext): TemplateResult | string {
    if (!m) return msg(locale).noData;
    const t = progressMessages(locale);
    return html`<div class="empty-goals">
      ${m.data.goals.map(
        (g) => html`<div>
          <strong>${text(g.label, locale)}</strong><br />
          <span>${t.target} ${targetValue(g, locale)} · ${deadlineText(g, locale)}</span><br />
          <span>${noProgress(locale)}</span>
        </div>`,
      )}
    </div>`;
  }

  /** The rows are drawn once the element has come near the viewport; until then a box of the reserved height. */
  protected renderFigure(m: ProgressModel | undefined, ctx: FigureContext): TemplateResult | typeof nothing {
    if (!m) return nothing;
    if (!this.viewport.seen) return html`<div class="pending"></div>`;
    return renderGoals(m.goals, targetProgressOption(m, ctx, !this.hideTitle), ctx.locale, {
      active: this._activeGoal,
      pick: (i) => {
        const item = this.items()[i];
        if (item) this.select(item);
      },
      hover: (i, e) => {
        const item = this.items()[i];
        const plot = this.renderRoot.querySelector('.plot');
        if (!item || !plot) return;
        const box = plot.getBoundingClientRect();
        this.navigation.pointAt(item, e.clientX - box.left, e.clientY - box.top);
      },
      leave: () => this.navigation.pointerLeft(),
    });
  }

  /**
   * Export draws the rows as one standalone SVG (svg.ts, the static renderer's, loaded when first
   * needed), rasterised for PNG. Print keeps the live rows (HTML and SVG print sharp): rows never
   * drawn (never near the viewport) are drawn now, in the update that runs before the page prints.
   */
  protected exportDrawing(): ExportDrawing {
    const model = this.model()!;
    const ctx = { locale: this.resolvedLocale, palette: this.themeController.palette, reducedMotion: true, width: this.viewport.width || 640 };
    return {
      svg: async () => (await import('./svg.js')).progressSvg(model, ctx),
      print: () => {
        this.viewport.seen = true;
        this.requestUpdate();
        return undefined;
      },
    };
  }

  protected override highlightItem(item: ChartItem | undefined): void {
    this._activeGoal = item ? item.dataIndex : -1;
  }

  /** The keyboard's tooltip goes under its row (read in the key handler, not in render). */
  protected override tipAnchor(item: ChartItem): { x: number; y: number } | undefined {
    const row = this.renderRoot.querySelector<HTMLElement>(`#goal-${item.dataIndex}`);
    return row ? { x: row.offsetLeft - 4, y: row.offsetTop + row.offsetHeight - 8 } : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('locale') || changed.has('theme') || this.navigation.active < 0) this._activeGoal = -1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const figure = this.renderRoot.querySelector('.figure');
    if (!figure) return;
    if (this._activeGoal >= 0 && this.viewport.seen) figure.setAttribute('aria-activedescendant', `goal-${this._activeGoal}`);
    else figure.removeAttribute('aria-activedescendant');
  }
}
