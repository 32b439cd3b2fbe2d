import assert from 'node:assert/strict';
import { RULE_DOCS_BASE } from '../engine/rules/docs';
import { ConfigError } from './configError';
import { parseConfigFile } from './configFile';

const SOURCE = '/project/.ce-instance.json';

/** The ConfigError message `text` gives. */
function errorOf(text: string): string {
  try {
    parseConfigFile(text, SOURCE);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `not a ConfigError: ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

describe('config file', () => {
  it('reads every field, keeping where references stand', () => {
    const content = parseConfigFile([
      '{',
      '  "$schema": "https://ce-instance.dev/schemas/ce-instance-config.schema.json",',
      '  "root": true,',
      '  "extends": ["./base.ce-instance.json", "@acme/config"],',
      '  "rules": { "no-comments": "error", "no-trailing-commas": "off" },',
      '  "schemas": [{ "files": ["**/*.instance.json"], "schema": "./team.schema.json" }],',
      '  "overrides": [{ "files": ["legacy/**"], "rules": { "no-comments": "info" }, "schemas": [] }]',
      '}',
    ].join('\n'), SOURCE);
    assert.deepEqual(content, {
      extends: [
        { value: './base.ce-instance.json', position: { line: 4, column: 15 } },
        { value: '@acme/config', position: { line: 4, column: 42 } },
      ],
      rules: { 'no-comments': 'error', 'no-trailing-commas': 'off' },
      schemas: [{ files: ['**/*.instance.json'], schema: { value: './team.schema.json', position: { line: 6, column: 60 } } }],
      overrides: [{ files: ['legacy/**'], rules: { 'no-comments': 'info' }, schemas: [] }],
    });
  });

  it('takes a single extends string', () => {
    assert.deepEqual(parseConfigFile('{"extends": "./a.json"}', SOURCE).extends, [{ value: './a.json', position: { line: 1, column: 13 } }]);
  });

  it('an empty object is a valid config', () => {
    assert.deepEqual(parseConfigFile('{}', SOURCE), { extends: [], rules: {}, schemas: [], overrides: [] });
  });

  const invalid: readonly { name: string; text: string; message: string }[] = [
    {
      name: 'broken JSON, with line and column',
      text: '{\n  "rules": {\n    "no-comments": "error"\n    "no-trailing-commas": "off"\n  }\n}',
      message: `${SOURCE}:4:5: Expected ',' between entries.`,
    },
    {
      name: 'a comment',
      text: '{\n  // team defaults\n  "rules": {}\n}',
      message: `${SOURCE}:2:3: Comments are not allowed: the file must be strict JSON. Remove the comment.`,
    },
    {
      name: 'a trailing comma',
      text: '{"rules": {"no-comments": "off",}}',
      message: `${SOURCE}:1:32: Trailing commas are not allowed: the file must be strict JSON. Remove the comma.`,
    },
    {
      name: 'an empty file',
      text: '',
      message: `${SOURCE}:1:1: Expected a value.`,
    },
    {
      name: 'a duplicate key',
      text: '{"rules": {}, "rules": {}}',
      message: `${SOURCE}:1:15: Duplicate key "rules": only one would take effect. Remove one of them.`,
    },
    {
      name: 'not an object',
      text: '[]',
      message: `${SOURCE}:1:1: The config must be a JSON object.`,
    },
    {
      name: 'an unknown property, with a suggestion',
      text: '{"rule": {}}',
      message: `${SOURCE}:1:2: Unknown property "rule" in the config. Did you mean "rules"?`,
    },
    {
      name: 'an unknown property, with the list',
      text: '{"plugins": []}',
      message: `${SOURCE}:1:2: Unknown property "plugins" in the config. Allowed: "$schema", "root", "extends", "rules", "schemas", "overrides".`,
    },
    {
      name: 'an unknown rule id, with a suggestion',
      text: '{"rules": {"no-coments": "error"}}',
      message: `${SOURCE}:1:12: Unknown rule "no-coments". Did you mean "no-comments"?`,
    },
    {
      name: 'an unknown rule id, far from any',
      text: '{"rules": {"vendor-typo-beyond-help": "error"}}',
      message: `${SOURCE}:1:12: Unknown rule "vendor-typo-beyond-help". Use one of the rule ids listed at ${RULE_DOCS_BASE}.`,
    },
    {
      name: 'an unknown rule id in an override',
      text: '{"overrides": [{"files": ["a/**"], "rules": {"no-trailing-comas": "off"}}]}',
      message: `${SOURCE}:1:46: Unknown rule "no-trailing-comas". Did you mean "no-trailing-commas"?`,
    },
    {
      name: 'a bad level',
      text: '{"rules": {"no-comments": "warn"}}',
      message: `${SOURCE}:1:27: Invalid level "warn" for rule "no-comments": use "off", "info", "warning" or "error".`,
    },
    {
      name: 'a numeric level',
      text: '{"rules": {"no-comments": 2}}',
      message: `${SOURCE}:1:27: Invalid level 2 for rule "no-comments": use "off", "info", "warning" or "error".`,
    },
    {
      name: 'the hint level, which only editors have',
      text: '{"rules": {"no-comments": "hint"}}',
      message: `${SOURCE}:1:27: Level "hint" is not available in configuration (rule "no-comments"): use "off", "info", "warning" or "error".`,
    },
    {
      name: 'rules not an object',
      text: '{"rules": ["no-comments"]}',
      message: `${SOURCE}:1:11: "rules" must be an object mapping rule ids to levels.`,
    },
    {
      name: 'root not a boolean',
      text: '{"root": "yes"}',
      message: `${SOURCE}:1:10: "root" must be true or false.`,
    },
    {
      name: 'an empty extends entry',
      text: '{"extends": [""]}',
      message: `${SOURCE}:1:14: "extends"[0] must be a file path, an npm package name or an https URL.`,
    },
    {
      name: 'a schema entry without files',
      text: '{"schemas": [{"schema": "./a.json"}]}',
      message: `${SOURCE}:1:14: "schemas"[0] needs "files": an array of glob patterns, relative to this config's directory.`,
    },
    {
      name: 'a schema entry without schema',
      text: '{"schemas": [{"files": ["**"]}]}',
      message: `${SOURCE}:1:14: "schemas"[0] needs "schema": a JSON Schema file path or https URL.`,
    },
    {
      name: 'a misspelt key in a schema entry',
      text: '{"schemas": [{"file": ["**"], "schema": "./a.json"}]}',
      message: `${SOURCE}:1:15: Unknown property "file" in "schemas"[0]. Did you mean "files"?`,
    },
    {
      name: 'files as a string',
      text: '{"overrides": [{"files": "legacy/**"}]}',
      message: `${SOURCE}:1:26: "overrides"[0].files must be an array.`,
    },
    {
      name: 'empty files',
      text: '{"overrides": [{"files": []}]}',
      message: `${SOURCE}:1:26: "overrides"[0].files is empty: give at least one glob pattern.`,
    },
    {
      name: 'a schema reference that is not a string',
      text: '{"overrides": [{"files": ["a"], "schemas": [{"schema": "x"}]}]}',
      message: `${SOURCE}:1:45: "overrides"[0].schemas[0] must be a JSON Schema file path or an https URL.`,
    },
  ];
  for (const { name, text, message } of invalid) {
    it(`refuses ${name}`, () => assert.equal(errorOf(text), message));
  }
});
