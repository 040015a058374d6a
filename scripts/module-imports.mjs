// Static and dynamic import specifiers of a built ES module, found by parsing it (not by regex:
// minified code and data strings can contain "import" text). Used by build.mjs and size.mjs.
import { readFileSync } from 'node:fs';
import { parseAst } from 'vite';

function literalValue(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

/**
 * @param {string} file
 * @returns {{ code: string, staticImports: string[], dynamicImports: string[] }}
 *   staticImports: `import … from`, bare `import "…"`, `export … from`;
 *   dynamicImports: `import("…")` (a computed specifier is reported as "<computed>").
 */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const staticImports = [];
  const dynamicImports = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      staticImports.push(node.source.value);
    } else if (node.type === 'ImportExpression') {
      dynamicImports.push(literalValue(node.source) ?? '<computed>');
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return { code, staticImports, dynamicImports };
}
