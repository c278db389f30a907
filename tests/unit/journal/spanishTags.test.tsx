import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

afterEach(async () => {
  await act(() => chooseLocale('en'));
  forgetLocale();
});

async function firstRun() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  return useKeel.getState().tags;
}

describe('the starting feelings and events', { timeout: 30_000 }, () => {
  it('are named in Spanish when a journal starts in Spanish, with the same ids', async () => {
    await act(() => chooseLocale('es'));
    const tags = await firstRun();
    const name = (id: string) => tags.find((tag) => tag.id === id)?.name;
    expect(name('f01')).toBe('Miedo');
    expect(name('f06')).toBe('Añoranza');
    expect(name('e01')).toBe('Daño o incidente');
    expect(name('e04')).toBe('Sin contacto');
    expect(await screen.findByRole('button', { name: 'Nueva entrada' })).toBeInTheDocument();
  });

  it('are named in English when it starts in English', async () => {
    const tags = await firstRun();
    expect(tags.find((tag) => tag.id === 'f01')?.name).toBe('Fear');
    expect(tags.find((tag) => tag.id === 'e01')?.name).toBe('Harm or incident');
  });
});
