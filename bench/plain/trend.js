// The plain side of the 10,000-point trend: the full ECharts import, handed to the measuring
// script as window.benchEcharts (it calls init + setOption itself, timed like the element).
import * as echarts from 'echarts';

window.benchEcharts = echarts;
