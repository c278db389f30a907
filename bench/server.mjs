// The benchmark's server: the built app at /, exactly as scripts/serve.mjs serves it
// (same CSP), and the bench seed page at /__bench/ on the same origin, so the seed
// writes into the very IndexedDB the app opens.
import { createServer } from 'node:http';
import { createAppServer } from '../scripts/serve.mjs';
import { DIST, SEED_OUT } from './build.mjs';

export const BENCH_PREFIX = '/__bench';

export async function startBenchServer(port) {
  const app = createAppServer(DIST).listeners('request')[0];
  const seed = createAppServer(SEED_OUT).listeners('request')[0];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === BENCH_PREFIX || url.startsWith(`${BENCH_PREFIX}/`)) {
      req.url = url.slice(BENCH_PREFIX.length) || '/';
      seed(req, res);
    } else app(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
