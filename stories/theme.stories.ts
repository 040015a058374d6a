import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/civic-charts.js';
import { contrastRatio } from '../src/core/color.js';
import { THEME_COLORS, type ThemeColors } from '../src/core/palettes.js';
import { copyText } from '../src/embed/code-panel.js';
import { styles } from './support.js';

/**
 * The Theme page: set the `--civic-*` tokens with the controls (empty: the theme's default) and see
 * all four elements at once in light and dark, the contrast of each text and mark colour against
 * the surface (WCAG 2: text under 4.5:1 and marks under 3:1 are flagged), and the CSS to copy.
 */
const COLOR_TOKENS = [
  'text',
  'text-muted',
  'surface',
  'border',
  'accent',
  'positive',
  'negative',
  'track',
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
  'series-6',
  'focus',
] as const;
type ColorToken = (typeof COLOR_TOKENS)[number];
const OTHER_TOKENS = ['font-family', 'font-size', 'radius', 'padding', 'chart-height'] as const;
type OtherToken = (typeof OTHER_TOKENS)[number];
type Args = Record<ColorToken | OtherToken, string>;

/** Text must reach 4.5:1 against the surface (WCAG 1.4.3); marks and focus 3:1 (1.4.11). */
const TEXT: readonly ColorToken[] = ['text', 'text-muted', 'accent', 'negative'];
const MARKS: readonly ColorToken[] = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6', 'positive', 'focus'];

const property = (token: string) => (token.startsWith('font') || ['radius', 'padding', 'chart-height'].includes(token) ? `--civic-${token}` : `--civic-color-${token}`);

/** A token's default under a theme (palettes.ts); the focus ring follows the accent. */
function themeDefault(theme: 'light' | 'dark', token: ColorToken): string {
  const c = THEME_COLORS[theme];
  if (token === 'focus') return c.accent;
  if (token.startsWith('series-')) return c.series[Number(token.slice(7)) - 1];
  const key = (token === 'text-muted' ? 'muted' : token) as keyof Omit<ThemeColors, 'series'>;
  return c[key];
}

/** Any CSS colour as #rrggbb, as the browser resolves it; undefined when not opaque or not a colour. */
function resolve(color: string): string | undefined {
  const probe = document.createElement('span');
  probe.style.setProperty('color', color);
  if (!probe.style.getPropertyValue('color')) return undefined;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(rgb);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return undefined;
  return `#${[m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`;
}

const overrides = (a: Args) =>
  Object.fromEntries([...COLOR_TOKENS, ...OTHER_TOKENS].filter((t) => a[t]?.trim()).map((t) => [property(t), a[t].trim()]));

/** The CSS a designer copies: the changed tokens on the four tags. */
function themeCss(a: Args): string {
  const lines = Object.entries(overrides(a)).map(([p, v]) => `  ${p}: ${v};`);
  if (!lines.length) return '/* Every token is the theme default: nothing to add. */';
  return `civic-cluster-gauge,\ncivic-indicator-trend,\ncivic-target-progress,\ncivic-institute-map {\n${lines.join('\n')}\n}`;
}

function contrastTable(theme: 'light' | 'dark', a: Args) {
  const color = (t: ColorToken): string | undefined =>
    a[t]?.trim() ? resolve(a[t].trim()) : t === 'focus' ? color('accent') : resolve(themeDefault(theme, t));
  const surface = color('surface');
  const row = (t: ColorToken, min: number) => {
    const c = color(t);
    const ratio = c && surface ? contrastRatio(c, surface) : undefined;
    const low = ratio !== undefined && ratio < min;
    return html`<tr>
      <th scope="row"><code>${property(t)}</code></th>
      <td><span aria-hidden="true" ${styles({ display: 'inline-block', width: '14px', height: '14px', border: '1px solid #888', background: c ?? 'transparent', 'vertical-align': 'middle' })}></span> ${c ?? '?'}</td>
      <td>${ratio === undefined ? 'n/a (not an opaque colour)' : `${ratio.toFixed(2)}:1`}</td>
      <td>${ratio === undefined ? nothing : low ? html`<strong>⚠ under ${min}:1</strong>` : `✓ ≥ ${min}:1`}</td>
    </tr>`;
  };
  return html`<table ${styles({ 'border-collapse': 'collapse', 'font-size': '12px', 'margin-top': '8px' })}>
    <caption ${styles({ 'text-align': 'start', 'font-weight': '600' })}>Contrast against ${property('surface')} (${surface ?? '?'}), ${theme}</caption>
    <thead><tr><th scope="col">token</th><th scope="col">colour</th><th scope="col">ratio</th><th scope="col">WCAG</th></tr></thead>
    <tbody>
      ${TEXT.map((t) => row(t, 4.5))}
      ${MARKS.map((t) => row(t, 3))}
    </tbody>
  </table>`;
}

