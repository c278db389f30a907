import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/app/pwa/registerServiceWorker.ts registers it: no inline script
      includeAssets: ['icon-32.png', 'apple-touch-icon.png'], // svg is in globPatterns
      manifest: {
        id: '/',
        name: 'Keel',
        short_name: 'Keel',
        description: 'A private journal.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#f6f5f1',
        background_color: '#f6f5f1',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,wasm}'],
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
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
