// Lint rules that keep the architecture honest (see README "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const sinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: build nodes and set textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks: build nodes and set textContent.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks: render text.' },
];

const noBrowserApi = {
  patterns: [
    { group: ['webextension-polyfill'], message: 'Only src/shared/browser.ts imports the extension API.' },
  ],
};

export default tseslint.config(
  // Built output, caches, and uncommitted scratch experiments (.scratch*/, .exp-*) are not the product.
  { ignores: ['node_modules/', 'extension/', 'dist/', 'test-results/', '.cache/', '.scratch*/', '.exp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...sinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', noBrowserApi],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/shared/browser.ts.' }],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The analysis is pure: text in, analysis out. No DOM, no browser API, no other layer.
    files: ['src/analysis/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...noBrowserApi.patterns,
          { group: ['**/dom/**', '**/dom', '**/shared/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**', 'preact', 'preact/*', 'linkedom', 'happy-dom'], message: 'src/analysis/ is pure: it imports nothing from other layers.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'chrome', 'browser', 'CSS', 'Node', 'Range', 'Element', 'HTMLElement', 'MutationObserver', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    // The page layer knows the DOM but not the extension API or the UI.
    files: ['src/dom/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...noBrowserApi.patterns,
          { group: ['**/shared/browser', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**', 'preact', 'preact/*'], message: 'src/dom/ paints the page; it does not talk to the extension or the UI.' },
        ],
      }],
    },
  },
  ...['content', 'background', 'popup', 'options', 'cli'].map((entry) => ({
    // Entry points wire the layers; they never import one another.
    files: [`src/${entry}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...(entry === 'cli' ? [] : noBrowserApi.patterns),
          {
            group: ['content', 'background', 'popup', 'options', 'cli'].filter((e) => e !== entry).map((e) => `**/${e}/**`),
            message: 'Entry points do not import each other: share code through src/shared/, src/dom/ or src/analysis/.',
          },
        ],
      }],
    },
  })),
);
