// Lint rules that protect the architecture: promises are never left floating, and the core and
// features never import a channel library (adapters live in src/channels).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const channelLibraries = [
  'grammy',
  'grammy/*',
  '@grammyjs/*',
  'whatsapp-web.js',
  'puppeteer',
  'node:readline',
  'readline',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Handlers share an async signature even when a given one has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/core/**', 'src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: channelLibraries
            .filter((p) => !p.includes('*'))
            .map((name) => ({
              name,
              message: 'The core and features are channel-neutral: use src/channels/types.ts.',
            })),
          patterns: [
            {
              group: channelLibraries.filter((p) => p.includes('*')),
              message: 'Channel libraries belong in src/channels.',
            },
            {
              group: ['**/channels/telegram/**', '**/channels/whatsapp/**', '**/channels/console/**'],
              message: 'Depend on src/channels/types.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
  },
);
