// Builds what the benchmark serves: the app (dist/) when missing or older than its
// sources, and the bench-only seed page (bench/.build/) that writes journals through
// the app's own storage code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const SEED_OUT = join(ROOT, 'bench', '.build');

/** Newest modification time under the given files and folders. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(ROOT, path));
  return latest;
}

const APP_SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

export function appBuildIsStale() {
  const built = join(DIST, 'index.html');
  if (!existsSync(built)) return true;
  return statSync(built).mtimeMs < newest(APP_SOURCES);
}

/** Runs `vite build` for the app when asked to, or when dist/ is missing or stale. */
export function ensureAppBuild({ force = false, log = console.log } = {}) {
  if (!force && !appBuildIsStale()) {
    log('Using the existing build in dist/.');
    return;
  }
  log('Building the app (vite build)...');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const child = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error('The app build failed');
}

/** Builds bench/seed.html into bench/.build/, served at /__bench/ on the app's origin. */
export async function buildSeedPage({ log = console.log } = {}) {
  const built = join(SEED_OUT, 'seed.html');
  if (
    existsSync(built) &&
    statSync(built).mtimeMs >=
      newest(['src', 'bench/seed.ts', 'bench/seed.html', 'bench/generate.ts'])
  ) {
    return;
  }
  log('Building the bench seed page...');
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: join(ROOT, 'bench'),
    base: '/__bench/',
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: SEED_OUT,
      emptyOutDir: true,
      rollupOptions: { input: join(ROOT, 'bench', 'seed.html') },
    },
  });
}
