/**
 * The single place that imports echarts/core. Only what the elements draw is registered, so a page
 * that embeds one gauge does not download the whole library (see TOOLCHAIN.md, tree-shaking).
 *
 * Each element registers the chart types it needs with `use()` in its own module, so the gauge's
 * CDN bundle does not carry the map. The canvas renderer is used because the SVG renderer writes
 * `style` attributes, which a strict Content-Security-Policy (`style-src 'self'`) refuses.
 */
import { type EChartsCoreOption, init, registerMap, use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([CanvasRenderer]);

export { init, registerMap, use };

/**
 * An option drawn as an SVG string by ECharts' own SVG renderer, with no DOM: server-side
 * rendering for the `civic-charts render` command and the elements' SVG export. (Only code that
 * calls it carries the SVG renderer: the element bundles tree-shake it away.)
 */
export function renderSvg(option: EChartsCoreOption, theme: object, width: number, height: number): string {
  use([SVGRenderer]);
  const chart = init(null as unknown as HTMLElement, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
export type { EChartsType } from 'echarts/core';
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
