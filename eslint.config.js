// Lint: TypeScript, Lit templates, Lit accessibility rules and web-component rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/']},
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended ?? {plugins: {'lit-a11y': litA11y}, rules: litA11y.configs?.recommended?.rules ?? {}},
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  }
);
