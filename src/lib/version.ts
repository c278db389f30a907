// Put into the build by vite.config.ts's `define`; absent in vitest, hence the typeof guard.
declare const __KEEL_VERSION__: string;

/** The app's version, shown in Settings ("dev" outside a Vite build). */
export const APP_VERSION = typeof __KEEL_VERSION__ === 'string' ? __KEEL_VERSION__ : 'dev';
