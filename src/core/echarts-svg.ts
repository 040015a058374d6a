/**
 * ECharts' SVG renderer, apart from echarts.ts: only what imports this module carries it. The
 * elements load it with `import()` when an SVG or PNG is exported (a chunk of its own, outside the
 * CDN bundles' size budgets); `civic-charts render` imports it directly. No DOM is touched: the
 * SVG is a string (server-side rendering), so the renderer's `style` attributes never meet a
 * page's Content-Security-Policy.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { init, use } from './echarts.js';

/** An option drawn as an SVG document string by ECharts' SVG renderer, with no DOM and no animation. */
export function renderSvg(option: EChartsCoreOption, theme: object, width: number, height: number): string {
  // Registered on first use, not at import: the module stays free of top-level side effects.
  use([SVGRenderer]);
  const chart = init(null as unknown as HTMLElement, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
