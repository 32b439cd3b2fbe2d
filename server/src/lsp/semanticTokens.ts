import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import { type InstanceBody, type LineIndex, type OffsetRange, templateDescriptor } from '../engine';

/**
 * The token types, all standard ones so any client colours them:
 * - `function`: a URL template's descriptor (`gmtDate` in `${gmtDate:yyyy}`), which CE calls to fill it in;
 *   a name CE does not know is a `variable`, as the TextMate grammar colours it before the server answers;
 * - `namespace`: a template's time zone (`America/Chicago`), a region and a place in it;
 * - `parameter`: a template argument that is not a date pattern (the `s` of `${epoch:s}`);
 * - `variable`: a date pattern's field (`yyyy`, `MM`), replaced by a part of the date;
 * - `string`: a quoted literal of a date pattern (`'T'`), printed as written.
 * Unquoted literals (`-`, `:`) get no token: they are plain text in the string.
 */
const TOKEN_TYPES = ['function', 'namespace', 'parameter', 'variable', 'string'] as const;
type TokenType = (typeof TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

interface Token extends OffsetRange {
  readonly type: TokenType;
}

/** The embedded languages' tokens in the whole document, in the relative encoding LSP sends. */
export function semanticTokens(body: InstanceBody, lines: LineIndex): SemanticTokens {
  return { data: encode(lines, collectTokens(body)) };
}

function collectTokens(body: InstanceBody): Token[] {
  const tokens: Token[] = [];
  const patternStarts = new Set<number>();
  for (const site of body.embedded.datePatterns) {
    patternStarts.add(site.text.documentOffset(site.start));
    for (const token of site.pattern.tokens) {
      if (token.kind === 'literal' && !token.quoted) continue;
      const range = site.text.documentRange(site.start + token.start, site.start + token.end);
      if (range.end > range.start) tokens.push({ ...range, type: token.kind === 'field' ? 'variable' : 'string' });
    }
  }
  for (const site of body.embedded.urls) {
    const add = (span: { start: number; end: number } | undefined, type: TokenType): void => {
      if (!span || span.end <= span.start) return;
      tokens.push({ ...site.text.documentRange(site.start + span.start, site.start + span.end), type });
    };
    for (const template of site.templates) {
      add(template.descriptorSpan, templateDescriptor(template.descriptor) ? 'function' : 'variable');
      add(template.zoneSpan, 'namespace');
      // A date pattern argument has its own tokens, from its pattern site.
      const argument = template.argumentSpan;
      if (argument && !patternStarts.has(site.text.documentOffset(site.start + argument.start))) add(argument, 'parameter');
    }
  }
  return tokens.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Each token as (deltaLine, deltaStart, length, type, modifiers). Every token lies inside one JSON
 * string literal, which cannot hold a raw line break, so none crosses a line.
 */
function encode(lines: LineIndex, tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const token of tokens) {
    const at = lines.position(token.start);
    const deltaLine = at.line - previousLine;
    data.push(deltaLine, deltaLine === 0 ? at.character - previousCharacter : at.character, token.end - token.start, TOKEN_TYPES.indexOf(token.type), 0);
    previousLine = at.line;
    previousCharacter = at.character;
  }
  return data;
}
