/**
 * JSON Schema validation for instance bodies: the built-in schema (`schemas/instance.schema.json`)
 * and team schemas that `$ref` it. Ajv's raw errors become `SchemaProblem`s: a JSON path to report
 * at, whether the key or the value is at fault, and one plain sentence.
 */
import type Ajv from 'ajv';
import type { ErrorObject, KeywordDefinition, ValidateFunction } from 'ajv';
import instanceSchema from '../../../../schemas/instance.schema.json';
import type { JsonPath } from '../types';

export type { JsonPath };

export interface SchemaProblem {
  /** Where to report: the offending value, the unknown property, or the object missing a property. */
  readonly path: JsonPath;
  /** `key` when the property name is at fault (unknown or badly named property). */
  readonly target: 'value' | 'key';
  readonly message: string;
  /** The Ajv keyword that failed (`anyOf`/`oneOf` for a collapsed set of alternatives). */
  readonly keyword: string;
  readonly schemaPath: string;
}

/** The `$id` of the built-in schema; team schemas `$ref` it. */
export const INSTANCE_SCHEMA_ID: string = instanceSchema.$id;

/** VS Code's JSON-schema extensions: annotations to Ajv, but strict mode rejects unknown keywords. */
const EDITOR_KEYWORDS: readonly KeywordDefinition[] = [
  { keyword: 'markdownDescription', schemaType: 'string' },
  { keyword: 'defaultSnippets', schemaType: 'array' },
  { keyword: 'enumDescriptions', schemaType: 'array' },
  { keyword: 'markdownEnumDescriptions', schemaType: 'array' },
  { keyword: 'deprecationMessage', schemaType: 'string' },
  { keyword: 'errorMessage', schemaType: ['string', 'object'] },
  { keyword: 'patternErrorMessage', schemaType: 'string' },
  { keyword: 'doNotSuggest', schemaType: 'boolean' },
  { keyword: 'suggestSortText', schemaType: 'string' },
  { keyword: 'allowComments', schemaType: 'boolean' },
  { keyword: 'allowTrailingCommas', schemaType: 'boolean' },
];

/**
 * Ajv and its formats, loaded with the first team schema: most runs have none, and loading them
 * would cost every start of the CLI.
 */
function loadAjv() {
  const ajv = require('ajv') as typeof import('ajv');
  const formats = require('ajv-formats') as typeof import('ajv-formats');
  return { Ajv: ajv.default, MissingRefError: ajv.MissingRefError, addFormats: formats.default };
}

export class SchemaRegistry {
  private readonly ajv: Ajv;
  private readonly MissingRefError: ReturnType<typeof loadAjv>['MissingRefError'];
  private readonly validators = new Map<string, (value: unknown) => SchemaProblem[]>();

