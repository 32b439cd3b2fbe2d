import assert from 'node:assert/strict';
import { DocumentText, StringContent } from './embeddedText';
import { snippetEdit, snippetPlainText } from './snippets';

describe('snippet edits', () => {
  it('writes tab stops, defaults and choices, escaping what snippets treat as syntax', () => {
    const layer = new DocumentText('{}');
    const edit = snippetEdit(layer, 1, 1, ['"a$b}": "', { stop: 1, text: 'x}y' }, '", "c": "', { stop: 2, choices: ['p,q', 'r|s', '\\'] }, '", "d": "', { stop: 3, text: '' }, '"']);
    assert.deepEqual(edit, {
      start: 1,
      end: 1,
      newText: '"a\\$b\\}": "${1:x\\}y}", "c": "${2|p\\,q,r\\|s,\\\\|}", "d": "${3}"',
    });
  });

  it('escapes for the JSON string first when the layer is the content of a string', () => {
    const text = '{"s": "{\\"k\\": 1}"}';
    const content = new StringContent(new DocumentText(text), 6, text.length - 1);
    assert.equal(content.text, '{"k": 1}');
    const edit = snippetEdit(content, 7, 7, [', "n": "', { stop: 1, text: 'a\\b' }, '"']);
    // `"` becomes `\"` in the string, then every `\` is escaped again for the snippet.
    assert.equal(edit.newText, ', \\\\"n\\\\": \\\\"${1:a\\\\\\\\b}\\\\"');
    assert.equal(edit.start, text.indexOf('}"'));
    assert.equal(snippetPlainText(edit.newText), ', \\"n\\": \\"a\\\\b\\"');
  });

  it('gives the plain text a snippet inserts when no tab stop is edited', () => {
    const cases: [string, string][] = [
      ['"${1}"', '""'],
      ['"${1:id}"', '"id"'],
      ['$1 and $0 go', ' and  go'],
      ['${2|first,second|}', 'first'],
      ['${1|a\\,b,c|}', 'a,b'],
      ['\\$\\}\\\\', '$}\\'],
      ['${1:a\\}b}', 'a}b'],
      ['no syntax at all', 'no syntax at all'],
    ];
    for (const [snippet, plain] of cases) assert.equal(snippetPlainText(snippet), plain, snippet);
  });

  it('round-trips: the plain text of a written snippet is the text with its defaults', () => {
    const layer = new DocumentText('');
    const parts = ['{"x": "', { stop: 1, text: '${not a stop}' }, '", "y": "', { stop: 2, choices: ['a|b', 'c'] }, '"}'] as const;
    assert.equal(snippetPlainText(snippetEdit(layer, 0, 0, parts).newText), '{"x": "${not a stop}", "y": "a|b"}');
  });
});
