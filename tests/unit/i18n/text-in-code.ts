import ts from 'typescript';

/** A piece of English text written in a component instead of coming from the locale files. */
export interface TextInCode {
  line: number;
  text: string;
}

/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
]);
/** Attributes that hold ids, classes, addresses and other machine words. */
const MACHINE_ATTRIBUTES =
  /^(className|class|id|htmlFor|key|href|rel|target|type|role|name|value|data-.*|aria-(?!label|description).*|autoComplete|inputMode|lang|dir|method|accept|form)$/;
const words = /(?<![\p{L}\p{N}])\p{L}{2,},?\s+\p{L}{2,}/u;
const capitalised = /^\p{Lu}\p{Ll}+/u;
const letter = /\p{L}/u;
/** CSS in a string (a stylesheet, a font list, a shadow) is not text a person reads. */
const css = /[{};]|rgba?\(|sans-serif|var\(--/;

function attributeName(node: ts.Node): string | null {
  let n: ts.Node | undefined = node.parent;
  while (n && !ts.isJsxAttribute(n)) {
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isBlock(n)) return null;
    n = n.parent;
  }
  return n && ts.isJsxAttribute(n) ? n.name.getText() : null;
}

function isMachineContext(node: ts.Node): boolean {
  const p = node.parent;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p))
    return true;
  if (ts.isLiteralTypeNode(p)) return true;
  if (ts.isPropertyAssignment(p) && p.name === node) return true;
  if (ts.isElementAccessExpression(p)) return true;
  if (ts.isCaseClause(p)) return true;
  if (ts.isBinaryExpression(p) && /[=!]==?/.test(p.operatorToken.getText())) return true;
  if (ts.isCallExpression(p)) {
    const callee = p.expression.getText();
    if (/^console\.\w+$/.test(callee)) return true;
    if (
      /^(t|plural|countedText|querySelector|querySelectorAll|document\.\w+|\w+\.(querySelector\w*|closest|matches|getAttribute|setAttribute|addEventListener|removeEventListener|startsWith|endsWith|includes|split|replace|toLocale\w+)|useId|Symbol)$/.test(
        callee,
      )
    )
      return true;
  }
  const attr = attributeName(node);
  if (attr && MACHINE_ATTRIBUTES.test(attr)) return true;
  return false;
}

/**
 * Every place in a .ts/.tsx source where a person would read text that is not taken from the
 * locale files: JSX text with a letter, a literal in an attribute read aloud or shown (aria-label,
 * title, placeholder, …), and string literals that read as words ("Copy draft", "Copied").
 */
export function textInCode(source: string, fileName: string): TextInCode[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: TextInCode[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim(),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (letter.test(node.text)) add(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const attr = attributeName(node);
      const read = attr !== null && READ_ATTRIBUTES.has(attr);
      if (
        !isMachineContext(node) &&
        !css.test(node.text) &&
        (read ? letter.test(node.text) : words.test(node.text) || capitalised.test(node.text))
      )
        add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (
        !isMachineContext(node) &&
        !css.test(parts) &&
        (words.test(parts) || capitalised.test(node.head.text))
      )
        add(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
