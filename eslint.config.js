import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'web-ext-artifacts/', '**/*-tmp.*', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['bin/**/*.js', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // src/core is pure: no extension APIs, so it runs unchanged in Node tests and the CLI.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window'],
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill'] }],
    },
  },
  {
    // One direction between the page's two contexts. The content script loads the sidebar
    // through one lazy import() (its entry, mount.ts) and imports nothing of it statically;
    // the sidebar knows the content script only by the types of what it is handed.
    files: ['src/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/sidebar/**'], message: 'The content script reaches the sidebar only through its lazy entry, import(\'../sidebar/mount.ts\').' }] }],
    },
  },
  {
    files: ['src/sidebar/**/*.ts', 'src/sidebar/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/content/**'], allowTypeImports: true, message: 'The sidebar takes what the page knows as arguments (types only), never the content script\'s modules.' }] },
      ],
    },
  },
);
