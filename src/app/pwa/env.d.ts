// A value vite.config.ts puts into the build with `define` (absent in vitest: guard with typeof).
// __KEEL_VERSION__ is read in one place, src/lib/version.ts.
declare const __KEEL_PWA_DEV__: boolean;
