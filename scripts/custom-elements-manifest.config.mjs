// custom-elements.json from the elements' JSDoc. package.json already points at
// dist/custom-elements.json, so the analyzer must not rewrite it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
  plugins: [attributeDefaults()],
};

const KEYWORDS = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);
const isIdentifier = (text) => /^[A-Za-z_$][\w$]*$/.test(text) && !KEYWORDS.has(text);

/**
 * Makes each attribute's default, type and description those of the property
 * behind it, as the webmaster sees it on the reference page.
 *
 * The analyzer gets two things wrong for us:
 * - An attribute's default is the initializer as written, so
 *   `limit = DEFAULT_LIMIT` shows "DEFAULT_LIMIT" (the field itself is
 *   resolved to 6). Constants of the same module are resolved here.
 * - <loa-qr> has page-wide static properties named like its attributes
 *   (`LoaQr.allowedHosts`, `noOpen`, `noCopy`). The analyzer takes the
 *   attribute's type and description from the static one and gives it no
 *   default, and lists each static getter/setter pair twice.
 */
function attributeDefaults() {
  /** Module path → its top-level `const NAME = <literal>`s, as written. */
  const constants = new Map();
  return {
    name: 'loa-attribute-defaults',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent)) return;
      if (!(node.declarationList.flags & ts.NodeFlags.Const)) return;
      const own = constants.get(moduleDoc.path) ?? new Map();
      constants.set(moduleDoc.path, own);
      for (const {name, initializer} of node.declarationList.declarations) {
        if (ts.isIdentifier(name) && initializer && isLiteral(ts, initializer)) own.set(name.text, initializer.getText());
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        const own = constants.get(mod.path) ?? new Map();
        const resolve = (value) => (value !== undefined && isIdentifier(value) && own.has(value) ? own.get(value) : value);
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.members = mergeDuplicates(declaration.members ?? []);
          for (const member of declaration.members) if ('default' in member) member.default = resolve(member.default);
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members.find((m) => m.kind === 'field' && m.name === attribute.fieldName && !m.static);
            if (field) {
              for (const key of ['default', 'type', 'description']) if (field[key] !== undefined) attribute[key] = field[key];
              moveAttributeLink(declaration.members, field, attribute.name);
            }
            if ('default' in attribute) attribute.default = resolve(attribute.default);
          }
        }
      }
    },
  };
}

/** A literal worth showing as a default: `6`, `-1`, `'vi'`, `true`, `null`. */
function isLiteral(ts, node) {
  if (ts.isPrefixUnaryExpression(node)) return ts.isNumericLiteral(node.operand);
  return (
    ts.isNumericLiteral(node) ||
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind)
  );
}

/** A static getter and setter are listed as two members; keep one, with what either says. */
function mergeDuplicates(members) {
  const kept = new Map();
  for (const member of members) {
    const key = `${member.kind} ${member.static ? 'static ' : ''}${member.name}`;
    const first = kept.get(key);
    if (first) for (const [k, v] of Object.entries(member)) first[k] ??= v;
    else kept.set(key, member);
  }
  return [...kept.values()];
}

/** The attribute belongs to the instance property, not to a static one of the same name. */
function moveAttributeLink(members, field, attributeName) {
  for (const other of members) {
    if (other === field || other.name !== field.name || other.attribute !== attributeName) continue;
    field.attribute ??= other.attribute;
    if (other.reflects) field.reflects ??= other.reflects;
    delete other.attribute;
    delete other.reflects;
  }
}
