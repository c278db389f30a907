import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { LockSettings } from '../../../src/features/lock/LockSettings';
import { PassphraseForm } from '../../../src/features/lock/PassphraseForm';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/crypto/kdf';
import { changePassphrase } from '../../../src/storage/passphrase';
import { openVault } from '../../../src/state/openVault';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

vi.setConfig({ testTimeout: 60_000 });

const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });

afterEach(async () => {
  await act(() => chooseLocale('en'));
  forgetLocale();
  localStorage.clear();
});

async function lockedJournalInSpanish(): Promise<void> {
  localStorage.clear();
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await changePassphrase('', 'luz de la mañana', { kdf: quick() });
  await chooseLocale('es');
}

describe('the lock screens in Spanish', () => {
  it('shows the lock screen, its problems, the forgotten passphrase and help in Spanish', async () => {
    await lockedJournalInSpanish();
    render(<App />);
    await act(() => start());
    const user = userEvent.setup();

    const lock = screen.getByRole('main', { name: 'Keel está bloqueado' });
    const field = within(lock).getByLabelText('Frase de contraseña');
    await user.type(field, 'no es esta');
    await user.click(within(lock).getByRole('button', { name: 'Desbloquear' }));
    expect(
      await within(lock).findByText(/Esa frase de contraseña no ha abierto Keel/),
    ).toBeVisible();

    await user.click(within(lock).getByRole('button', { name: 'Frase de contraseña olvidada' }));
    const forgotten = within(lock).getByRole('region', {
      name: 'Si no recuerdas la frase de contraseña',
    });
    expect(forgotten).toHaveTextContent(/no se puede abrir sin su frase de contraseña/);
    expect(
      within(forgotten).getByRole('group', { name: 'Restaurar una copia de seguridad' }),
    ).toBeInTheDocument();
    const wipe = within(forgotten).getByRole('region', { name: 'Eliminar todo' });
    await user.type(within(wipe).getByLabelText('Escribe ELIMINAR para confirmar'), 'ELIMINAR');
    expect(within(wipe).getByRole('button', { name: 'Eliminar todo' })).toBeEnabled();

    await user.click(within(lock).getByRole('button', { name: 'Ayuda' }));
    expect(
      await within(lock).findByRole('heading', { name: 'Cómo protegerte en este dispositivo' }),
    ).toBeInTheDocument();
    expect(within(lock).getByRole('button', { name: 'Cerrar la ayuda' })).toBeInTheDocument();
  });

  it('names the passphrase settings and form in Spanish, with Spanish counts and problems', async () => {
    freshDatabase();
    await act(() => chooseLocale('es'));
    render(<LockSettings />);
    const section = screen.getByRole('region', { name: 'Bloqueo y frase de contraseña' });
    const idle = within(section).getByRole('combobox', { name: 'Bloquear tras un rato sin uso' });
    expect(within(idle).getByRole('option', { name: 'Nunca' })).toBeInTheDocument();
    expect(within(idle).getByRole('option', { name: 'Tras 1 minuto' })).toBeInTheDocument();
    expect(within(idle).getByRole('option', { name: 'Tras 5 minutos' })).toBeInTheDocument();
    expect(
      await within(section).findByRole('button', { name: 'Poner una frase de contraseña' }),
    ).toBeInTheDocument();

    render(<PassphraseForm action="change" onDone={() => {}} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Frase de contraseña nueva'), 'corto');
    expect(screen.getByText(/Usa al menos 8 caracteres, por favor/)).toBeVisible();
    await user.type(screen.getByLabelText('Repite la frase de contraseña nueva'), 'corto');
    await user.click(screen.getByRole('button', { name: 'Cambiar la frase de contraseña' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/Usa al menos 8 caracteres\./),
    );
    expect(screen.getByRole('checkbox', { name: 'Crear una clave nueva' })).toBeChecked();
    expect(screen.getByLabelText('Frase de contraseña actual')).toBeInTheDocument();
  });
});
