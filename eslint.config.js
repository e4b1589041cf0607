import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserApis = {
  group: ['**/entrypoints/**', 'wxt/*', 'webextension-polyfill'],
  message: 'Pure logic stays free of entrypoints and browser APIs.',
};
const ofOurs = (folders, message) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
  message,
});
const uiAndGlue = [
  'components',
  'content-script',
  'store',
  'panel',
  'popup',
  'dashboard',
  'background',
];

/** Who imports whom (docs/design.md): each pure layer may import only the layers below it. */
function layers() {
  const rule = (files, patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [browserApis, ...patterns] }] },
  });
  return [
    rule(
      ['lib/model/**/*.ts'],
      [{ group: ['../*', '../**'], message: 'lib/model imports nothing of ours.' }],
    ),
    rule(
      ['lib/sites/**/*.ts'],
      [
        ofOurs(
          ['rules', 'results', 'offer', 'outreach', 'export', ...uiAndGlue],
          'Readers import only lib/model.',
        ),
      ],
    ),
    rule(
      ['lib/rules/**/*.ts'],
      [
        ofOurs(
          ['sites', 'results', 'offer', 'outreach', 'export', ...uiAndGlue],
          'Rules import only lib/model.',
        ),
      ],
    ),
    rule(
      ['lib/results/**/*.ts', 'lib/offer/**/*.ts', 'lib/outreach/**/*.ts', 'lib/export/**/*.ts'],
      [ofOurs(['sites', ...uiAndGlue], 'Pure logic imports no readers, UI or browser glue.')],
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'demo-output/',
      'test-results/',
      'playwright-report/',
      'reports/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is hostile input: never render it as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Page text is hostile input: never render it as HTML.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call their continuation `use` and take `{}` when they need no other fixture.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  ...layers(),
);
