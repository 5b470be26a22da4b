/**
 * Finds user-visible English in UI source: JSX text, user-facing JSX attributes (aria-label,
 * title, placeholder, alt, label) and string literals that read as prose. Every word Tandem
 * shows goes through lib/i18n (public/_locales/<lang>/messages.json); this is the check.
 */
import ts from 'typescript';

export interface Literal {
  line: number;
  text: string;
}

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** JSX attributes whose values are never shown: class lists, ids, types, roles … */
const HIDDEN_ATTRIBUTES =
  /^(?:class|className|id|type|role|name|value|for|htmlFor|key|lang|accept|autocomplete|inputMode|rel|href|src|dir|draggable|style|data-.*|aria-(?:live|autocomplete|controls|describedby|labelledby|activedescendant|hidden|invalid|pressed|expanded|selected|busy|current|haspopup))$/;
/** Object keys whose string values end up on screen. */
const VISIBLE_KEYS = new Set([
  'label',
  'title',
  'message',
  'text',
  'hint',
  'description',
  'placeholder',
  'error',
  'summary',
  'heading',
  'detail',
  'empty',
  'reason',
  'step',
]);
const WORD = /[A-Za-z]{2,}/;
/** Reads as words for people: two words, a capitalised word, or a trailing ellipsis. */
const PROSE = /[A-Za-z]{2,}[ ]+[A-Za-z]{2,}|^[A-Z][a-z]+|…$/;
/** Names that are the same in every language, and the languages' own names. */
const NAMES = /^(?:Tandem|GROW|English|Deutsch)$/;
/** KeyboardEvent.key values, compared in handlers. */
const KEYS =
  /^(?:Escape|Enter|Tab|Backspace|Delete|Home|End|ArrowUp|ArrowDown|ArrowLeft|ArrowRight|PageUp|PageDown)$/;
/** A comment that marks a line as not user-visible (ids, CSS, event names). */
const IGNORE = 'i18n-ignore';

/** `isKey`: the catalog's keys, which are not English but names of messages. */
export function englishLiterals(
  fileName: string,
  source: string,
  isKey: (text: string) => boolean = () => false,
): Literal[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const lines = source.split('\n');
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (lines[line]?.includes(IGNORE) || lines[line - 1]?.includes(IGNORE)) return;
    if (NAMES.test(text.trim()) || KEYS.test(text.trim()) || isKey(text.trim())) return;
    found.push({ line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (WORD.test(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const init = node.initializer;
      if (VISIBLE_ATTRIBUTES.has(name) && init) {
        if (ts.isStringLiteral(init) && WORD.test(init.text)) report(init, init.text);
        if (ts.isJsxExpression(init) && init.expression) checkExpression(init.expression);
      }
      if (HIDDEN_ATTRIBUTES.test(name)) return; // nothing under it is shown
    } else if (ts.isPropertyAssignment(node) && VISIBLE_KEYS.has(node.name.getText(file))) {
      checkExpression(node.initializer);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isImportOrType(node) && PROSE.test(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (PROSE.test(parts.join(' ').trim())) report(node, parts.join('…'));
    }
    ts.forEachChild(node, visit);
  };
  const checkExpression = (expression: ts.Expression) => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      if (WORD.test(expression.text)) report(expression, expression.text);
    } else if (ts.isTemplateExpression(expression)) {
      const parts = [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)];
      if (parts.some((p) => WORD.test(p))) report(expression, parts.join('…'));
    } else if (ts.isConditionalExpression(expression)) {
      checkExpression(expression.whenTrue);
      checkExpression(expression.whenFalse);
    } else if (ts.isBinaryExpression(expression)) {
      checkExpression(expression.left);
      checkExpression(expression.right);
    } else if (ts.isParenthesizedExpression(expression)) {
      checkExpression(expression.expression);
    }
  };
  visit(file);
  // A literal reported as part of an attribute is reported once.
  return found.filter(
    (f, i) => found.findIndex((g) => g.line === f.line && g.text === f.text) === i,
  );
}

function isImportOrType(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isExternalModuleReference(parent)
  );
}
