import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, minify, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP } from './scripts/serve.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// KEEL_BUILD_TAG marks a build apart (the update test builds two that differ only by it).
const buildTag = process.env.KEEL_BUILD_TAG;
// The service worker is off in `vite dev` (no stale code) unless KEEL_PWA_DEV=1.
const pwaInDev = process.env.KEEL_PWA_DEV === '1';

/** The header's policy as a meta tag in the built index.html (frame-ancestors works only as a header). */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CSP.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'keel-csp-meta',
    apply: 'build', // the dev server needs an inline script (React refresh), so not there
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const TAB_SCRIPT = 'src/app/tab.js';

/**
 * The plain script the first paint runs (/tab.js; CSP allows no inline script), minified:
 * it counts toward the JS loaded before the first screen.
 */
function firstPaintScript(): Plugin {
  const source = () => readFileSync(TAB_SCRIPT, 'utf8');
  const WORDS = "/* first screens' words */ {}";
  return {
    name: 'keel-first-paint-script',
    async generateBundle(_options, bundle) {
      // Each language's first-screens words chunk, for tab.js to fetch beside the app's script.
      const words: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        const lang =
          chunk.type === 'chunk' && /messages\/first\.(\w+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (lang) words[lang[1] as string] = `/${chunk.fileName}`;
      }
      const text = source();
      if (!text.includes(WORDS) || Object.keys(words).length === 0) {
        this.error("tab.js: the first screens' words could not be listed");
      }
      const filled = text.replace(WORDS, JSON.stringify(words));
      const { code } = await minify('tab.js', filled, { compress: true, mangle: true });
      this.emitFile({ type: 'asset', fileName: 'tab.js', source: code });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/tab.js') return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
  };
}

const KEEL_ICONS = [
  { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** The disguises' names in files (src/lib/disguise.ts disguiseSlug, public/tab.js). */
const DISGUISE_MANIFESTS = ['Notes', 'Calendar', 'Weather', 'Recipes', 'Page'];

/**
 * One web app manifest per disguise, so installing while disguised installs under the
 * disguise's name and icon: public/tab.js points the page's manifest link at the chosen one
 * before the browser reads it (docs/decisions: disguise on closed screens and manifests).
 */
function webAppManifests(): Plugin {
  const manifest = (name: string, icons: object[]) => ({
    id: '/',
    name,
    short_name: name,
    description: name === 'Keel' ? 'A private journal.' : '',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#f6f5f1',
    background_color: '#f6f5f1',
    icons,
  });
  const files: [string, object][] = [
    ['manifest.webmanifest', manifest('Keel', KEEL_ICONS)],
    ...DISGUISE_MANIFESTS.map((name): [string, object] => {
      const slug = name.toLowerCase();
      return [
        `manifest-${slug}.webmanifest`,
        manifest(name, [
          { src: `disguise-${slug}-192.png`, sizes: '192x192', type: 'image/png' },
          { src: `disguise-${slug}-512.png`, sizes: '512x512', type: 'image/png' },
        ]),
      ];
    }),
  ];
  return {
    name: 'keel-web-app-manifests',
    generateBundle() {
      for (const [fileName, content] of files) {
        this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(content, null, 2)}\n` });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const found = files.find(([fileName]) => req.url === `/${fileName}`);
        if (!found) return next();
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(JSON.stringify(found[1]));
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    webAppManifests(),
    firstPaintScript(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/app/pwa/registerServiceWorker.ts registers it: no inline script
      // The manifests are written by webAppManifests() above: one per disguise.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,wasm,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take charge of the first load (there is no older worker then). Updates still wait
        // for the person: there is no skipWaiting here, only on their "Reload now".
        clientsClaim: true,
        skipWaiting: false,
        // Nothing is cached at run time, and nothing off the origin is ever fetched.
        runtimeCaching: [],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      devOptions: { enabled: pwaInDev, navigateFallback: 'index.html' },
    }),
  ],
  define: {
    __KEEL_VERSION__: JSON.stringify(buildTag ? `${version}+${buildTag}` : version),
    __KEEL_PWA_DEV__: JSON.stringify(pwaInDev),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically in one file beside the entry: on a
        // slow phone each separate file costs a request (six at a time over HTTP/1.1), and
        // through the service worker each costs a fetch event (docs/decisions: first screen).
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'] },
            // Loaded together or not at all (a first run needs both before its first screen):
            // one request each rather than a dozen small ones queueing on a slow network.
            {
              name: 'records',
              test: /src\/storage\/(writes|codec|records|deletions|versions|reflectSafetyCodec|attachmentCodec)\.ts|node_modules\/valibot\//,
            },
            {
              name: 'passphrase-offer',
              test: /src\/features\/lock\/(FirstRunOffer|PassphraseText|PassphraseForm|FailedTriesNote|failedTries)\.tsx?|src\/(ui\/Problem|ui\/useAsyncAction|state\/updateSettings|storage\/passphrase)\.tsx?/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
