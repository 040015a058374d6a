/**
 * The element's colours as ECharts and the builders need them: the resolved palette of the
 * `--civic-*` tokens under the element's theme, read from CSS only when it may have changed (the
 * `theme` attribute, the OS colour scheme, forced colours, contrast or motion preferences), and
 * only when someone asks for it (an element far below the fold never reads it). Read it after
 * an update (`updated`, the chart's callbacks), never in `render()`: the `theme` attribute is
 * reflected after `render()` runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Palette, WATCHED_MEDIA, prefersReducedMotion, readPalette } from './theme.js';

export class ThemeController implements ReactiveController {
  /** Increments whenever the palette may have changed: chart elements restyle when it moves. */
  generation = 0;
  private _palette?: Palette;
  private dirty = true;
  private theme?: string;
  private readonly media = WATCHED_MEDIA.map((q) => matchMedia(q));
  private readonly onMedia = () => {
    this.invalidate();
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The `theme` property (a property change is seen before it is reflected). */
    private readonly themeOf: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The resolved palette (read from CSS now if it may have changed). */
  get palette(): Palette {
    if (!this._palette || this.dirty) {
      this._palette = readPalette(this.host);
      this.dirty = false;
    }
    return this._palette;
  }

  get reducedMotion(): boolean {
    return prefersReducedMotion();
  }

  /** The tokens may have changed (a page restyled the element): read them again when next asked. */
  invalidate(): void {
    this.dirty = true;
    this.generation++;
  }

  hostConnected(): void {
    for (const m of this.media) m.addEventListener('change', this.onMedia);
    this.invalidate();
  }

  hostDisconnected(): void {
    for (const m of this.media) m.removeEventListener('change', this.onMedia);
  }

  hostUpdate(): void {
    const theme = this.themeOf();
    if (theme !== this.theme) {
      this.theme = theme;
      this.invalidate();
    }
  }
}
