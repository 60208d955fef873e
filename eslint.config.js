import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-e2e/', '.wxt/', '.dbg/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and feed text is data, never markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page/feed text must never become markup.' },
        { property: 'outerHTML', message: 'Page/feed text must never become markup.' },
        { property: 'insertAdjacentHTML', message: 'Page/feed text must never become markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
