/**
 * The demo page (`npm start`): demo/index.html, a portal article with civic-charts embedded,
 * served by Vite straight from src/ (no build needed).
 *
 * The page is written to pass the strict Content-Security-Policy of SPEC.md (no inline scripts,
 * no inline styles). The dev server sends that policy as `Content-Security-Policy-Report-Only`,
 * so nothing breaks during development (Vite's HMR client is not part of the contract) while
 * every violation is printed in this terminal. `CSP=enforce npm start` enforces it instead.
 * The same goes for the built page: `vite build --config vite.demo.config.ts` (to dist/demo/),
 * then `CSP=enforce vite preview --config vite.demo.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defineConfig, type Logger, type Plugin } from 'vite';
import { ownSideEffects } from './vite.config.js';

const root = fileURLToPath(new URL('.', import.meta.url));

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const REPORT_PATH = '/__csp-report';

/** Sends the CSP header with every page and prints the violation reports it receives. */
function cspPlugin(): Plugin {
  const enforce = process.env['CSP'] === 'enforce';
  const header = enforce ? 'Content-Security-Policy' : 'Content-Security-Policy-Report-Only';
  return {
    name: 'civic-demo-csp',
    configureServer(server) {
      server.middlewares.use(middleware(server.config.logger));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(server.config.logger));
    },
  };

  function middleware(logger: Logger) {
    return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (req.url === REPORT_PATH && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          try {
            const report = JSON.parse(body)['csp-report'] ?? {};
            logger.warn(
              `[csp] ${report['violated-directive'] ?? report['effective-directive'] ?? '?'} blocked ` +
                `${report['blocked-uri'] || 'inline'} (${report['source-file'] ?? report['document-uri'] ?? ''}` +
                `${report['line-number'] ? `:${report['line-number']}` : ''})`,
              { timestamp: true },
            );
          } catch {
            logger.warn(`[csp] unreadable report: ${body.slice(0, 200)}`);
          }
          res.statusCode = 204;
          res.end();
        });
        return;
      }
      res.setHeader(header, `${CSP}; report-uri ${REPORT_PATH}`);
      next();
    };
  }
}

export default defineConfig({
  root: `${root}demo`,
  publicDir: false,
  // ECharts and zrender read process.env.NODE_ENV (TOOLCHAIN pitfall 5).
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env['NODE_ENV'] ?? 'development') },
  plugins: [cspPlugin(), ownSideEffects()],
  optimizeDeps: {
    // One copy of Lit and ECharts, pre-bundled before the first request.
    include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env['PORT'] ?? 5173),
    strictPort: false,
    open: false,
    fs: { allow: [root] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: `${root}dist/demo`,
    emptyOutDir: true,
    target: 'es2022',
  },
});
