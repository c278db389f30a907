import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExportBackupForm } from '../../../src/features/backup/ExportBackupForm';
import { ImportBackupForm } from '../../../src/features/backup/ImportBackupForm';

/** Every field the form shows for a passphrase (password inputs have no ARIA role). */
function passphraseFields(container: HTMLElement): HTMLInputElement[] {
  return [...container.querySelectorAll<HTMLInputElement>('input[type="password"]')];
}

describe('backup passphrase fields', () => {
  it.each([
    ['Export backup', () => render(<ExportBackupForm />)],
    ['Import', () => render(<ImportBackupForm />)],
  ])('in the %s form ask browsers not to fill or save them', (_name, show) => {
    const { container } = show();
    const fields = passphraseFields(container);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field).toHaveAttribute('autocomplete', 'off');
      expect(field).toHaveAttribute('data-1p-ignore', 'true');
    }
  });
});
