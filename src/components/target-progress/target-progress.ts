import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Source } from '../../data/types.js';
import type { ChartItem } from '../../core/a11y.js';
import { CivicElement, type RenderContext } from '../../core/civic-element.js';
import { type Locale, text, ui } from '../../core/locale.js';
import { goalModels, hasProgress, scaleMax } from './model.js';
import { renderGoals } from './figure.js';
import { loadTargetProgressRecord } from './record.js';
import { targetProgressSummary } from './summary.js';
import { targetProgressItems, targetProgressTable } from './table.js';
import { targetProgressStyles } from './target-progress.styles.js';
import type { TargetProgressData } from './types.js';
import { deadlineText, noProgress, targetValue } from './words.js';
import { validateTargetProgressData } from './validate.js';

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
 *
 * @event civic-ready - After a render of new data. `detail: { data }`.
 * @event civic-error - Invalid data or a failed load. `detail: { message, issues: [{ path, message }] }`.
 * @event civic-select - A goal was clicked or chosen with Enter. `detail: { item, key, label }`
 *   (`item`: kind, id, label, target, deadline, latest, pct, timePct, valueText).
 *
 * Children: a `<script type="application/json">` holding the data.
 *
 * @csspart title - The title line.
 * @csspart chart - The goals (focusable; arrow keys move between goals).
 * @csspart tooltip - The tooltip of the goal under the pointer or keyboard focus.
 * @csspart summary - The generated text summary.
 * @csspart notes - Caveats from the data.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
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
export class CivicTargetProgress extends CivicElement<TargetProgressData> {
  static override styles = [...CivicElement.styles, targetProgressStyles];

  protected override figureRole: 'img' | 'group' = 'group';

  /** True once the element has come near the viewport: only then are the rows drawn. */
  @state() private _near = false;
  /** The goal the keyboard has highlighted (-1: none). */
  @state() private _activeGoal = -1;
  /** True while the tooltip belongs to the keyboard's row rather than the pointer. */
  private _keyboardTip = false;
  private _io?: IntersectionObserver;
  private _observed?: Element;

  protected validate(input: unknown) {
    return validateTargetProgressData(input);
  }

  protected loadRecord(id: string): Promise<TargetProgressData | undefined> {
    return loadTargetProgressRecord(id);
  }

  /** Empty when no goal has any reported progress: the empty state lists each goal and says so. */
  protected override isEmpty(data: TargetProgressData): boolean {
    return !data.goals.some(hasProgress);
  }

  protected buildSummary(data: TargetProgressData, ctx: RenderContext): string {
    return targetProgressSummary(data, ctx.locale);
  }

  protected buildTable(data: TargetProgressData, ctx: RenderContext) {
    return targetProgressTable(data, ctx.locale, this.titleOf(data, ctx.locale));
  }

  protected buildItems(data: TargetProgressData, ctx: RenderContext) {
    return targetProgressItems(data, ctx.locale);
  }

  protected titleOf(data: TargetProgressData, locale: Locale): string {
    if (data.title) return text(data.title, locale);
    if (data.goals.length === 1) return text(data.goals[0].label, locale);
    return locale === 'en' ? 'Progress toward targets' : '目标进展';
  }

  protected sourcesOf(data: TargetProgressData): Source[] {
    const out: Source[] = [];
    for (const g of data.goals) {
      out.push(g.target.source);
      if (g.baseline) out.push(g.baseline.source);
      for (const o of g.progress) out.push(o.source);
    }
    return out;
  }

  protected override notesOf(data: TargetProgressData, locale: Locale): string[] {
    const many = data.goals.length > 1;
    const out = (data.notes ?? []).map((n) => text(n, locale));
    for (const g of data.goals) {
      const prefix = many ? `${text(g.label, locale)}${locale === 'en' ? ': ' : '：'}` : '';
      for (const n of g.notes ?? []) out.push(`${prefix}${text(n, locale)}`);
      for (const t of g.laterTargets ?? []) {
        out.push(`${prefix}${locale === 'en' ? 'Later target' : '后续目标'}${locale === 'en' ? ': ' : '：'}${text(t.label, locale)}`);
      }
    }
    return out;
  }

  protected override renderEmpty(data: TargetProgressData | undefined, ctx: RenderContext): TemplateResult | string {
    if (!data) return ui('noData', ctx.locale);
    const en = ctx.locale === 'en';
    return html`<div class="empty-goals">
      ${data.goals.map(
        (g) => html`<div>
          <strong>${text(g.label, ctx.locale)}</strong><br />
          <span>${en ? 'Target' : '目标'} ${targetValue(g, ctx.locale)} · ${deadlineText(g, ctx.locale)}</span><br />
          <span>${noProgress(ctx.locale)}</span>
        </div>`,
      )}
    </div>`;
  }

  protected renderFigure(data: TargetProgressData, ctx: RenderContext): TemplateResult {
    if (!this._near) return html`<div class="pending"></div>`;
    const models = goalModels(data);
    return renderGoals(models, scaleMax(models), ctx.locale, {
      active: this._activeGoal,
      pick: (i) => {
        const item = this.items[i];
        if (item) this.select(item);
      },
      hover: (i, e) => {
        const item = this.items[i];
        const plot = this.renderRoot.querySelector('.plot');
        if (!item || !plot) return;
        const box = plot.getBoundingClientRect();
        this._keyboardTip = false;
        this.pointAt(item, e.clientX - box.left, e.clientY - box.top);
      },
      leave: () => this.pointerLeft(),
    }, data.goals.length > 1 || this.titleOf(data, ctx.locale) !== text(data.goals[0].label, ctx.locale) || this.hideTitle);
  }

  protected override highlightItem(item: ChartItem | undefined): void {
    this._activeGoal = item ? item.dataIndex : -1;
    this._keyboardTip = !!item;
  }

  /** The keyboard's tooltip goes under its row (CSSOM, not a style attribute: a strict CSP allows it). */
  private placeKeyboardTip(): void {
    if (!this._keyboardTip || this._activeGoal < 0 || !this.tip) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`#goal-${this._activeGoal}`);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!row || !tip) return;
    tip.style.setProperty('top', `${row.offsetTop + row.offsetHeight + 4}px`);
    tip.style.setProperty('left', `${row.offsetLeft + 8}px`);
    tip.style.setProperty('right', 'auto');
  }

  // ---- lazy drawing: rows only once the element comes near the viewport ----------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeFigure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._io?.disconnect();
    this._io = undefined;
    this._observed = undefined;
    // Release the drawn rows; re-insertion draws them again when near the viewport.
    this._near = false;
    this._activeGoal = -1;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('locale') || changed.has('theme') || changed.has('_shown')) this._activeGoal = -1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.observeFigure();
    this.placeKeyboardTip();
    const figure = this.renderRoot.querySelector('.figure');
    if (figure) {
      if (this._activeGoal >= 0 && this._near) figure.setAttribute('aria-activedescendant', `goal-${this._activeGoal}`);
      else figure.removeAttribute('aria-activedescendant');
    }
  }

  private observeFigure(): void {
    if (this._near || !this.isConnected) return;
    const el = this.renderRoot?.querySelector('.figure');
    if (!el || (el === this._observed && this._io)) return;
    this._io?.disconnect();
    this._observed = el;
    this._io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this._io?.disconnect();
        this._io = undefined;
        this._near = true;
      },
      { rootMargin: '200px' },
    );
    this._io.observe(el);
  }
}
