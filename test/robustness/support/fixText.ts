import type { Fix } from '../../../server/src/engine';
import { snippetPlainText } from '../../../server/src/engine/text/snippets';

/** The fix as an editor without snippet support applies it: tab stops replaced by their defaults. */
export function plainTextOf(fix: Fix): Fix {
  if (!fix.snippet) return fix;
  return { title: fix.title, edits: fix.edits.map((edit) => ({ ...edit, newText: snippetPlainText(edit.newText) })) };
}
