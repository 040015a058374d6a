// A trend given 10,000 new points, against plain ECharts, in one page (bench/pages/trend.html),
// no CPU throttling, frames unthrottled, the two interleaved so machine noise hits both:
//   civic: set `data` of the <civic-indicator-trend> already on the page (illustrative monthly
//          observations '1200-01'…, a different series each time), until civic-ready, el.chart
//          and one animation frame;
//   plain: echarts.init on a new 800 × 300 div + setOption (a line with sampling: 'lttb' on a
//          time axis, the same 10,000 values) + one animation frame. The data arrays are built
//          before the clock starts on both sides.
// Also, civic only, as before issue 10: a new element given the data (created, inserted, ready,
// drawn), an arrow key moving the highlighted point and its tooltip, and a live theme switch.
export async function runTrend(browser, origin, { budgetMs = 20_000, maxPairs = 11, warmup = 2, onError }) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 900 });
    page.on('pageerror', (err) => onError(`trend: ${err}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warn') onError(`trend: console.${msg.type()}: ${msg.text()}`);
    });
    await page.goto(`${origin}/pages/trend.html`, { waitUntil: 'load', timeout: 20_000 });
    return await page.evaluate(
      async ({ budgetMs, maxPairs, warmup }) => {
        const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
        const N = 10_000;
        await customElements.whenDefined('civic-indicator-trend');
        while (!window.benchEcharts) await new Promise((r) => setTimeout(r, 20));
        const echarts = window.benchEcharts;
        const el = document.querySelector('civic-indicator-trend');
        const plainHost = document.getElementById('plain');
        const source = { kind: 'illustrative', quote: 'Illustrative benchmark data' };
        const valueAt = (i, shift) => 1000 + shift + Math.round(300 * Math.sin(i / 40) + i / 10);
        const period = (i) => `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        const civicData = (shift) => ({
          name: 'Ten thousand points',
          unit: '亿元',
          series: [
            {
              id: 'big',
              name: 'Ten thousand points',
              observations: Array.from({ length: N }, (_, i) => ({ period: period(i), value: valueAt(i, shift), unit: '亿元', bound: 'exact', source })),
            },
          ],
        });
        const plainData = (shift) => Array.from({ length: N }, (_, i) => [Date.UTC(1200 + Math.floor(i / 12), i % 12, 1), valueAt(i, shift)]);

        let shift = 0;
        const civic = async () => {
          const data = civicData(++shift);
          const t0 = performance.now();
          const ready = new Promise((r) => el.addEventListener('civic-ready', r, { once: true }));
          el.data = data;
          await ready;
          while (!el.chart) await raf();
          await raf();
          return performance.now() - t0;
        };
        const plain = async () => {
          const data = plainData(++shift);
          const div = document.createElement('div');
          plainHost.append(div);
          const t0 = performance.now();
          const chart = echarts.init(div);
          chart.setOption({
            grid: { left: 56, right: 24, top: 24, bottom: 40 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'time' },
            yAxis: { type: 'value' },
            series: [{ type: 'line', sampling: 'lttb', showSymbol: false, data }],
          });
          await raf();
          const dt = performance.now() - t0;
          chart.dispose();
          div.remove();
          return dt;
        };
        const civicNew = async () => {
          const data = civicData(++shift);
          const fresh = document.createElement('civic-indicator-trend');
          fresh.setAttribute('locale', 'en');
          const t0 = performance.now();
          const ready = new Promise((r) => fresh.addEventListener('civic-ready', r, { once: true }));
          fresh.data = data;
          el.before(fresh);
          await ready;
          while (!fresh.chart) await raf();
          await raf();
          const dt = performance.now() - t0;
          fresh.remove();
          return dt;
        };

        for (let i = 0; i < warmup; i++) {
          await civic();
          await plain();
        }
        const civicTimes = [];
        const plainTimes = [];
        const start = performance.now();
        for (let i = 0; i < maxPairs && performance.now() - start < budgetMs; i++) {
          if (i % 2 === 0) {
            civicTimes.push(await civic());
            plainTimes.push(await plain());
          } else {
            plainTimes.push(await plain());
            civicTimes.push(await civic());
          }
        }
        const newElement = [];
        const t1 = performance.now();
        for (let i = 0; i < 3 && (i === 0 || performance.now() - t1 < budgetMs / 3); i++) newElement.push(await civicNew());

        const figure = el.shadowRoot.querySelector('[part~="chart"]');
        figure.focus();
        const keys = [];
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          figure.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          await el.updateComplete;
          await raf();
          keys.push(performance.now() - t0);
        }
        const tooltip = el.shadowRoot.querySelector('[part~="tooltip"]').textContent.replace(/\s+/g, ' ').trim();
        const themes = [];
        for (let i = 0; i < 6; i++) {
          const t0 = performance.now();
          el.setAttribute('theme', i % 2 ? 'light' : 'dark');
          await el.updateComplete;
          await raf();
          themes.push(performance.now() - t0);
        }
        const opt = el.chart.getOption();
        return {
          civic: civicTimes,
          plain: plainTimes,
          newElement,
          keys,
          themes,
          sampling: opt.series.find((s) => s && s.id === 'solid:0')?.sampling,
          tooltip,
        };
      },
      { budgetMs, maxPairs, warmup },
    );
  } finally {
    await page.close().catch(() => {});
  }
}
