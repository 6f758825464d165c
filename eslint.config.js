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
);
