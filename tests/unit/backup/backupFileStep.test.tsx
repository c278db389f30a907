import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportBackupForm } from '../../../src/features/backup/ImportBackupForm';
import { ForgottenPassphrase } from '../../../src/features/lock/ForgottenPassphrase';
import { LockActionsContext, type LockActions } from '../../../src/features/lock/lockActions';
import { freshDatabase } from '../helpers';

const noActions: LockActions = {
  openJournal: () => Promise.resolve(),
  deleteEverything: () => Promise.resolve(),
  quickExit: () => undefined,
};

function showLockScreenRestore() {
  render(
    <LockActionsContext.Provider value={noActions}>
      <ForgottenPassphrase />
    </LockActionsContext.Provider>,
  );
}

describe('the step that opens a backup file', () => {
  it.each([
    ['Settings’ import', () => render(<ImportBackupForm />), false],
    ['the lock screen’s restore', showLockScreenRestore, true],
  ])('in %s asks for a file, kindly, when none is chosen', async (_where, show, behindButton) => {
    freshDatabase();
    show();
    const user = userEvent.setup();
    if (behindButton)
      await user.click(screen.getByRole('button', { name: 'Forgotten passphrase' }));
    const step = screen.getByRole('group', { name: 'Restore from a backup' });
    expect(within(step).getByLabelText('Backup file')).toBeInTheDocument();
    expect(within(step).getByLabelText('Passphrase for this backup')).toHaveAttribute(
      'autocomplete',
      'off',
    );
    await user.click(within(step).getByRole('button', { name: 'Import' }));
    expect(await within(step).findByRole('alert')).toHaveTextContent('Choose a backup file first.');
  });
});
