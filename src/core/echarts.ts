/**
 * The single place that imports echarts/core. Only what the elements draw is registered, so a page
 * that embeds one gauge does not download the whole library (named imports: a namespace import
 * would keep every export of echarts/core).
 *
 * Each element registers the chart types it needs with `use()` in its own module, so the gauge's
 * CDN bundle does not carry the map. The canvas renderer is used because the SVG renderer writes
 * `style` attributes, which a strict Content-Security-Policy (`style-src 'self'`) refuses; the SVG
 * renderer is only used for SVG strings, in echarts-svg.ts, loaded when an SVG is exported.
 */
import { init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer]);

export { init, registerMap, use };

export type { EChartsType } from 'echarts/core';
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
