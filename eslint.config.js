import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Lint voor TypeScript, Lit-templates, web components en toegankelijkheid; nul waarschuwingen in CI. */
export default tseslint.config(
  { ignores: ['dist/', 'export/', 'examples/*/dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'custom-elements.json', 'types/custom-element-jsx.d.ts', 'types/vue.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-member-accessibility': ['error', { accessibility: 'no-public' }],
      '@typescript-eslint/member-ordering': 'off',
      'lit/no-template-arrow': 'off',
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-console': 'off',
      'wc/no-constructor-attributes': 'off',
    },
  },
  {
    files: ['*.config.js', '*.config.mjs', 'test/plugins/*.js', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
