// Builds the plain-ECharts pages (bench/plain/) with Vite into bench/.out/plain/, as a portal
// would ship them: the 40-chart page in one bundle (index.html + index.js), and the 10,000-point
// trend's ECharts (trend.js). Two builds, so neither bundle shares a chunk with the other.
import { join } from 'node:path';
import { benchFigures } from '../plain/figures.mjs';

export async function buildPlain(root, outDir) {
  const { build } = await import('vite');
  const plainDir = join(root, 'bench/plain');
  const figures = benchFigures(root);
  const figuresModule = {
    name: 'bench-figures',
    resolveId: (id) => (id === 'virtual:bench-figures' ? '\0bench-figures' : null),
    load: (id) => (id === '\0bench-figures' ? `export default ${JSON.stringify(figures)};` : null),
  };
  const common = {
    configFile: false,
    root: plainDir,
    base: '/plain/',
    publicDir: false,
    logLevel: 'warn',
    plugins: [figuresModule],
  };
  const output = { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' };
  await build({
    ...common,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 5000, // full ECharts is the point of this page
      rolldownOptions: { input: { index: join(plainDir, 'index.html') }, output },
    },
  });
  await build({
    ...common,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 5000, // full ECharts is the point of this page
      rolldownOptions: { input: { trend: join(plainDir, 'trend.js') }, output },
    },
  });
}
