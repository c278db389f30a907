import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'dev-dist', 'coverage', 'test-results', 'playwright-report'] },
  { ignores: ['bench/.build'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='pushState']",
          message: 'Keel never pushes history entries (docs/design.md, rule 4).',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is text (docs/design.md, rule 7).',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'User text is text (docs/design.md, rule 7).',
        },
      ],
      'no-eval': 'error',
    },
  },
  {
    // Only the storage layer (and, for now, crypto, lock and backup) may import Dexie.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/crypto/**', 'src/features/lock/**', 'src/features/backup/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Use the functions in src/storage instead.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
