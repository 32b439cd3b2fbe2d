import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/repo';

interface LanguageConfiguration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: { beforeText: string; afterText?: string; action: { indent: string; appendText?: string } }[];
}

/** The word VS Code takes at `column` (double-click, completion range): the match of the word pattern that holds it. */
function wordAt(wordPattern: RegExp, line: string, column: number): string | undefined {
  for (const match of line.matchAll(wordPattern)) {
    if (match.index <= column && column <= match.index + match[0].length) return match[0];
  }
  return undefined;
}

describe('language-configuration.json', () => {
  let config: LanguageConfiguration;
  before(() => {
    // Strict JSON (VS Code would also accept comments): the file is read by more than VS Code.
    config = JSON.parse(readFileSync(path.join(repoRoot(), 'language-configuration.json'), 'utf8')) as LanguageConfiguration;
  });

  it("has JSON's brackets and JSONC's comments", () => {
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
    assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  });

  it('closes braces, brackets and double quotes, but not single quotes (CEQL literals in URLs)', () => {
    assert.deepEqual(config.autoClosingPairs.map((pair) => pair.open + pair.close), ['{}', '[]', '""']);
    assert.deepEqual(config.autoClosingPairs.find((pair) => pair.open === '"')?.notIn, ['string', 'comment']);
    assert.ok(config.surroundingPairs.some(([open, close]) => open === "'" && close === "'"), 'a selected template can be wrapped in quotes');
  });

  describe('word pattern', () => {
    let words: RegExp;
    before(() => {
      words = new RegExp(config.wordPattern, 'g');
    });
    const cases: [string, number, string | undefined][] = [
      ['    "event.poller.refresh_interval": 15,', 12, 'event.poller.refresh_interval'],
      ['    "event.poller.refresh_interval": 15,', 5, 'event.poller.refresh_interval'],
      ['    "oauth.api.key": "x"', 14, 'oauth.api.key'],
      ['    "event.poller.refresh_interval": 15,', 38, '15'],
      ['  "pollDelay": -1.5,', 16, '-1.5'],
      ['  "url": "/hubs/crm/contacts?where=a>\'${gmtDate:yyyy}\'"', 17, 'crm'],
      ['  "url": "/hubs/crm/contacts?where=a>\'${gmtDate:yyyy}\'"', 42, 'gmtDate'],
      ['  "zone": "America/New_York"', 22, 'New_York'],
      // A dot at the end of a word is not part of it.
      ['  "text": "the end."', 17, 'end'],
      ['  "a": 1', 6, undefined],
    ];
    for (const [line, column, expected] of cases) {
      it(`${JSON.stringify(line)} at ${column}: ${expected ?? 'no word'}`, () => assert.equal(wordAt(words, line, column), expected));
    }
  });

  it('indents after an opening brace or bracket and outdents a closing one', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    for (const line of ['{', '  "configuration": {', '  "tags": [', '  "tags": [ // the team\'s']) assert.match(line, increase);
    for (const line of ['  "a": "{"', '  "a": 1,', '  "b": {}', '  "c": []']) assert.doesNotMatch(line, increase);
    for (const line of ['}', '  },', '  ]']) assert.match(line, decrease);
    assert.doesNotMatch('  "a": "}"', decrease);
  });

  it('continues a line comment when Enter splits it', () => {
    const [rule] = config.onEnterRules;
    assert.equal(config.onEnterRules.length, 1);
    assert.match('  // the platform calls', new RegExp(rule.beforeText));
    assert.match('this URL', new RegExp(rule.afterText!));
    assert.doesNotMatch('', new RegExp(rule.afterText!));
    assert.doesNotMatch('  "url": "https://x"', new RegExp(rule.beforeText));
    assert.deepEqual(rule.action, { indent: 'none', appendText: '// ' });
  });
});
