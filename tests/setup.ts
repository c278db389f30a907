import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { webcrypto } from 'node:crypto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadMessages } from '../src/ui/i18n/i18n';

// jsdom's crypto lacks subtle; Node's WebCrypto is the same API the browser has.
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

// A busy two-core machine (CI, or several suites at once) can take seconds to seal and read
// back a row: waiting for a role or a stored value allows that rather than failing at 1 s.
configure({ asyncUtilTimeout: 10_000 });

// English is fetched once before any test renders, so a view using t() shows its words on the
// first render as it does in the app (where start-up loads the language beside the journal).
beforeAll(async () => {
  await loadMessages('en');
});

afterEach(() => cleanup());
