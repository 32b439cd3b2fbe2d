import assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine';
import { type FindingFacts, type JsonValidation, ruleIdOf, shownByJsonValidation, splitDuplicates } from './duplicateFilter';

const JSON_ON: JsonValidation = { enabled: true, languageId: 'json', documentIsEmpty: false };
const JSONC_ON: JsonValidation = { ...JSON_ON, languageId: 'jsonc' };

const finding = (ruleId: string | undefined, coveredText = 'x', message = 'A message.'): FindingFacts => ({ ruleId, message, coveredText });

describe('client: problems VS Code\'s JSON validation already shows', () => {
  it('in json: syntax errors, trailing commas, comments and duplicate keys', () => {
    const table: [string, boolean][] = [
      ['invalid-json', true],
      ['no-trailing-commas', true],
      ['no-comments', true],
      ['no-duplicate-keys', true],
      ['element-key', false],
      ['unknown-top-level-key', false],
      ['date-pattern-syntax', false],
    ];
    for (const [ruleId, shown] of table) assert.equal(shownByJsonValidation(finding(ruleId, '"name"'), JSON_ON), shown, ruleId);
  });

  it('in jsonc: the same but comments, which jsonc allows', () => {
    const table: [string, boolean][] = [
      ['invalid-json', true],
      ['no-trailing-commas', true],
      ['no-comments', false],
      ['no-duplicate-keys', true],
    ];
    for (const [ruleId, shown] of table) assert.equal(shownByJsonValidation(finding(ruleId, '"name"'), JSONC_ON), shown, ruleId);
  });

  it('nothing when VS Code does not validate: turned off, another language, an empty document', () => {
    for (const validation of [{ ...JSON_ON, enabled: false }, { ...JSON_ON, languageId: 'yaml' }, { ...JSON_ON, documentIsEmpty: true }]) {
      assert.equal(shownByJsonValidation(finding('invalid-json'), validation), false, JSON.stringify(validation));
      assert.equal(shownByJsonValidation(finding('no-comments'), validation), false, JSON.stringify(validation));
    }
  });

  it('not the repeated key "//", which VS Code allows', () => {
    assert.equal(shownByJsonValidation(finding('no-duplicate-keys', '"//"'), JSON_ON), false);
    assert.equal(shownByJsonValidation(finding('no-duplicate-keys', '"/"'), JSON_ON), true);
  });

  it('not findings without a rule id', () => {
    assert.equal(shownByJsonValidation(finding(undefined), JSON_ON), false);
  });

  it('reads the rule id from a plain code and from a code with a link', () => {
    assert.equal(ruleIdOf('no-comments'), 'no-comments');
    assert.equal(ruleIdOf({ value: 'no-comments', target: 'https://example.com' }), 'no-comments');
    assert.equal(ruleIdOf(521), undefined);
    assert.equal(ruleIdOf(undefined), undefined);
  });

  it('splits real findings: the document\'s syntax problems are VS Code\'s, those in the stringified poller configuration stay ours', () => {
    const text = [
      '{',
      '  // a note',
      '  "element": {"key": "box",},',
      '  "configuration": {',
      '    "event.notification.enabled": true,',
      '    "event.vendor.type": "polling",',
      '    "event.poller.configuration": "{\\"files\\": {\\"url\\": \\"/hubs/documents/files\\", \\"idField\\": \\"id\\",}, \\"files\\": {}}"',
      '  },',
      '  "name": "a", "name": "b"',
      '}',
    ].join('\n');
    const { findings } = lintText(text);
    const facts = (index: number): FindingFacts => ({ ruleId: findings[index].ruleId, message: findings[index].message, coveredText: text.slice(findings[index].range.start, findings[index].range.end) });
    const { shown, hidden } = splitDuplicates(findings.map((_, index) => index), JSON_ON, facts);
    const describe = (indexes: number[]) => indexes.map((index) => `${findings[index].ruleId} ${text.slice(findings[index].range.start, findings[index].range.end)}`);
    assert.deepEqual(describe(hidden), ['no-comments // a note', 'no-trailing-commas ,', 'no-duplicate-keys "name"']);
    assert.deepEqual(
      describe(shown).filter((line) => /^(no-|invalid-json)/.test(line)),
      ['no-trailing-commas ,', 'no-duplicate-keys \\"files\\"'],
    );
    for (const index of shown.filter((one) => findings[one].ruleId.startsWith('no-'))) assert.match(findings[index].message, /^In the JSON string of event\.poller\.configuration: /);
  });
});
