// One linter for the whole repository: TypeScript rules, Lit template checks
// (eslint-plugin-lit) and custom-element checks (eslint-plugin-wc). Formatting
// is Prettier's job (`prettier --check .` runs beside this in `npm run lint`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/storybook-static/**',
      '**/public/mockServiceWorker.js',
      '.tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // API text is never rendered as HTML: these directives would let it.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never render API text as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Never render API text as SVG.' },
            {
              name: 'lit/directives/unsafe-mathml.js',
              message: 'Never render API text as markup.',
            },
          ],
        },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/test/**', '**/*.test.ts', '**/bench/**', 'scripts/**', '**/*.config.ts', '.ci/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
