/**
 * Tokenizes JSON the way VS Code does: the JSON grammar from tm-grammars (the one VS Code ships) as
 * the base, our grammar injected into it, both run by vscode-textmate on the oniguruma wasm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, type IGrammar, type IOnigLib, type IRawGrammar, parseRawGrammar, Registry, type StateStack } from 'vscode-textmate';
import { repoRoot } from '../support/repo';

export const INJECTION_SCOPE = 'ce-instance.templates.injection';
export const INJECTION_PATH = 'syntaxes/ce-instance-templates.tmLanguage.json';

/** The two grammars the extension injects into: VS Code's `json` and `jsonc` languages. */
export type BaseScope = 'source.json' | 'source.json.comments';

const BASE_GRAMMAR_FILES: Readonly<Record<BaseScope, string>> = {
  'source.json': 'json.json',
  'source.json.comments': 'jsonc.json',
};

export interface Token {
  readonly text: string;
  /** Outermost first, as vscode-textmate reports them. */
  readonly scopes: readonly string[];
}

let onigLib: Promise<IOnigLib> | undefined;

/** The wasm can be loaded once per process, so every registry shares it. */
export function loadOniguruma(): Promise<IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(path.join(repoRoot(), 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
      createOnigString: (text: string) => oniguruma.createOnigString(text),
    };
  })();
  return onigLib;
}

function readGrammar(file: string): IRawGrammar {
  return parseRawGrammar(readFileSync(file, 'utf8'), file);
}

/** The base grammar with our injection, as VS Code assembles it from the manifest's `injectTo`. */
export async function loadGrammar(base: BaseScope = 'source.json'): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      if (scopeName === INJECTION_SCOPE) return readGrammar(path.join(repoRoot(), INJECTION_PATH));
      const file = BASE_GRAMMAR_FILES[scopeName as BaseScope];
      return file ? readGrammar(path.join(repoRoot(), 'node_modules/tm-grammars/grammars', file)) : null;
    },
    getInjections: (scopeName) => (scopeName in BASE_GRAMMAR_FILES ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(base);
  if (!grammar) throw new Error(`no grammar for ${base}`);
  return grammar;
}

/** Every line's tokens; the state carries over from line to line as in the editor. */
export function tokenizeLines(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** One line as a table: each token's text and its innermost scope. */
export function innermostScopes(grammar: IGrammar, line: string): [string, string][] {
  const [tokens] = tokenizeLines(grammar, line);
  return tokens.map((token) => [token.text, token.scopes[token.scopes.length - 1]]);
}

/** The table without the tokens of plain JSON (ours are the rows whose scope ends in `.ce-instance`). */
export function injectedScopes(grammar: IGrammar, line: string): [string, string][] {
  return innermostScopes(grammar, line).filter(([, scope]) => scope.endsWith('.ce-instance'));
}
