import type { JsonNode } from '../engine/json/jsonTree';
import { closestMatch } from '../engine/rules/support/suggest';
import type { SourcePosition } from './configError';
import { type ConfigRuleLevel, ruleLevelProblem, unknownRuleProblem } from './ruleSettings';
import { StrictJson } from './strictJson';

/** The file discovery looks for, upward from a linted file. */
export const CONFIG_FILE_NAME = '.ce-instance.json';

/** A string from the file, with where it stands, so later errors (file not found, cycle) can point at it. */
export interface Located {
  readonly value: string;
  readonly position: SourcePosition;
}

export interface SchemaEntry {
  readonly files: readonly string[];
  readonly schema: Located;
}

export interface OverrideEntry {
  readonly files: readonly string[];
  readonly rules: Readonly<Record<string, ConfigRuleLevel>>;
  /** When present, replaces the schemas selected for matching files. */
  readonly schemas?: readonly Located[];
}

/** One config file's own content, checked, before `extends` is followed. */
export interface ConfigFileContent {
  readonly extends: readonly Located[];
  readonly rules: Readonly<Record<string, ConfigRuleLevel>>;
  readonly schemas: readonly SchemaEntry[];
  readonly overrides: readonly OverrideEntry[];
}

const TOP_LEVEL_KEYS = ['$schema', 'root', 'extends', 'rules', 'schemas', 'overrides'];
const SCHEMA_ENTRY_KEYS = ['files', 'schema'];
const OVERRIDE_KEYS = ['files', 'rules', 'schemas'];

/** Parses and checks the text of a config file read from `source` (a path or URL). */
export function parseConfigFile(text: string, source: string): ConfigFileContent {
  const json = StrictJson.parse(text, source);
  const top = properties(json, json.root, 'the config', TOP_LEVEL_KEYS);
  const root = top.get('root');
  if (root && root.type !== 'boolean') throw json.error(root, '"root" must be true or false.');
  const schema = top.get('$schema');
  if (schema && schema.type !== 'string') throw json.error(schema, '"$schema" must be a string (the URL of the config schema).');
  return {
    extends: extendsEntries(json, top.get('extends')),
    rules: ruleLevels(json, top.get('rules'), '"rules"'),
    schemas: list(json, top.get('schemas'), '"schemas"', (entry, where) => schemaEntry(json, entry, where)),
    overrides: list(json, top.get('overrides'), '"overrides"', (entry, where) => overrideEntry(json, entry, where)),
  };
}

/** The object's properties by key, refusing keys outside `allowed` with a suggestion. */
function properties(json: StrictJson, node: JsonNode, what: string, allowed: readonly string[]): Map<string, JsonNode> {
  if (node.type !== 'object') throw json.error(node, `${what[0].toUpperCase()}${what.slice(1)} must be a JSON object.`);
  const byKey = new Map<string, JsonNode>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    const name = key.value as string;
    if (!allowed.includes(name)) {
      const suggestion = closestMatch(name, allowed);
      const hint = suggestion ? `Did you mean "${suggestion}"?` : `Allowed: ${allowed.map((k) => `"${k}"`).join(', ')}.`;
      throw json.error(key, `Unknown property "${name}" in ${what}. ${hint}`);
    }
    byKey.set(name, value);
  }
  return byKey;
}

function extendsEntries(json: StrictJson, node: JsonNode | undefined): Located[] {
  if (!node) return [];
  if (node.type === 'string') return [located(json, node)];
  return list(json, node, '"extends"', (entry, where) => {
    if (entry.type !== 'string' || entry.value === '') throw json.error(entry, `${where} must be a file path, an npm package name or an https URL.`);
    return located(json, entry);
  });
}

function ruleLevels(json: StrictJson, node: JsonNode | undefined, where: string): Record<string, ConfigRuleLevel> {
  if (!node) return {};
  if (node.type !== 'object') throw json.error(node, `${where} must be an object mapping rule ids to levels.`);
  const levels: Record<string, ConfigRuleLevel> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    const id = key.value as string;
    const unknown = unknownRuleProblem(id);
    if (unknown) throw json.error(key, unknown);
    const badLevel = ruleLevelProblem(id, json.value(value));
    if (badLevel) throw json.error(value, badLevel);
    levels[id] = value.value as ConfigRuleLevel;
  }
  return levels;
}

function schemaEntry(json: StrictJson, node: JsonNode, where: string): SchemaEntry {
  const entry = properties(json, node, where, SCHEMA_ENTRY_KEYS);
  const schema = entry.get('schema');
  if (!schema) throw json.error(node, `${where} needs "schema": a JSON Schema file path or https URL.`);
  return { files: globs(json, entry.get('files'), node, where), schema: schemaReference(json, schema, `${where}.schema`) };
}

function overrideEntry(json: StrictJson, node: JsonNode, where: string): OverrideEntry {
  const entry = properties(json, node, where, OVERRIDE_KEYS);
  const schemas = entry.get('schemas');
  return {
    files: globs(json, entry.get('files'), node, where),
    rules: ruleLevels(json, entry.get('rules'), `${where}.rules`),
    ...(schemas && { schemas: list(json, schemas, `${where}.schemas`, (schema, at) => schemaReference(json, schema, at)) }),
  };
}

function globs(json: StrictJson, node: JsonNode | undefined, owner: JsonNode, where: string): string[] {
  if (!node) throw json.error(owner, `${where} needs "files": an array of glob patterns, relative to this config's directory.`);
  const patterns = list(json, node, `${where}.files`, (pattern, at) => {
    if (pattern.type !== 'string' || pattern.value === '') throw json.error(pattern, `${at} must be a non-empty glob pattern.`);
    return pattern.value as string;
  });
  if (patterns.length === 0) throw json.error(node, `${where}.files is empty: give at least one glob pattern.`);
  return patterns;
}

function schemaReference(json: StrictJson, node: JsonNode, where: string): Located {
  if (node.type !== 'string' || node.value === '') throw json.error(node, `${where} must be a JSON Schema file path or an https URL.`);
  return located(json, node);
}

function list<T>(json: StrictJson, node: JsonNode | undefined, where: string, item: (entry: JsonNode, where: string) => T): T[] {
  if (!node) return [];
  if (node.type !== 'array') throw json.error(node, `${where} must be an array.`);
  return (node.children ?? []).map((entry, index) => item(entry, `${where}[${index}]`));
}

function located(json: StrictJson, node: JsonNode): Located {
  return { value: node.value as string, position: json.position(node) };
}
