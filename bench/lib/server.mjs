// A static server on 127.0.0.1 (random port) for the bench pages. Every response is `no-store`,
// so each run loads and compiles the scripts afresh (no HTTP or V8 code cache between runs).
//   /cdn/…    the civic-charts CDN bundles (dist/cdn, or $CIVIC_BENCH_CDN)
//   /pages/…  bench/pages (the civic pages, the trend and theme pages)
//   /plain/…  the built plain-ECharts pages (bench/.out/plain)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

export async function startServer(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(`${p}/`));
    const dir = prefix && mounts[prefix];
    const file = dir && normalize(join(dir, path.slice(prefix.length)));
    if (!file || !file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
