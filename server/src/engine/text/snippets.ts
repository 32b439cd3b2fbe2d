/**
 * Edits that insert a snippet: text with tab stops the editor walks through (`${1:default}`,
 * `${2|a,b|}`, `$0`), in the snippet syntax LSP and VS Code share. Quick fixes that add a missing
 * key use them, so the cursor lands where the user must type. Editors without snippet edits get
 * the plain text (the defaults), which `snippetPlainText` gives.
 */
import type { TextEdit } from '../types';
import type { EmbeddedText } from './embeddedText';

/** Literal text, or a tab stop with its default text or its choices (the first is the default). */
export type SnippetPart =
  | string
  | { readonly stop: number; readonly text: string }
  | { readonly stop: number; readonly choices: readonly string[] };

/** An edit of `layer` replacing `[start, end)` with the snippet; escaped for every level (JSON string, snippet syntax). */
export function snippetEdit(layer: EmbeddedText, start: number, end: number, parts: readonly SnippetPart[]): TextEdit {
  const newText = parts
    .map((part) => {
      if (typeof part === 'string') return escapeSnippetText(layer.escape(part));
      if ('text' in part) return part.text === '' ? `\${${part.stop}}` : `\${${part.stop}:${escapeSnippetText(layer.escape(part.text))}}`;
      return `\${${part.stop}|${part.choices.map((choice) => escapeSnippetChoice(layer.escape(choice))).join(',')}|}`;
    })
    .join('');
  return { ...layer.documentRange(start, end), newText };
}

/** Outside tab stops `$`, `}` and `\` are special in snippets. */
function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Inside a choice `,` and `|` are special too. */
function escapeSnippetChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, '\\$&');
}

/**
 * The text a snippet inserts when no tab stop is edited: defaults and first choices kept, bare tab
 * stops dropped, escapes resolved. Handles the forms `snippetEdit` writes (no nesting, no variables).
 */
export function snippetPlainText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (c === '$' && snippet[i + 1] === '{') {
      i = readPlaceholder(snippet, i + 2, (text) => (out += text));
    } else {
      out += c;
    }
  }
  return out;
}

/** Reads `N}`, `N:default}` or `N|a,b|}` from `from`; hands over the default; returns the index of the closing `}`. */
function readPlaceholder(snippet: string, from: number, emit: (text: string) => void): number {
  let i = from;
  while (/\d/.test(snippet[i] ?? '')) i++;
  const mode = snippet[i];
  if (mode === '}') return i;
  let text = '';
  let first = true;
  for (i++; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      if (first) text += snippet[i + 1];
      i++;
    } else if (mode === ':' && c === '}') {
      break;
    } else if (mode === '|' && c === '|' && snippet[i + 1] === '}') {
      i++;
      break;
    } else if (mode === '|' && c === ',') {
      first = false;
    } else if (first) {
      text += c;
    }
  }
  emit(text);
  return i;
}
