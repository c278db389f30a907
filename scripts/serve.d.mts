// Types for scripts/serve.mjs, for the TypeScript that imports it (vite.config.ts, tests/e2e).
import type { Server } from 'node:http';

/** Keel's Content-Security-Policy, as the header the server sends. */
export const CSP: string;

/** A static server for a built app; `root` may be a function, read on every request. */
export function createAppServer(root: string | (() => string)): Server;
