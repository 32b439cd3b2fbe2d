import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A regular expression written in the sources: a literal, or a `RegExp(...)` call with the text of its arguments. */
export interface FoundRegex {
  /** Relative to the scanned root, with `/`. */
  readonly file: string;
  readonly line: number;
  /** `/source/flags` for a literal; `new RegExp(<arguments>)` for a constructed one. */
  readonly text: string;
}

/** Every regular expression in the `.ts` files below `root`, tests (`*.test.ts`) left out. */
export function findRegexes(root: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of typeScriptFilesBelow(root)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const relative = path.relative(root, file).split(path.sep).join('/');
    const add = (node: ts.Node, text: string) => found.push({ file: relative, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) add(node, node.getText(source));
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
        add(node, `new RegExp(${(node.arguments ?? []).map((argument) => argument.getText(source)).join(', ')})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function typeScriptFilesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return typeScriptFilesBelow(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
}

/** `/source/flags` split into its parts. */
export function parseLiteral(text: string): { source: string; flags: string } {
  const close = text.lastIndexOf('/');
  return { source: text.slice(1, close), flags: text.slice(close + 1) };
}
