// custom-elements.json from the elements' JSDoc. package.json already points at
// dist/custom-elements.json, so the analyzer must not rewrite it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
};
