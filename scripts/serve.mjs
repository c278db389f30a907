// Serves the built app on 127.0.0.1 with Keel's Content-Security-Policy as a header.
// Usage: node scripts/serve.mjs [--root dist] [--port 4173]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for a built app; unknown paths fall back to index.html. `root` may be a function. */
export function createAppServer(root) {
  const rootOf = typeof root === 'function' ? root : () => root;
  return createServer((req, res) => {
    const base = resolve(rootOf());
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(base, 'index.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const immutable = path.includes(`${join(base, 'assets')}`);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
}

function arg(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = arg('--root', 'dist');
  const port = Number(arg('--port', process.env.PORT ?? '4173'));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built app in ${root}/. Run "npm run build" first.`);
    process.exit(1);
  }
  createAppServer(root).listen(port, '127.0.0.1', () => {
    console.log(`Keel is being served at http://127.0.0.1:${port}/`);
  });
}
