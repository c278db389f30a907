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
