import assert from 'node:assert/strict';
import { lintText } from '../linter';
import type { SchemaCheck, SchemaProblemLike } from '../linterOptions';
import type { RuleLevel } from '../types';
import { SchemaRegistry } from '../schema/schemaValidation';
import { RULES } from '.';
import rule from './custom-schema';

/** A schema check that returns fixed problems and records what it was given. */
function fakeCheck(source: string, problems: readonly SchemaProblemLike[]): SchemaCheck & { seen: unknown[] } {
  const seen: unknown[] = [];
  return { source, seen, validate: (value) => (seen.push(value), problems) };
}

/** jsonc-parser builds objects without a prototype; compare them as JSON. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const onlyThis: Record<string, RuleLevel> = Object.fromEntries(RULES.map((other) => [other.meta.id, other === rule ? 'error' : 'off']));

function findings(text: string, schemaChecks: readonly SchemaCheck[], level: RuleLevel = 'error') {
  const result = lintText(text, { rules: { ...onlyThis, [rule.meta.id]: level }, schemaChecks });
  assert.deepEqual(result.internalErrors, []);
  return result.findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    text: text.slice(finding.range.start, finding.range.end),
    start: finding.range.start,
    path: finding.path,
  }));
}

const BODY = `{
  "element": {"key": "box"},
  "configuration": {"event.notification.enabled": true, "extra": 1},
  "tags": ["dev", "box"],
  "name": "Box"
}`;

describe('rule custom-schema', () => {
  it('is registered', () => assert.ok(RULES.includes(rule)));

  it('reports nothing without team schemas', () => {
    assert.deepEqual(findings(BODY, []), []);
  });

  it('validates the parsed value and reports a value problem on the value', () => {
    const check = fakeCheck('/repo/schemas/team.schema.json', [{ path: ['tags'], target: 'value', message: "'tags' must contain 'prod'." }]);
    assert.deepEqual(findings(BODY, [check]), [{
      ruleId: 'custom-schema',
      severity: 'error',
      message: "team.schema.json: 'tags' must contain 'prod'.",
      text: '["dev", "box"]',
      start: BODY.indexOf('["dev"'),
      path: ['tags'],
    }]);
    assert.deepEqual(plain(check.seen), [JSON.parse(BODY)]);
  });

  it('reports a key problem on the key, and an array item on the item', () => {
    const check = fakeCheck('team.schema.json', [
      { path: ['configuration', 'extra'], target: 'key', message: "Unknown property 'extra'." },
      { path: ['tags', 1], target: 'value', message: "'tags/1' must be one of 'dev', 'prod'." },
    ]);
    assert.deepEqual(findings(BODY, [check]).map(({ message, text, start, path }) => ({ message, text, start, path })), [
      { message: "team.schema.json: Unknown property 'extra'.", text: '"extra"', start: BODY.indexOf('"extra"'), path: ['configuration', 'extra'] },
      { message: "team.schema.json: 'tags/1' must be one of 'dev', 'prod'.", text: '"box"', start: BODY.indexOf('"box"]'), path: ['tags', 1] },
    ]);
  });

  it('reports a missing property on the object that lacks it', () => {
    const check = fakeCheck('team.schema.json', [{ path: ['configuration', 'event.vendor.type'], target: 'key', message: "'configuration' must have 'event.vendor.type'." }]);
    const [finding] = findings(BODY, [check]);
    assert.equal(finding.text, '{"event.notification.enabled": true, "extra": 1}');
    assert.deepEqual(finding.path, ['configuration']);
  });

  it('reports on the last of duplicate keys, the one the value holds', () => {
    const text = '{"element": {"key": "box"}, "name": "a", "name": "b"}';
    const check = fakeCheck('team.schema.json', [{ path: ['name'], target: 'value', message: "'name' must start with 'acme-'." }]);
    assert.deepEqual(findings(text, [check]).map(({ text: covered, start }) => ({ covered, start })), [{ covered: '"b"', start: text.indexOf('"b"') }]);
    assert.deepEqual(plain(check.seen), [{ element: { key: 'box' }, name: 'b' }]);
  });

  it('names each schema by its base name, for paths and URLs', () => {
    const problem: SchemaProblemLike = { path: ['name'], target: 'value', message: 'Bad name.' };
    const checks = [
      fakeCheck('C:\\repo\\schemas\\win.schema.json', [problem]),
      fakeCheck('https://schemas.example.com/ce/acme.schema.json?v=2#top', [problem]),
    ];
    assert.deepEqual(findings(BODY, checks).map((finding) => finding.message), ['win.schema.json: Bad name.', 'acme.schema.json: Bad name.']);
  });

  it('does not validate text that does not parse', () => {
    const check = fakeCheck('team.schema.json', [{ path: [], target: 'value', message: 'Never.' }]);
    assert.deepEqual(findings('{"element": {"key": "box"}, "name": }', [check]), []);
    assert.deepEqual(plain(check.seen), []);
  });

  it('validates comments and trailing commas away, as the parsed value', () => {
    const check = fakeCheck('team.schema.json', []);
    findings('{"element": {"key": "box"}, // why\n "tags": ["a",],}', [check]);
    assert.deepEqual(plain(check.seen), [{ element: { key: 'box' }, tags: ['a'] }]);
  });

  it('sees a stringified poller configuration as the string it is, with escapes decoded', () => {
    const text = '{"configuration": {"event.poller.configuration": "{\\"a\\": {\\"url\\": \\"\\/hubs\\u002fx\\"}}"}}';
    const check = fakeCheck('team.schema.json', [{ path: ['configuration', 'event.poller.configuration'], target: 'value', message: 'Use an object.' }]);
    const [finding] = findings(text, [check]);
    assert.equal(finding.text, '"{\\"a\\": {\\"url\\": \\"\\/hubs\\u002fx\\"}}"');
    assert.deepEqual(plain(check.seen), [{ configuration: { 'event.poller.configuration': '{"a": {"url": "/hubs/x"}}' } }]);
  });

  it('checks any JSON file the config selects, and takes the configured level', () => {
    const check = fakeCheck('team.schema.json', [{ path: [], target: 'value', message: 'Must be an instance body.' }]);
    assert.deepEqual(findings('[1, 2]', [check], 'warning').map(({ severity, message, text }) => ({ severity, message, text })), [
      { severity: 'warning', message: 'team.schema.json: Must be an instance body.', text: '[1, 2]' },
    ]);
  });

  it('works with a schema compiled by Ajv, as the config loader compiles them', () => {
    const registry = new SchemaRegistry();
    registry.addSchema('file:///repo/schemas/acme.schema.json', {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', pattern: '^acme-' },
        configuration: { type: 'object', additionalProperties: false, properties: { 'event.notification.enabled': { type: 'boolean' } } },
      },
    });
    const check: SchemaCheck = { source: '/repo/schemas/acme.schema.json', validate: registry.validator('file:///repo/schemas/acme.schema.json') };
    assert.deepEqual(findings(BODY, [check]).map(({ message, text }) => ({ message, text })), [
      { message: "acme.schema.json: Unknown property 'extra' is not allowed here.", text: '"extra"' },
      { message: "acme.schema.json: 'name' must match the pattern ^acme-.", text: '"Box"' },
    ]);
  });
});
