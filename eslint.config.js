// ESLint's recommended rules and typescript-eslint's, without type information: type-aware linting builds a
// second TypeScript program beside `tsc --noEmit` and would double the cost of `npm test` on a two-core machine.
// `tsc` (strict, noUncheckedIndexedAccess) already catches what the type-aware rules mostly would.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'coverage/', 'data/'] }, js.configs.recommended, tseslint.configs.recommended, {
  languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
  linterOptions: { reportUnusedDisableDirectives: 'error' },
  rules: {
    // `_` names what a signature must accept and the body does not use (an adapter's unused argument).
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    // Type-only imports stay type-only (tsconfig's verbatimModuleSyntax asks the same of the emitted code).
    '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    eqeqeq: ['error', 'always', { null: 'ignore' }],
    'no-var': 'error',
    'prefer-const': 'error',
  },
});
