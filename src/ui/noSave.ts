/**
 * Props for every passphrase field: ask browsers and password managers not to fill or save
 * it. Browsers may still offer to save (they treat "off" as a hint for login fields), so
 * the form also says why to choose "Never" (docs/decisions/0013-passphrase-fields.md).
 * "new-password" is not used: Chromium answers it by offering to generate and save one.
 */
export const NO_SAVE = {
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  // Password managers that read their own markers (1Password, LastPass, Bitwarden, Dashlane).
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-bwignore': 'true',
  'data-form-type': 'other',
} as const;

/** The one line said beside passphrase fields. */
export const NO_SAVE_LINE =
  'If the browser offers to save this passphrase, choose “Never”: anyone who opens this browser could then open Keel with it.';
