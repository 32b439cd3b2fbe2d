import instanceSchema from '../../../schemas/instance.schema.json';

/** What hover and completion read of a schema property. */
interface SchemaProperty {
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly $ref?: string;
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
}

interface SchemaObject extends SchemaProperty {
  readonly properties?: Readonly<Record<string, SchemaProperty>>;
  readonly defaultSnippets?: readonly SchemaSnippet[];
}

interface SchemaSnippet {
  readonly label: string;
  readonly description: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** The objects of an instance body whose keys the schema documents. */
export type DocumentedObject = 'body' | 'configuration' | 'resource' | 'dates';

// The schema file is the one place keys are described: the JSON validation, hover and completion all read it.
const schema = instanceSchema as unknown as SchemaObject & { readonly definitions: Readonly<Record<string, SchemaObject>> };

const OBJECTS: Readonly<Record<DocumentedObject, SchemaObject>> = {
  body: schema,
  configuration: schema.properties!.configuration as SchemaObject,
  resource: schema.definitions.pollerResource,
  dates: schema.definitions.datesConfiguration,
};

/** The documented keys of an object, in the schema's order. */
export function documentedKeys(object: DocumentedObject): readonly string[] {
  return Object.keys(OBJECTS[object].properties ?? {});
}

/** The markdown documentation of `key` in `object`; a `$ref` reads the definition it names. */
export function keyDocumentation(object: DocumentedObject, key: string): string | undefined {
  const properties = OBJECTS[object].properties ?? {};
  if (!Object.hasOwn(properties, key)) return undefined;
  const property = resolve(properties[key]);
  return property.markdownDescription ?? property.description;
}

export interface DocumentedValue {
  readonly value: unknown;
  readonly description: string | undefined;
}

/** The values the schema lists for `key` in `object`, with their descriptions when it has them. */
export function documentedValues(object: DocumentedObject, key: string): readonly DocumentedValue[] {
  const properties = OBJECTS[object].properties ?? {};
  if (!Object.hasOwn(properties, key)) return [];
  const property = properties[key];
  return (property.enum ?? []).map((value, i) => ({ value, description: property.enumDescriptions?.[i] }));
}

function resolve(property: SchemaProperty): SchemaProperty {
  const name = property.$ref?.replace('#/definitions/', '');
  return name !== undefined && Object.hasOwn(schema.definitions, name) ? schema.definitions[name] : property;
}

export interface MemberSnippet {
  readonly label: string;
  readonly description: string;
  /** The members the snippet adds. */
  readonly keys: readonly string[];
  /** Snippet text of the members, one a line, without the braces around them. */
  readonly text: string;
}

/**
 * The configuration's snippets (polling, webhooks) as snippet text. The schema writes them the way
 * JSON language services do: a string value starting with `^` is inserted without its quotes.
 */
export function configurationSnippets(): readonly MemberSnippet[] {
  return (OBJECTS.configuration.defaultSnippets ?? []).map((snippet) => ({
    label: snippet.label,
    description: snippet.description,
    keys: Object.keys(snippet.body),
    text: Object.entries(snippet.body)
      .map(([key, value]) => `${JSON.stringify(key)}: ${snippetValue(value, '')}`)
      .join(',\n'),
  }));
}

function snippetValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return value.startsWith('^') ? value.slice(1) : JSON.stringify(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const inner = `${indent}\t`;
  const members = Object.entries(value).map(([key, member]) => `${inner}${JSON.stringify(key)}: ${snippetValue(member, inner)}`);
  return `{\n${members.join(',\n')}\n${indent}}`;
}
