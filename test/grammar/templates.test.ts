import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { findUrlTemplates } from '../../server/src/engine';
import { repoRoot } from '../support/repo';
import {
  type BaseScope, INJECTION_PATH, INJECTION_SCOPE, injectedScopes, innermostScopes, loadGrammar, loadOniguruma, tokenizeLines,
} from './tokenize';

// The scopes themes see, named once so the tables below read as text -> role.
const OPEN = 'punctuation.definition.template-expression.begin.ce-instance';
const CLOSE = 'punctuation.definition.template-expression.end.ce-instance';
const DESCRIPTOR = 'entity.name.function.template-descriptor.ce-instance';
const UNKNOWN = 'variable.other.template-descriptor.unknown.ce-instance';
const COLON = 'punctuation.separator.template-argument.ce-instance';
const ZONE = 'entity.name.namespace.time-zone.ce-instance';
const ARGUMENT = 'variable.parameter.template-argument.ce-instance';
const OTHER_ARGUMENT = 'meta.template.argument.ce-instance';
const FIELD = 'variable.other.readwrite.date-pattern-field.ce-instance';
const RESERVED = 'invalid.illegal.date-pattern-letter.ce-instance';
const SEPARATOR = 'punctuation.separator.date-pattern.ce-instance';
const LITERAL_OPEN = 'punctuation.definition.string.begin.date-pattern-literal.ce-instance';
const LITERAL = 'string.quoted.single.date-pattern-literal.ce-instance';
const LITERAL_CLOSE = 'punctuation.definition.string.end.date-pattern-literal.ce-instance';
const QUOTE = 'constant.character.escape.date-pattern-quote.ce-instance';
const UNTERMINATED = 'invalid.illegal.unterminated-quote.date-pattern.ce-instance';
const UNCLOSED = 'invalid.illegal.unclosed-template.ce-instance';
const TEMPLATE = 'meta.template.expression.ce-instance';
const PATTERN = 'meta.date-pattern.ce-instance';
// VS Code's JSON scopes, for the rows that must stay plain JSON.
const STRING = 'string.quoted.double.json';
const STRING_OPEN = 'punctuation.definition.string.begin.json';
const STRING_CLOSE = 'punctuation.definition.string.end.json';
const ESCAPE = 'constant.character.escape.json';
const KEY = 'support.type.property-name.json';

/** `"key": "<content>"` inside an object, the way a poller resource writes its url. */
const member = (content: string): string => `{"url": "${content}"}`;

