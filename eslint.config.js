import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const safetyRules = [
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
];

// Words a person reads come from the catalogue (src/ui/i18n), never written into a view.
const letters = '/[A-Za-z]{2,}/';
const rawWordRules = [
  {
    selector: `JSXText[value=${letters}]`,
    message: 'Put words a person reads in the catalogue and use t() (docs/design.md, Languages).',
  },
  {
    selector: `JSXElement > JSXExpressionContainer > Literal[value=${letters}]`,
    message: 'Put words a person reads in the catalogue and use t() (docs/design.md, Languages).',
  },
  {
    selector: `JSXElement > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${letters}]`,
    message: 'Put words a person reads in the catalogue and use t() (docs/design.md, Languages).',
  },
  {
    selector: `JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label|[a-z]+Label|message|hint|heading|description)$/] > Literal[value=${letters}]`,
    message: 'Put words a person reads in the catalogue and use t() (docs/design.md, Languages).',
  },
];

// Folders whose words are not in the catalogue yet; a folder leaves this list when it moves.
const notYetInTheCatalogue = [];

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
      'no-restricted-syntax': ['error', ...safetyRules],
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
    files: ['src/**/*.tsx'],
    ignores: notYetInTheCatalogue,
    rules: { 'no-restricted-syntax': ['error', ...safetyRules, ...rawWordRules] },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
