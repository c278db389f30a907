import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { StayingSafe } from '../../../src/features/lock/StayingSafe';
import { freshDatabase } from '../helpers';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

async function openApp() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  await userEvent.setup().click(await screen.findByRole('button', { name: 'Not now' }));
  return userEvent.setup();
}

async function goTo(user: ReturnType<typeof userEvent.setup>, view: string) {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('button', { name: view }));
}

describe('Staying safe on this device', () => {
  it('says early that a watched device is not made safe by a passphrase', () => {
    render(<StayingSafe />);
    const page = screen.getByRole('article', { name: 'Staying safe on this device' });
    // Before any heading: the first thing read.
    const firstHeading = within(page).getAllByRole('heading', { level: 2 })[0];
    const early = within(page)
      .getByText(/may be watched/)
      .closest('p')!;
    expect(early.compareDocumentPosition(firstHeading!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(early).toHaveTextContent(/monitoring app/);
    expect(early).toHaveTextContent(/shared account/);
    expect(early).toHaveTextContent(/cloud backup/);
    expect(early).toHaveTextContent(/does not help while you type/);
    expect(early).toHaveTextContent(/device they cannot reach/);
  });

  it('keeps the details folded, short enough to read in a minute', () => {
    const { container } = render(<StayingSafe />);
    const folded = container.querySelectorAll('details');
    expect(folded.length).toBeGreaterThanOrEqual(3);
    for (const part of folded) expect(part.open).toBe(false);
    // What shows before anything is opened: about a minute of reading (under 200 words).
    const shown = [...container.querySelectorAll('article > p, article > ul, summary')]
      .map((node) => node.textContent ?? '')
      .join(' ');
    expect(shown.split(/\s+/).length).toBeLessThan(200);
  });

  it('says in its details what stays readable and what lingers, and who could change the app', async () => {
    const user = userEvent.setup();
    render(<StayingSafe />);
    await user.click(screen.getByText('What someone could still find on this device'));
    const text = screen.getByRole('article').textContent ?? '';
    expect(text).toMatch(
      /older copies of the journal.s key and records can stay in the browser.s files/i,
    );
    expect(text).toMatch(/a passphrase set from the start helps most/i);
    expect(text).toMatch(/setting one makes a new key/i);
    expect(text).toMatch(/names of the storage tables/);
    expect(text).toMatch(/record ids and times/);
    expect(text).toMatch(/rough sizes and counts/);
    expect(text).toMatch(/when a wrong passphrase was last tried/);
    expect(text).toMatch(/developer tools on this device could change the app itself/);
  });

  it('opened from Safety, offers the way back to Safety', async () => {
    const user = await openApp();
    await goTo(user, 'Safety');
    await user.click(await screen.findByRole('button', { name: 'Staying safe on this device' }));
    await user.click(await screen.findByRole('button', { name: 'Back to safety' }));
    expect(useKeel.getState().view).toBe('safety');
  });

  it('opened from Settings, offers the way back to Settings', async () => {
    const user = await openApp();
    await goTo(user, 'Safety');
    await user.click(await screen.findByRole('button', { name: 'Staying safe on this device' }));
    await goTo(user, 'Settings');
    await user.click(await screen.findByRole('button', { name: 'Staying safe on this device' }));
    await user.click(await screen.findByRole('button', { name: 'Back to settings' }));
    expect(useKeel.getState().view).toBe('settings');
  });
});
