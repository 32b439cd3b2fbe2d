import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import configSchema from '../../../schemas/ce-instance-config.schema.json';
import { SchemaRegistry } from '../engine/schema/schemaValidation';
import { parseConfigFile } from './configFile';

type SchemaNode = Record<string, unknown>;

const CONFIG_SCHEMA_ID = 'https://ce-instance.dev/schemas/ce-instance-config.schema.json';
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

const registry = new SchemaRegistry();
registry.addSchema(CONFIG_SCHEMA_ID, structuredClone(configSchema));
const validateConfig = registry.validator(CONFIG_SCHEMA_ID);

function parserAccepts(text: string): boolean {
  try {
    parseConfigFile(text, 'x.json');
    return true;
  } catch {
    return false;
  }
}

/** Described nodes: every property and definition, and what they nest, except bare `$ref`s. */
function describedNodes(node: SchemaNode, pointer: string, out: [string, SchemaNode][] = []): [string, SchemaNode][] {
  const visit = (child: unknown, at: string) => {
    if (typeof child !== 'object' || child === null || Array.isArray(child)) return;
    const schema = child as SchemaNode;
    if (!('$ref' in schema)) out.push([at, schema]);
    describedNodes(schema, at, out);
  };
  for (const group of ['properties', 'definitions'] as const) {
    for (const [name, child] of Object.entries((node[group] ?? {}) as SchemaNode)) visit(child, `${pointer}/${group}/${name}`);
  }
  for (const key of ['items', 'propertyNames', 'additionalProperties'] as const) visit(node[key], `${pointer}/${key}`);
  (Array.isArray(node.anyOf) ? node.anyOf : []).forEach((branch, index) => visit(branch, `${pointer}/anyOf/${index}`));
  return out;
}

/** The JSON code blocks of docs/configuration.md, found from the working directory or the compiled test. */
function documentedExamples(): string[] {
  for (const start of [process.cwd(), __dirname]) {
    for (let directory = start; ; directory = path.dirname(directory)) {
      const file = path.join(directory, 'docs', 'configuration.md');
      if (fs.existsSync(file)) return [...fs.readFileSync(file, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
      if (path.dirname(directory) === directory) break;
    }
  }
  throw new Error(`docs/configuration.md not found above ${process.cwd()} nor ${__dirname}`);
}

describe('config schema', () => {
  it('is draft-07 with the published $id, and compiles in strict mode', () => {
    assert.equal(configSchema.$schema, DRAFT_07);
    assert.equal(configSchema.$id, CONFIG_SCHEMA_ID);
  });

  it('describes every property in plain text and markdown', () => {
    const nodes = describedNodes(configSchema as SchemaNode, '#');
    assert.ok(nodes.length > 15, `only ${nodes.length} nodes`);
    for (const [pointer, node] of nodes) {
      assert.equal(typeof node.description, 'string', `${pointer} has no description`);
      assert.equal(typeof node.markdownDescription, 'string', `${pointer} has no markdownDescription`);
    }
  });

  const samples: readonly [string, boolean][] = [
    ['{}', true],
    ['{"$schema": "x", "root": true, "extends": "./a.json"}', true],
    ['{"extends": ["./a.json", "@acme/c", "https://x.example/c.json"]}', true],
    ['{"rules": {"no-comments": "off", "no-trailing-commas": "error"}}', true],
    ['{"schemas": [{"files": ["**"], "schema": "./s.json"}]}', true],
    ['{"overrides": [{"files": ["legacy/**"], "rules": {"no-comments": "info"}, "schemas": []}]}', true],
    ['{"rule": {}}', false],
    ['{"root": "yes"}', false],
    ['{"extends": [""]}', false],
    ['{"rules": {"no-comments": "warn"}}', false],
    ['{"rules": {"no-comments": "hint"}}', false],
    ['{"rules": {"no-comments": 2}}', false],
    ['{"schemas": [{"files": ["**"]}]}', false],
    ['{"schemas": [{"files": [], "schema": "./s.json"}]}', false],
    ['{"schemas": [{"files": "**", "schema": "./s.json"}]}', false],
    ['{"overrides": [{"rules": {}}]}', false],
    ['{"overrides": [{"files": ["a"], "schemas": [{"schema": "./s.json"}]}]}', false],
    ['{"overrides": [{"files": ["a"], "extends": []}]}', false],
  ];
  for (const [text, valid] of samples) {
    it(`agrees with the loader that ${text} is ${valid ? 'valid' : 'invalid'}`, () => {
      assert.equal(validateConfig(JSON.parse(text)).length === 0, valid, 'schema');
      assert.equal(parserAccepts(text), valid, 'loader');
    });
  }

  describe('documented examples', () => {
    const examples = documentedExamples();
    const teamSchemas = examples.filter((text) => text.includes(`"$schema": "${DRAFT_07}"`));
    const configs = examples.filter((text) => !teamSchemas.includes(text));

    it('are there', () => {
      assert.ok(configs.length >= 5 && teamSchemas.length >= 1, `${configs.length} configs, ${teamSchemas.length} schemas`);
    });

    it('configs are valid for the schema and the loader', () => {
      for (const text of configs) {
        assert.deepEqual(validateConfig(JSON.parse(text)), [], text);
        assert.doesNotThrow(() => parseConfigFile(text, 'docs/configuration.md'), text);
      }
    });

    it('the team schema compiles and checks what the docs say it checks', () => {
      const team = new SchemaRegistry();
      team.addSchema('https://acme.example/schemas/instance.json', JSON.parse(teamSchemas[0]) as object);
      const check = team.validator('https://acme.example/schemas/instance.json');
      assert.deepEqual(check({ element: { key: 'hubspot' }, name: 'acme-crm', tags: ['production'] }), []);
      const problems = check({ element: { key: 'zendesk' }, name: 'Test HubSpot' });
      assert.deepEqual(problems.map((problem) => problem.path).sort(), [[], ['element', 'key'], ['name']]);
    });
  });
});