function column(theme: 'light' | 'dark', a: Args) {
  const dark = theme === 'dark';
  return html`<section ${styles({ padding: '12px', background: dark ? '#0f172a' : '#f4f6f8', 'color-scheme': theme, color: dark ? '#e4e7eb' : '#1f2933' })}>
    <h3 ${styles({ margin: '0 0 8px' })}>${theme}</h3>
    <div ${styles({ display: 'grid', 'grid-template-columns': 'repeat(auto-fill, minmax(300px, 1fr))', gap: '12px', ...overrides(a) })}>
      <civic-cluster-gauge record="new_materials" theme=${theme} locale="en"></civic-cluster-gauge>
      <civic-indicator-trend record="tech_transactions" theme=${theme} locale="en"></civic-indicator-trend>
      <civic-target-progress record="report_targets" theme=${theme} locale="en"></civic-target-progress>
      <civic-institute-map record="institutes" theme=${theme} locale="en"></civic-institute-map>
    </div>
    ${contrastTable(theme, a)}
  </section>`;
}

function copyButton(css: string) {
  return html`<button
    type="button"
    @click=${async (e: Event) => {
      const button = e.currentTarget as HTMLButtonElement;
      const pre = button.parentElement!.querySelector('code')!;
      const status = button.nextElementSibling!;
      status.textContent = (await copyText(css, pre)) ? 'Copied' : 'Selected: press Ctrl+C (⌘C) to copy';
    }}
  >
    Copy CSS</button
  ><span role="status" ${styles({ 'margin-inline-start': '8px' })}></span>`;
}

const argTypes = Object.fromEntries([
  ...COLOR_TOKENS.map((t) => [t, { control: 'color', name: property(t), description: `light: ${themeDefault('light', t)} · dark: ${themeDefault('dark', t)}` }]),
  ...OTHER_TOKENS.map((t) => [t, { control: 'text', name: property(t) }]),
]);

const meta: Meta<Args> = {
  title: 'Theme',
  argTypes,
  args: Object.fromEntries([...COLOR_TOKENS, ...OTHER_TOKENS].map((t) => [t, ''])) as Args,
  render: (a) => {
    const css = themeCss(a);
    // Keyed by the CSS: the elements read their palette when created, so a change re-creates them.
    return html`${keyed(
      css,
      html`<div ${styles({ display: 'grid', gap: '16px', 'font-family': 'system-ui, sans-serif' })}>
        <div ${styles({ display: 'grid', 'grid-template-columns': 'repeat(auto-fit, minmax(420px, 1fr))', gap: '16px' })}>
          ${column('light', a)} ${column('dark', a)}
        </div>
        <section>
          <h3 ${styles({ margin: '0 0 4px' })}>CSS</h3>
          <pre ${styles({ margin: '0 0 6px', padding: '8px', background: '#f4f6f8', 'white-space': 'pre-wrap' })}><code>${css}</code></pre>
          ${copyButton(css)}
        </section>
      </div>`,
    )}`;
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Set the `--civic-*` tokens (empty: the theme default) and see every element in light and dark at once, with the contrast of each text and mark colour against the surface (WCAG: text under 4.5:1, marks under 3:1 are flagged) and the CSS to copy. A token set here applies to both themes, as on a page.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Tokens: Story = { name: 'Tokens (theme defaults)' };
/** A brand accent too light for text on white: flagged in light, fine in dark. */
export const BrandAccent: Story = {
  name: 'A brand accent and font, one colour flagged',
  args: { accent: '#f2b705', 'series-1': '#b3261e', 'font-family': "Georgia, 'Songti SC', serif", radius: '0px' },
};
