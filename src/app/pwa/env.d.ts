// Values vite.config.ts puts into the build with `define` (absent in vitest: guard with typeof).
declare const __KEEL_VERSION__: string;
declare const __KEEL_PWA_DEV__: boolean;
