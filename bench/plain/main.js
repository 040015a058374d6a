// The page a portal developer would write without civic-charts: the full ECharts import, one
// bundle, every chart created and drawn at load with a hand-written option. Built by
// scripts/bench.mjs with Vite (`virtual:bench-figures` holds the seed figures, see figures.mjs).
import * as echarts from 'echarts';
import figures from 'virtual:bench-figures';

echarts.registerMap('ningbo', figures.geo);

const fmt = (v) => (v === null ? '–' : v.toLocaleString('en'));
const title = (text) => ({ text, left: 0, top: 0, textStyle: { fontSize: 15 } });

function gaugeOption(g) {
  const max = g.target * 1.2;
  return {
    title: title(`${g.name} (${g.tier})`),
    series: [
      {
        type: 'gauge',
        min: 0,
        max,
        radius: '78%',
        center: ['50%', '58%'],
        axisLine: {
          lineStyle: {
            width: 14,
            color: [
              ...g.tiers.filter((t) => t < max).map((t, i) => [t / max, ['#c6dbef', '#6baed6', '#2171b5'][i]]),
              [1, '#08306b'],
            ],
          },
        },
        splitNumber: 4,
        axisLabel: { distance: 20, formatter: (v) => fmt(Math.round(v)) },
        detail: { formatter: () => `${fmt(g.value)} ${g.unit}`, fontSize: 18, offsetCenter: [0, '62%'] },
        title: { offsetCenter: [0, '88%'] },
        data: [{ value: g.value, name: `${g.period} · target ${fmt(g.target)} ${g.unit}` }],
      },
    ],
  };
}

function trendOption(t) {
  return {
    title: title(`${t.name} (${t.unit})`),
    grid: { left: 56, right: 48, top: 48, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'time' },
    yAxis: [
      { type: 'value', name: t.unit },
      { type: 'value', name: t.barUnit, splitLine: { show: false } },
    ],
    series: [
      { type: 'line', name: t.unit, data: t.line, symbolSize: 6 },
      { type: 'bar', name: t.barUnit, yAxisIndex: 1, data: t.bars, barMaxWidth: 16 },
    ],
  };
}

function progressOption(p) {
  const goals = [...p.goals].reverse();
  return {
    title: title('Progress toward the goals (% of target)'),
    grid: { left: 200, right: 56, top: 40, bottom: 24 },
    xAxis: { type: 'value', max: (v) => Math.max(100, v.max), axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: goals.map((g) => g.name), axisLabel: { width: 190, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: goals.map((g) => g.pct),
        label: { show: true, position: 'right', formatter: (x) => (x.value === null ? '' : `${x.value}%`) },
        markLine: { silent: true, symbol: 'none', data: [{ xAxis: 100 }] },
      },
    ],
  };
}

function mapOption(m) {
  const max = Math.max(...m.districts.map((d) => d.value));
  return {
    title: title(m.name),
    geo: { map: 'ningbo', roam: false, top: 40, bottom: 40, itemStyle: { areaColor: '#eef3f8', borderColor: '#888' } },
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      orient: 'horizontal',
      left: 0,
      bottom: 0,
      pieces: Array.from({ length: max + 1 }, (_, v) => ({ value: v, label: String(v) })),
      inRange: { color: ['#eef3f8', '#2171b5'] },
    },
    tooltip: {},
    series: [
      { type: 'map', geoIndex: 0, data: m.districts },
      { type: 'scatter', coordinateSystem: 'geo', data: m.institutes, symbolSize: 12, z: 4 },
    ],
  };
}

const build = { gauge: (id) => gaugeOption(figures.gauges[id]), trend: (id) => trendOption(figures.trends[id]), progress: (id) => progressOption(figures.progress[id]), map: () => mapOption(figures.map) };

for (const el of document.querySelectorAll('.chart')) {
  const chart = echarts.init(el);
  chart.setOption(build[el.dataset.kind](el.dataset.record));
}