describe('TextMate injection grammar: URL templates in JSON strings', () => {
  let json: IGrammar;
  before(async () => {
    json = await loadGrammar('source.json');
  });

  describe('descriptors', () => {
    const cases: [string, [string, string][]][] = [
      ['${gmtDate:yyyy}', [['${', OPEN], ['gmtDate', DESCRIPTOR], [':', COLON], ['yyyy', FIELD], ['}', CLOSE]]],
      ['${date:yyyy}', [['${', OPEN], ['date', DESCRIPTOR], [':', COLON], ['yyyy', FIELD], ['}', CLOSE]]],
      ['${date}', [['${', OPEN], ['date', DESCRIPTOR], ['}', CLOSE]]],
      ['${dateTimeZone:GMT:HH}', [['${', OPEN], ['dateTimeZone', DESCRIPTOR], [':', COLON], ['GMT', ZONE], [':', COLON], ['HH', FIELD], ['}', CLOSE]]],
      ['${nowTimeZone:GMT:HH}', [['${', OPEN], ['nowTimeZone', DESCRIPTOR], [':', COLON], ['GMT', ZONE], [':', COLON], ['HH', FIELD], ['}', CLOSE]]],
      // CE's docs spell it so once; the linter warns, the colour stays that of a descriptor.
      ['${DateTimeZone:PST:HH}', [['${', OPEN], ['DateTimeZone', DESCRIPTOR], [':', COLON], ['PST', ZONE], [':', COLON], ['HH', FIELD], ['}', CLOSE]]],
      ['${epoch}', [['${', OPEN], ['epoch', DESCRIPTOR], ['}', CLOSE]]],
      ['${epoch:s}', [['${', OPEN], ['epoch', DESCRIPTOR], [':', COLON], ['s', ARGUMENT], ['}', CLOSE]]],
      ['${epoch:ms}', [['${', OPEN], ['epoch', DESCRIPTOR], [':', COLON], ['ms', ARGUMENT], ['}', CLOSE]]],
      ['${epoch:us}', [['${', OPEN], ['epoch', DESCRIPTOR], [':', COLON], ['us', ARGUMENT], ['}', CLOSE]]],
      ['${milliseconds}', [['${', OPEN], ['milliseconds', DESCRIPTOR], ['}', CLOSE]]],
      // Not CE's: a misspelling, or another tool's variable in another JSON file (launch.json).
      ['${epochs}', [['${', OPEN], ['epochs', UNKNOWN], ['}', CLOSE]]],
      ['${gmtdat:yyyy}', [['${', OPEN], ['gmtdat', UNKNOWN], [':', COLON], ['yyyy', OTHER_ARGUMENT], ['}', CLOSE]]],
      ['${workspaceFolder}', [['${', OPEN], ['workspaceFolder', UNKNOWN], ['}', CLOSE]]],
      ['${env:HOME}', [['${', OPEN], ['env', UNKNOWN], [':', COLON], ['HOME', OTHER_ARGUMENT], ['}', CLOSE]]],
      // No name at all: the whole body stands where the descriptor belongs, as the linter reads it.
      ["${yyyy-MM-dd'T'HH}", [['${', OPEN], ["yyyy-MM-dd'T'HH", UNKNOWN], ['}', CLOSE]]],
    ];
    for (const [template, expected] of cases) {
      it(template, () => assert.deepEqual(injectedScopes(json, member(template)), expected));
    }
  });

  describe('zones', () => {
    const cases: [string, string][] = [
      ['${dateTimeZone:GMT:HH}', 'GMT'],
      ['${dateTimeZone:America/New_York:HH}', 'America/New_York'],
      ['${dateTimeZone:GMT+05:30:HH}', 'GMT+05:30'],
      ['${dateTimeZone:-6:00:HH}', '-6:00'],
      ['${dateTimeZone:+06:HH}', '+06'],
      // A docs placeholder where the zone goes (Zoho CRM's example).
      ['${dateTimeZone:{TimeZone}:HH}', '{TimeZone}'],
    ];
    for (const [template, zone] of cases) {
      it(`${template}: the zone is '${zone}', the pattern 'HH'`, () => {
        assert.deepEqual(injectedScopes(json, member(template)).slice(2), [[':', COLON], [zone, ZONE], [':', COLON], ['HH', FIELD], ['}', CLOSE]]);
      });
    }

    it('an offset with no pattern after it keeps its colon', () => {
      assert.deepEqual(injectedScopes(json, member('${dateTimeZone:GMT+05:30}')).slice(2), [[':', COLON], ['GMT+05:30', ZONE], ['}', CLOSE]]);
    });
  });

  describe('date patterns inside templates', () => {
    it("yyyy-MM-dd'T'HH:mm:ss.SSSXXX: fields, separators and a quoted literal", () => {
      assert.deepEqual(injectedScopes(json, member("${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSSXXX}")).slice(3, -1), [
        ['yyyy', FIELD], ['-', SEPARATOR], ['MM', FIELD], ['-', SEPARATOR], ['dd', FIELD],
        ["'", LITERAL_OPEN], ['T', LITERAL], ["'", LITERAL_CLOSE],
        ['HH', FIELD], [':', SEPARATOR], ['mm', FIELD], [':', SEPARATOR], ['ss', FIELD], ['.', SEPARATOR], ['SSS', FIELD], ['XXX', FIELD],
      ]);
    });

    it("'' is one quote, outside and inside a quoted literal", () => {
      assert.deepEqual(injectedScopes(json, member("${gmtDate:HH''mm 'o''clock'}")).slice(3, -1), [
        ['HH', FIELD], ["''", QUOTE], ['mm', FIELD], [' ', SEPARATOR],
        ["'", LITERAL_OPEN], ['o', LITERAL], ["''", QUOTE], ['clock', LITERAL], ["'", LITERAL_CLOSE],
      ]);
    });

    it('EEE, dd MMM yyyy HH:mm:ss Z (BigCommerce): a run of one letter is one field', () => {
      assert.deepEqual(injectedScopes(json, member('${date:EEE, dd MMM yyyy HH:mm:ss Z}')).slice(3, -1), [
        ['EEE', FIELD], [', ', SEPARATOR], ['dd', FIELD], [' ', SEPARATOR], ['MMM', FIELD], [' ', SEPARATOR], ['yyyy', FIELD], [' ', SEPARATOR],
        ['HH', FIELD], [':', SEPARATOR], ['mm', FIELD], [':', SEPARATOR], ['ss', FIELD], [' ', SEPARATOR], ['Z', FIELD],
      ]);
    });

    it('reserved letters (an unquoted T) are marked illegal', () => {
      assert.deepEqual(injectedScopes(json, member('${gmtDate:yyyy-MM-ddTHH}')).slice(3, -1), [
        ['yyyy', FIELD], ['-', SEPARATOR], ['MM', FIELD], ['-', SEPARATOR], ['dd', FIELD], ['T', RESERVED], ['HH', FIELD],
      ]);
    });

    it('an unterminated quote is marked to the end of the pattern, and the template still closes', () => {
      assert.deepEqual(injectedScopes(json, member("${gmtDate:HH:mm:ss'Z}")).slice(3), [
        ['HH', FIELD], [':', SEPARATOR], ['mm', FIELD], [':', SEPARATOR], ['ss', FIELD], ["'Z", UNTERMINATED], ['}', CLOSE],
      ]);
    });

    it("epoch's argument is a unit, not a pattern", () => {
      assert.deepEqual(injectedScopes(json, member('${epoch:yyyy}')).slice(3), [['yyyy', ARGUMENT], ['}', CLOSE]]);
    });
  });

  describe('inside the JSON string', () => {
    it('a whole poller url: the JSON around the template is untouched', () => {
      assert.deepEqual(innermostScopes(json, member("/hubs/crm/contacts?where=lastModifiedDate>='${gmtDate:yyyy}'")), [
        ['{', 'punctuation.definition.dictionary.begin.json'],
        ['"', 'punctuation.support.type.property-name.begin.json'], ['url', KEY], ['"', 'punctuation.support.type.property-name.end.json'],
        [':', 'punctuation.separator.dictionary.key-value.json'], [' ', 'meta.structure.dictionary.value.json'],
        ['"', STRING_OPEN], ["/hubs/crm/contacts?where=lastModifiedDate>='", STRING],
        ['${', OPEN], ['gmtDate', DESCRIPTOR], [':', COLON], ['yyyy', FIELD], ['}', CLOSE],
        ["'", STRING], ['"', STRING_CLOSE],
        ['}', 'punctuation.definition.dictionary.end.json'],
      ]);
    });

    it('template tokens carry the string, template and pattern scopes, outermost first', () => {
      const [line] = tokenizeLines(json, member('${gmtDate:yyyy}'));
      const field = line.find((token) => token.text === 'yyyy');
      assert.deepEqual(field?.scopes, [
        'source.json', 'meta.structure.dictionary.json', 'meta.structure.dictionary.value.json', STRING, TEMPLATE, PATTERN, FIELD,
      ]);
    });

    it('two templates in one string (a bounded window)', () => {
      const line = member("a='${dateTimeZone:GMT:yyyy}' and b='${nowTimeZone:GMT:HH}'");
      assert.deepEqual(innermostScopes(json, line).slice(7, -1), [
        ["a='", STRING],
        ['${', OPEN], ['dateTimeZone', DESCRIPTOR], [':', COLON], ['GMT', ZONE], [':', COLON], ['yyyy', FIELD], ['}', CLOSE],
        ["' and b='", STRING],
        ['${', OPEN], ['nowTimeZone', DESCRIPTOR], [':', COLON], ['GMT', ZONE], [':', COLON], ['HH', FIELD], ['}', CLOSE],
        ["'", STRING], ['"', STRING_CLOSE],
      ]);
    });

    it('{name} element placeholders without $ are not templates', () => {
      assert.deepEqual(innermostScopes(json, member('/hubs/db/{objectName}/{id}?q={x}')).slice(6), [
        ['"', STRING_OPEN], ['/hubs/db/{objectName}/{id}?q={x}', STRING], ['"', STRING_CLOSE], ['}', 'punctuation.definition.dictionary.end.json'],
      ]);
    });

    it('escaped quotes around a template stay JSON escapes', () => {
      assert.deepEqual(innermostScopes(json, member('say \\"${gmtDate:yy}\\" now')).slice(6, -1), [
        ['"', STRING_OPEN], ['say ', STRING], ['\\"', ESCAPE],
        ['${', OPEN], ['gmtDate', DESCRIPTOR], [':', COLON], ['yy', FIELD], ['}', CLOSE],
        ['\\"', ESCAPE], [' now', STRING], ['"', STRING_CLOSE],
      ]);
    });

    it('a template in a stringified poller configuration, between escaped quotes', () => {
      const line = `{"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/c?w='\${gmtDate:HH}'\\"}}"}`;
      assert.deepEqual(innermostScopes(json, line).slice(6, -1), [
        ['"', STRING_OPEN], ['{', STRING], ['\\"', ESCAPE], ['c', STRING], ['\\"', ESCAPE], [': {', STRING],
        ['\\"', ESCAPE], ['url', STRING], ['\\"', ESCAPE], [': ', STRING], ['\\"', ESCAPE], ["/c?w='", STRING],
        ['${', OPEN], ['gmtDate', DESCRIPTOR], [':', COLON], ['HH', FIELD], ['}', CLOSE],
        ["'", STRING], ['\\"', ESCAPE], ['}}', STRING], ['"', STRING_CLOSE],
      ]);
    });

    it('an escaped quote is never part of a template: the template is unclosed and the string ends where JSON says', () => {
      assert.deepEqual(innermostScopes(json, member('${gmtDate:yy\\"}')).slice(6), [
        ['"', STRING_OPEN], ['${', UNCLOSED], ['gmtDate:yy', STRING], ['\\"', ESCAPE], ['}', STRING], ['"', STRING_CLOSE],
        ['}', 'punctuation.definition.dictionary.end.json'],
      ]);
    });

    it('an unclosed ${ marks only itself and does not run into the next member', () => {
      const line = '{"url": "/c?w=\'${gmtDate:yyyy-MM-dd", "idField": "${epoch}"}';
      assert.deepEqual(innermostScopes(json, line), [
        ['{', 'punctuation.definition.dictionary.begin.json'],
        ['"', 'punctuation.support.type.property-name.begin.json'], ['url', KEY], ['"', 'punctuation.support.type.property-name.end.json'],
        [':', 'punctuation.separator.dictionary.key-value.json'], [' ', 'meta.structure.dictionary.value.json'],
        ['"', STRING_OPEN], ["/c?w='", STRING], ['${', UNCLOSED], ['gmtDate:yyyy-MM-dd', STRING], ['"', STRING_CLOSE],
        [',', 'punctuation.separator.dictionary.pair.json'], [' ', 'meta.structure.dictionary.json'],
        ['"', 'punctuation.support.type.property-name.begin.json'], ['idField', KEY], ['"', 'punctuation.support.type.property-name.end.json'],
        [':', 'punctuation.separator.dictionary.key-value.json'], [' ', 'meta.structure.dictionary.value.json'],
        ['"', STRING_OPEN], ['${', OPEN], ['epoch', DESCRIPTOR], ['}', CLOSE], ['"', STRING_CLOSE],
        ['}', 'punctuation.definition.dictionary.end.json'],
      ]);
    });

    it('an unclosed ${ does not continue on the next line', () => {
      const lines = tokenizeLines(json, '{"a": "${gmtDate:yyyy",\n "b": "HH}"}');
      assert.deepEqual(lines[1].map((token) => [token.text, token.scopes[token.scopes.length - 1]]), [
        [' ', 'meta.structure.dictionary.json'],
        ['"', 'punctuation.support.type.property-name.begin.json'], ['b', KEY], ['"', 'punctuation.support.type.property-name.end.json'],
        [':', 'punctuation.separator.dictionary.key-value.json'], [' ', 'meta.structure.dictionary.value.json'],
        ['"', STRING_OPEN], ['HH}', STRING], ['"', STRING_CLOSE], ['}', 'punctuation.definition.dictionary.end.json'],
      ]);
    });

    it('keys are not coloured, even when they hold a template', () => {
      assert.deepEqual(innermostScopes(json, '{"${gmtDate:yyyy}": 1}').slice(0, 4), [
        ['{', 'punctuation.definition.dictionary.begin.json'],
        ['"', 'punctuation.support.type.property-name.begin.json'], ['${gmtDate:yyyy}', KEY], ['"', 'punctuation.support.type.property-name.end.json'],
      ]);
    });

    it('strings in arrays are coloured', () => {
      assert.deepEqual(innermostScopes(json, '["${epoch:ms}", "x"]'), [
        ['[', 'punctuation.definition.array.begin.json'],
        ['"', STRING_OPEN], ['${', OPEN], ['epoch', DESCRIPTOR], [':', COLON], ['ms', ARGUMENT], ['}', CLOSE], ['"', STRING_CLOSE],
        [',', 'punctuation.separator.array.json'], [' ', 'meta.structure.array.json'],
        ['"', STRING_OPEN], ['x', STRING], ['"', STRING_CLOSE], [']', 'punctuation.definition.array.end.json'],
      ]);
    });

    it('prose and whole-value date patterns are left to JSON (and to semantic tokens)', () => {
      const line = `{"name": "Polls at 5 o'clock", "updatedDateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX", "n": "$ {x} $x {"}`;
      assert.deepEqual(injectedScopes(json, line), []);
    });

    it('comments are not coloured (JSON with Comments)', async () => {
      const jsonc = await loadGrammar('source.json.comments');
      assert.deepEqual(innermostScopes(jsonc, '// "${gmtDate:yyyy}"'), [
        ['//', 'punctuation.definition.comment.json.comments'], [' "${gmtDate:yyyy}"', 'comment.line.double-slash.js'],
      ]);
    });
  });

  describe('JSON with Comments (source.json.comments) gets the same tokens', () => {
    const bases: BaseScope[] = ['source.json', 'source.json.comments'];
    it("${dateTimeZone:America/New_York:yyyy-MM-dd'T'HH}", async () => {
      const line = member("${dateTimeZone:America/New_York:yyyy-MM-dd'T'HH}");
      const [plain, withComments] = await Promise.all(bases.map(async (base) => injectedScopes(await loadGrammar(base), line)));
      assert.equal(plain.length, 15);
      assert.deepEqual(withComments, plain);
    });
  });

  describe('agrees with the engine on where the parts of a template are', () => {
    // Real templates from CE's docs and element defaults (domain.md §3.5 and §4).
    const templates = [
      "${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}",
      '${date:EEE, dd MMM yyyy HH:mm:ss Z}',
      "${dateTimeZone:America/Denver:yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}",
      "${dateTimeZone:CST:yyyy-MM-dd'T'HH:mm:ssXXX}",
      '${dateTimeZone:{TimeZone}:yyyy-MM-dd HH:mm:ss}',
      "${nowTimeZone:GMT:yyyy-MM-dd'T'HH:mm:ss}",
      '${dateTimeZone:-6:00:yyyy-MM-dd HH:mm:ss}',
      '${dateTimeZone:GMT+05:30:yyyy}',
      '${epoch:ms}',
      '${epoch:0}',
      '${milliseconds}',
      '${date}',
      "${gmtDate:yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX}",
    ];
    for (const text of templates) {
      it(text, () => {
        const [template] = findUrlTemplates(text);
        const tokens = injectedScopes(json, member(text));
        const textOf = (scopes: string[]) => tokens.filter(([, scope]) => scopes.includes(scope)).map(([part]) => part).join('');
        assert.equal(textOf([DESCRIPTOR]), template.descriptor);
        assert.equal(textOf([ZONE]), template.zone ?? '');
        const patternScopes = [FIELD, SEPARATOR, LITERAL_OPEN, LITERAL, LITERAL_CLOSE, QUOTE, RESERVED, UNTERMINATED];
        assert.equal(textOf([...patternScopes, ARGUMENT]), template.argument ?? '');
      });
    }
  });

  describe('the grammar file', () => {
    let raw: Record<string, unknown>;
    before(() => {
      raw = JSON.parse(readFileSync(path.join(repoRoot(), INJECTION_PATH), 'utf8')) as Record<string, unknown>;
    });

    it('is an injection into double-quoted JSON strings under the agreed scope name', () => {
      assert.equal(raw.scopeName, INJECTION_SCOPE);
      assert.equal(raw.injectionSelector, 'L:string.quoted.double.json');
    });

    it('compiles every regular expression with oniguruma', async () => {
      await loadOniguruma();
      const regexes = collect(raw, ['match', 'begin', 'end', 'while']);
      assert.ok(regexes.length >= 15, `only ${regexes.length} regular expressions found`);
      for (const regex of regexes) assert.doesNotThrow(() => oniguruma.createOnigScanner([regex]).dispose(), regex);
    });

    it('names every scope with the .ce-instance suffix, so themes and the tests can tell ours apart', () => {
      const names = collect(raw, ['name']).filter((name) => name !== raw.name);
      assert.ok(names.length >= 20);
      for (const name of names) assert.match(name, /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.ce-instance$/, name);
    });

    it('colours every template of the example bodies, and nothing else', () => {
      for (const file of ['polling.instance.json', 'stringified-poller.instance.json', 'webhooks.instance.json']) {
        const text = readFileSync(path.join(repoRoot(), 'examples', file), 'utf8');
        const coloured = tokenizeLines(json, text).flatMap((line) => templatesIn(line.map((token) => [token.text, token.scopes[token.scopes.length - 1]])));
        assert.deepEqual(coloured, [...text.matchAll(/\$\{[^}"]*\}/g)].map((match) => match[0]), file);
      }
    });
  });
});

/** The texts of the templates on one line: each run from an opening to a closing brace token. */
function templatesIn(tokens: [string, string][]): string[] {
  const found: string[] = [];
  let current: string | undefined;
  for (const [text, scope] of tokens) {
    if (scope === OPEN) current = '';
    if (current !== undefined && scope.endsWith('.ce-instance')) current += text;
    if (scope === CLOSE && current !== undefined) {
      found.push(current);
      current = undefined;
    }
  }
  return found;
}

/** Every string value under one of `keys`, anywhere in a parsed grammar. */
function collect(value: unknown, keys: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => collect(item, keys));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (keys.includes(key) && typeof item === 'string' ? [item] : collect(item, keys)));
}
