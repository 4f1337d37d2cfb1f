// ESLint flat config: typescript-eslint's recommended rules, and the layering of the project as
// import rules (core ← adapters ← faces): the core imports no adapter, face, Node, DOM library,
// Office or exceljs; adapters import no face.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NOT_IN_CORE = [
  { group: ['**/adapters/**', '**/ui/**', '**/cli/**'], message: 'The core is pure: adapters and faces use it, never the reverse.' },
  {
    group: ['node:*', 'fs', 'path', 'exceljs', 'react', 'react-dom', '@fluentui/*', 'docx'],
    message: 'The core imports no Node, DOM, Office, exceljs or UI library.',
  },
];

// Adapters and faces use the core through its public entry (src/core/index.ts), never its modules.
const CORE_INTERNALS = { group: ['**/core/*'], message: 'Import the core from its public entry (src/core), not its modules.' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'bench-data/', 'coverage/', 'docs/', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are errors, except deliberate `_name` placeholders.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Condition catalogues share one list typed `any` on purpose (conditions/condition.ts).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Plain Node scripts of the benchmark.
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', performance: 'readonly' } } },
  { files: ['src/core/**/*.ts'], ignores: ['src/core/**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_CORE }] } },
  {
    files: ['src/adapters/**/*.ts'],
    ignores: ['src/adapters/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/cli/**'], message: 'Adapters sit below the faces.' }, CORE_INTERNALS] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_INTERNALS] }] },
  },
);
