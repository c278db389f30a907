/**
 * The first screens speak from a small part of the catalogue fetched at start-up; the rest is
 * fetched once one of them is shown. Here the rest is held back (a fresh module graph whose
 * rest.en chunk waits for a gate) to show that nothing on a first screen needs it.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it, vi } from 'vitest';
import english from '../../../src/ui/i18n/messages/en';

vi.setConfig({ testTimeout: 60_000 });

const REST = '../../../src/ui/i18n/messages/rest.en';

afterAll(() => {
  vi.doUnmock(REST);
  vi.resetModules();
});

/** Opens a fresh app whose rest of the English words arrives only when `release` is called. */
async function openWithRestHeldBack() {
  vi.resetModules();
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let restAsked = 0;
  vi.doMock(REST, async (importOriginal) => {
    restAsked += 1;
    await gate;
    return importOriginal();
  });
  const { loadFirstMessages, translateNow } = await import('../../../src/ui/i18n/i18n');
  const { freshDatabase } = await import('../helpers');
  const { App } = await import('../../../src/app/App');
  const { start } = await import('../../../src/app/start');
  await loadFirstMessages('en');
  freshDatabase();
  render(<App />);
  await act(() => start());
  return { release, restAsked: () => restAsked, translateNow };
}

/** Any catalogue key shown as it is, instead of its words. */
function keysShown(): string[] {
  const text = document.body.textContent ?? '';
  return Object.keys(english).filter((key) => text.includes(key));
}

describe('the first screens', () => {
  it('show the journal complete while the rest of the words are still on their way', async () => {
    const { release, restAsked, translateNow } = await openWithRestHeldBack();

    expect(await screen.findByRole('button', { name: 'New entry' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Journal', 'Patterns', 'Reflect', 'Safety', 'Settings']) {
      expect(within(nav).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      await screen.findByRole('heading', { name: english['firstRun.heading'] }),
    ).toBeInTheDocument();
    expect(screen.getByText(english['journal.count.none'])).toBeInTheDocument();
    expect(keysShown()).toEqual([]);
    // Asked for once a first screen was shown, and still held back.
    expect(restAsked()).toBe(1);
    // Code outside React says a first screen's words from the part that is here.
    expect(translateNow('shell.needsReload')).toBe(english['shell.needsReload']);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(
      await screen.findByRole('heading', { name: english['lock.closed'] }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toBeInTheDocument();
    expect(keysShown()).toEqual([]);

    release();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(keysShown()).toEqual([]);
  });
});
