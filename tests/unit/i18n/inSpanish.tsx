/** Shared set-up for tests that open the whole app in Spanish and put English back after. */
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

/** Call once at the top of a test file. */
export function speakEnglishAfterEachTest(): void {
  // Views preload when the browser is idle (a 200 ms timer here): let that run before teardown.
  afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

  afterEach(async () => {
    localStorage.clear();
    forgetLocale();
    await chooseLocale('en');
  });
}

/** A fresh journal, opened as the app opens it, with Spanish chosen. */
export async function openAppInSpanish() {
  await chooseLocale('es');
  freshDatabase();
  render(<App />);
  await act(() => start());
  return userEvent.setup();
}
