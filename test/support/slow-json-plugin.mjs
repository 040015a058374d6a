// `/__slow__/gauge.json?ms=300&name=A`: a gauge document served after a delay, to test
// fetch timeouts, aborts and out-of-order responses of the `src` attribute.
export function slowJsonPlugin() {
  return {
    name: 'civic-slow-json',
    async serve(context) {
      if (context.path !== '/__slow__/gauge.json') return undefined;
      const q = context.URL.searchParams;
      const ms = Math.min(Number(q.get('ms') ?? 0), 20000);
      await new Promise((r) => setTimeout(r, ms));
      const name = q.get('name') ?? 'slow';
      const src = { kind: 'illustrative', quote: 'Illustrative test data' };
      return {
        type: 'json',
        body: JSON.stringify({
          name,
          tier: '千亿级',
          target: { value: 1000, unit: '亿元', year: null, source: src },
          value: { period: '2021', value: Number(q.get('value') ?? 500), unit: '亿元', bound: 'exact', source: src },
        }),
      };
    },
  };
}
