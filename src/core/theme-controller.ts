/**
 * The element's colours as ECharts and the builders need them: the resolved palette of the
 * `--civic-*` tokens under the element's theme, read from CSS only when it may have changed (the
 * `theme` attribute, the OS colour scheme, forced colours, contrast or motion preferences), and
 * only when someone asks for it (an element far below the fold never reads it). Read it after
 * an update (`updated`, the chart's callbacks), never in `render()`: the `theme` attribute is
 * reflected after `render()` runs.
 *
 * Read once per theme and token set, not per element (issue 10): every read of computed style
 * forced the page's pending style work into the chart's task. Elements of one kind under one
 * parent with the same `theme`, `class`, `style`, `id` and `lang` match the same rules, so they
 * share one reading. (A page that styles one of them apart by position, `:nth-child`, gives it a
 * class.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Palette, WATCHED_MEDIA, prefersReducedMotion, readPalette } from './theme.js';

/** Palettes read, per parent node, by the host's styling key; replaced when a watched medium changes. */
let palettes = new WeakMap<Node, Map<string, Palette>>();

function styleKey(host: Element): string {
  const a = (name: string) => host.getAttribute(name) ?? '';
  return [host.localName, a('theme'), a('class'), a('style'), a('id'), a('lang')].join('\u0000');
}

function sharedPalette(host: Element): Palette {
  const parent = host.parentNode;
  if (!parent) return readPalette(host);
  let byKey = palettes.get(parent);
  if (!byKey) palettes.set(parent, (byKey = new Map()));
  const key = styleKey(host);
  let palette = byKey.get(key);
  if (!palette) byKey.set(key, (palette = readPalette(host)));
  return palette;
}

/** One listener per watched medium for the page, not four per element. */
const listeners = new Set<() => void>();
let media: MediaQueryList[] | undefined;

function watchMedia(listener: () => void): void {
  listeners.add(listener);
  media ??= WATCHED_MEDIA.map((q) => {
    const m = matchMedia(q);
    m.addEventListener('change', () => {
      palettes = new WeakMap();
      for (const l of [...listeners]) l();
    });
    return m;
  });
}

export class ThemeController implements ReactiveController {
  /** Increments whenever the palette may have changed: chart elements restyle when it moves. */
  generation = 0;
  private _palette?: Palette;
  private dirty = true;
  private theme?: string;
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

  /** The resolved palette (read from CSS now if it may have changed and no like element has). */
  get palette(): Palette {
    if (!this._palette || this.dirty) {
      this._palette = sharedPalette(this.host);
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
    watchMedia(this.onMedia);
    this.invalidate();
  }

  hostDisconnected(): void {
    listeners.delete(this.onMedia);
  }

  hostUpdate(): void {
    const theme = this.themeOf();
    if (theme !== this.theme) {
      this.theme = theme;
      this.invalidate();
    }
  }
}
