// Serves the built app on 127.0.0.1 with Keel's Content-Security-Policy as a header.
// Usage: node scripts/serve.mjs [--root dist] [--port 4173]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Decrypted photos and voice notes are shown from object URLs made in the page.
  "media-src 'self' blob:",
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

/** Text-like files are sent gzipped when the browser accepts it, as a real host would. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt|wasm)$/;
const gzipped = new Map();

/** The file gzipped, kept until it changes on disk (a rebuild). */
function gzipOf(path) {
  const { mtimeMs, size } = statSync(path);
  const seen = gzipped.get(path);
  if (seen && seen.mtimeMs === mtimeMs && seen.size === size) return seen.bytes;
  const bytes = gzipSync(readFileSync(path), { level: 9 });
  gzipped.set(path, { mtimeMs, size, bytes });
  return bytes;
}

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
    const gzip =
      COMPRESSIBLE.test(path) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipOf(path) : null;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(body ? { 'Content-Encoding': 'gzip', 'Content-Length': body.length } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else if (body) res.end(body);
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