  constructor() {
    // verbose: errors carry the schema node that failed, which the messages describe.
    // allowUnionTypes: `"type": ["string", "null"]` is common in editor schemas.
    const { Ajv: AjvClass, addFormats, MissingRefError } = loadAjv();
    this.MissingRefError = MissingRefError;
    this.ajv = new AjvClass({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    addFormats(this.ajv);
    for (const definition of EDITOR_KEYWORDS) this.ajv.addKeyword(definition);
    this.ajv.addSchema(SchemaRegistry.builtInInstanceSchema());
  }

  /** A fresh copy of `schemas/instance.schema.json`. */
  static builtInInstanceSchema(): object {
    return structuredClone(instanceSchema);
  }

  /**
   * Registers `schema` under `uri` (and its `$id`). Throws when it is not a valid draft-07 schema
   * or does not compile in strict mode; a `$ref` to a schema not added yet is reported by `validator`.
   */
  addSchema(uri: string, schema: object): void {
    try {
      this.register(uri, schema);
    } catch (error) {
      throw new Error(`Invalid JSON schema '${uri}': ${messageOf(error)}`);
    }
  }

  /** The check for the schema registered as `uri`, compiled on first use. */
  validator(uri: string): (value: unknown) => SchemaProblem[] {
    let check = this.validators.get(uri);
    if (!check) {
      const validate = this.compiled(uri);
      check = (value) => (validate(value) ? [] : schemaProblems(validate.errors ?? [], value));
      this.validators.set(uri, check);
    }
    return check;
  }

  private register(uri: string, schema: object): void {
    if (!this.ajv.validateSchema(schema)) throw new Error(this.ajv.errorsText(this.ajv.errors, { dataVar: 'schema' }));
    this.ajv.addSchema(schema, uri);
    try {
      this.ajv.getSchema(uri);
    } catch (error) {
      // A schema it refers to may be added later; validator() reports the missing one.
      if (error instanceof this.MissingRefError) return;
      this.ajv.removeSchema(uri);
      this.ajv.removeSchema(schema);
      throw error;
    }
  }

  private compiled(uri: string): ValidateFunction {
    let validate: ValidateFunction | undefined;
    try {
      validate = this.ajv.getSchema(uri);
    } catch (error) {
      throw new Error(`Cannot compile JSON schema '${uri}': ${messageOf(error)}`);
    }
    if (!validate) throw new Error(`No JSON schema is registered as '${uri}'.`);
    return validate;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- Ajv errors to problems -------------------------------------------------------------------

type SchemaNode = Readonly<Record<string, unknown>>;

/** Keywords that judge the form of a value that has the right type; the others judge structure. */
const VALUE_KEYWORDS = new Set([
  'enum', 'const', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minLength', 'maxLength',
]);

function isBranchFailure(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' || (error.keyword === 'oneOf' && !error.params.passingSchemas);
}

function isAt(error: ErrorObject, pointer: string): boolean {
  return error.instancePath === pointer && error.propertyName === undefined;
}

function schemaProblems(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  // `if` only says "must match then"; the `then` errors say why. `propertyNames` is restated
  // by the errors inside it, which carry the offending name.
  const relevant = errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames');
  const alternativesAt = new Set(relevant.filter(isBranchFailure).map((error) => error.instancePath));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: SchemaProblem): void => {
    const key = JSON.stringify([problem.path, problem.target, problem.message]);
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
  const collapsed = new Set<string>();
  for (const error of relevant) {
    const pointer = error.instancePath;
    if (!alternativesAt.has(pointer) || error.propertyName !== undefined) {
      add(problemFor(error, root));
    } else if (!collapsed.has(pointer)) {
      collapsed.add(pointer);
      collapseAlternatives(pointer, relevant, root).forEach(add);
    }
  }
  return problems;
}

/**
 * One location where `anyOf`/`oneOf` failed. Ajv reports every branch; keep only what helps:
 * - when a branch of the right type failed deeper down or on structure (a missing property),
 *   those errors say what to fix, and the other branches' type errors are noise;
 * - otherwise one sentence lists the accepted forms.
 */
function collapseAlternatives(pointer: string, errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  const here = errors.filter((error) => isAt(error, pointer));
  const deeper = errors.some((error) => error.instancePath.startsWith(`${pointer}/`) || (error.instancePath === pointer && error.propertyName !== undefined));
  const branches = new Map<unknown, ErrorObject[]>();
  for (const error of here) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const list = branches.get(error.parentSchema) ?? [];
    list.push(error);
    branches.set(error.parentSchema, list);
  }
  const matching = [...branches.values()].filter((list) => !list.some((error) => error.keyword === 'type'));
  const structural = matching.flat().filter((error) => !VALUE_KEYWORDS.has(error.keyword));
  if (deeper || structural.length > 0) return structural.map((error) => problemFor(error, root));

  const failure = here.find(isBranchFailure) as ErrorObject;
  const forms = [...new Set([...branches.keys()].map((node) => expectation(asNode(node))))];
  if (forms.length === 0) forms.push('one of the accepted forms');
  const path = toJsonPath(pointer, root);
  return [{
    path,
    target: 'value',
    message: `${subjectOf(path)} must be ${orList(forms)}.`,
    keyword: failure.keyword,
    schemaPath: failure.schemaPath,
  }];
}

function problemFor(error: ErrorObject, root: unknown): SchemaProblem {
  const path = toJsonPath(error.instancePath, root);
  const params = error.params;
  const origin = { keyword: error.keyword, schemaPath: error.schemaPath };
  if (error.propertyName !== undefined) {
    const name = error.propertyName;
    return { ...origin, path: [...path, name], target: 'key', message: sentence(`Property name '${name}'`, error) };
  }
  switch (error.keyword) {
    case 'required':
      return { ...origin, path, target: 'value', message: `Missing required property '${params.missingProperty}'.` };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return { ...origin, path: [...path, name], target: 'key', message: `Unknown property '${name}' is not allowed here.` };
    }
    case 'dependencies':
      return { ...origin, path, target: 'value', message: `Property '${params.property}' needs property '${params.missingProperty}' too.` };
    case 'false schema': {
      const target = typeof path[path.length - 1] === 'string' ? 'key' : 'value';
      return { ...origin, path, target, message: `${subjectOf(path)} is not allowed here.` };
    }
    default:
      return { ...origin, path, target: 'value', message: sentence(subjectOf(path), error) };
  }
}

/** A sentence about `subject` (a quoted name) for errors that judge one value. */
function sentence(subject: string, error: ErrorObject): string {
  const params = error.params;
  switch (error.keyword) {
    case 'type':
      return `${subject} must be ${kindOf(error.parentSchema ? asNode(error.parentSchema) : { type: params.type })}.`;
    case 'enum':
      return `Must be one of: ${valueList(params.allowedValues as unknown[])}.`;
    case 'const':
      return `Must be ${JSON.stringify(params.allowedValue)}.`;
    case 'format':
      return `${subject} must be ${formatPhrase(String(params.format))}.`;
    case 'pattern':
      return `${subject} must match the pattern ${params.pattern}.`;
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      return `${subject} must be ${BOUNDS[error.keyword]} ${params.limit}.`;
    case 'multipleOf':
      return `${subject} must be a multiple of ${params.multipleOf}.`;
    case 'minLength': case 'maxLength':
      return `${subject} must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${plural(params.limit, 'character')} long.`;
    case 'minItems': case 'maxItems':
      return `${subject} must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${plural(params.limit, 'item')}.`;
    case 'minProperties': case 'maxProperties':
      return `${subject} must have ${error.keyword === 'minProperties' ? 'at least' : 'at most'} ${plural(params.limit, 'property', 'properties')}.`;
    case 'uniqueItems':
      return `${subject} must not repeat an item (items ${params.j} and ${params.i} are equal).`;
    case 'contains':
      return `${subject} must contain at least one matching item.`;
    case 'not':
      return `${subject} has a value that is not allowed here.`;
    case 'oneOf':
      return `${subject} matches more than one of the accepted forms; it must match exactly one.`;
    default:
      return `${subject} ${error.message ?? 'is not valid'}.`;
  }
}

function asNode(schema: unknown): SchemaNode {
  return typeof schema === 'object' && schema !== null ? (schema as SchemaNode) : {};
}

/** "an integer of at least 1", "a string matching ^x$", "one of: a, b" — one accepted form. */
function expectation(node: SchemaNode): string {
  if ('const' in node) return JSON.stringify(node.const);
  if (Array.isArray(node.enum)) return `one of: ${valueList(node.enum)}`;
  const parts = [typeof node.format === 'string' ? formatPhrase(node.format) : kindOf(node)];
  for (const [keyword, words] of Object.entries(BOUNDS)) {
    if (typeof node[keyword] === 'number') parts.push(`${keyword.startsWith('exclusive') ? '' : 'of '}${words} ${node[keyword]}`);
  }
  if (typeof node.minLength === 'number') parts.push(`of at least ${plural(node.minLength, 'character')}`);
  if (typeof node.maxLength === 'number') parts.push(`of at most ${plural(node.maxLength, 'character')}`);
  if (typeof node.pattern === 'string') parts.push(`matching ${node.pattern}`);
  return parts.join(' ');
}

const BOUNDS: Readonly<Record<string, string>> = {
  minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than',
};

const KINDS: Readonly<Record<string, [one: string, many: string]>> = {
  string: ['a string', 'strings'],
  integer: ['an integer', 'integers'],
  number: ['a number', 'numbers'],
  boolean: ['a boolean', 'booleans'],
  object: ['an object', 'objects'],
  array: ['an array', 'arrays'],
  null: ['null', 'nulls'],
};

/** "an array of strings", "a string or null": the node's `type`, with the item type of an array. */
function kindOf(node: SchemaNode): string {
  const types = typesOf(node);
  if (types.length === 0) return 'a valid value';
  return orList(types.map((type) => {
    if (type !== 'array') return KINDS[type]?.[0] ?? type;
    const itemTypes = typesOf(asNode(node.items));
    return itemTypes.length === 1 && KINDS[itemTypes[0]] ? `an array of ${KINDS[itemTypes[0]][1]}` : 'an array';
  }));
}

function typesOf(node: SchemaNode): string[] {
  const type = node.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.map(String) : [];
}

function formatPhrase(format: string): string {
  switch (format) {
    case 'uri': return 'an absolute URI such as https://example.com/events';
    case 'email': return 'an email address';
    case 'date-time': return 'a date-time such as 2024-01-31T09:30:00Z';
    case 'date': return 'a date such as 2024-01-31';
    case 'hostname': return 'a host name';
    default: return `a valid '${format}' value`;
  }
}

function plural(count: unknown, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Strings bare when every value is a string (`polling, webhook`), JSON otherwise (`true, "true"`). */
function valueList(values: readonly unknown[]): string {
  const bare = values.every((value) => typeof value === 'string');
  return values.map((value) => (bare ? String(value) : JSON.stringify(value))).join(', ');
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** `'name'` for the last property on the path, with any array indices after it: `'tags[0]'`. */
function subjectOf(path: JsonPath): string {
  if (path.length === 0) return 'The body';
  let end = path.length;
  let indices = '';
  while (end > 0 && typeof path[end - 1] === 'number') indices = `[${path[--end]}]${indices}`;
  return `'${end > 0 ? String(path[end - 1]) : ''}${indices}'`;
}

/** An Ajv instance path (JSON pointer) as a JsonPath; array indices become numbers. */
function toJsonPath(pointer: string, root: unknown): JsonPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let value = root;
  for (const escaped of pointer.slice(1).split('/')) {
    const segment = escaped.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      path.push(Number(segment));
      value = value[Number(segment)];
    } else {
      path.push(segment);
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}
