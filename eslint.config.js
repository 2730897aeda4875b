// ESLint runs one job here: eslint-plugin-regexp over the reading engine, whose regular expressions read untrusted text
// (catastrophic backtracking, duplicate alternatives, useless quantifiers). Everything else is Biome's.
import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

export default [
  {
    files: ['src/extract/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { regexp },
    rules: {
      // style advice from the preset warns; what can hang or silently misread text is an error
      ...Object.fromEntries(Object.keys(regexp.configs['flat/recommended'].rules).map((rule) => [rule, 'warn'])),
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'warn',
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-misleading-unicode-character': 'error',
    },
  },
]
