import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SecondPassphrase } from '../../../src/features/lock/SecondPassphrase';
import { freshDatabase } from '../helpers';

describe('the second passphrase form', () => {
  it('names its fields for the second journal, asks browsers not to save them, and says why', async () => {
    freshDatabase();
    render(<SecondPassphrase />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Set a second passphrase' }));
    const section = screen.getByRole('region', { name: 'A second passphrase' });
    expect(within(section).queryByLabelText('Current second passphrase')).toBeNull();
    for (const label of ['Second passphrase', 'Second passphrase again']) {
      const field = within(section).getByLabelText(label);
      expect(field).toHaveAttribute('type', 'password');
      expect(field).toHaveAttribute('autocomplete', 'off');
      expect(field).toHaveAttribute('data-1p-ignore');
    }
    expect(
      within(section).getByText(/It must differ from this journal's passphrase\. If the browser/),
    ).toBeVisible();

    await user.type(within(section).getByLabelText('Second passphrase'), 'harbour velvet');
    await user.type(within(section).getByLabelText('Second passphrase again'), 'harbour velvte');
    await user.click(within(section).getByRole('button', { name: 'Save second passphrase' }));
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'The two new passphrases are not the same.',
    );
  });
});
