import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { webcrypto } from 'node:crypto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom's crypto lacks subtle; Node's WebCrypto is the same API the browser has.
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

// A busy two-core machine (CI, or several suites at once) can take seconds to seal and read
// back a row: waiting for a role or a stored value allows that rather than failing at 1 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
