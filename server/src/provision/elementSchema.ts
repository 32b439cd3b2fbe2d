/**
 * A team JSON Schema from an element's configuration definitions (`GET /elements/{key}/configuration`,
 * domain.md §1.3): which configuration keys the element requires and what each value may be. It is
 * written for the `schemas` entries of `.ce-instance.json` and checks whole instance bodies, but
 * only those whose `element.key` is this element, so one schema per element can select every file.
 */

/** One configuration definition, as far as the schema needs it. */
export interface ConfigurationEntry {
  readonly key: string;
  readonly name?: string;
  readonly description?: string;
  /** `TEXTFIELD_32`, `TEXTAREA`, `BOOLEAN`, `PASSWORD`, `COMBO`, ... */
  readonly type?: string;
  readonly required: boolean;
  /** Always a string in the API. */
  readonly defaultValue?: string;
  /** Set by the platform itself, not by whoever creates the instance. */
  readonly internal: boolean;
  readonly options?: readonly { readonly value: string; readonly description?: string }[];
}

export type EntriesRead = { readonly entries: readonly ConfigurationEntry[]; readonly skipped: number } | { readonly problem: string };

/**
 * The definitions in an answer: entries without a key are skipped and counted, inactive ones are
 * left out, and a key defined twice keeps its first definition.
 */
export function readConfigurationEntries(value: unknown): EntriesRead {
  if (!Array.isArray(value)) return { problem: 'the answer is not a JSON array of configuration definitions' };
  const entries = new Map<string, ConfigurationEntry>();
  let skipped = 0;
  for (const item of value) {
    const record = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
    if (!record || typeof record.key !== 'string' || record.key === '') {
      skipped++;
      continue;
    }
    if (record.active === false || entries.has(record.key)) continue;
    entries.set(record.key, {
      key: record.key,
      name: text(record.name),
      description: text(record.description),
      type: text(record.type)?.toUpperCase(),
      required: record.required === true,
      defaultValue: text(record.defaultValue),
      internal: record.internal === true,
      options: Array.isArray(record.options) ? record.options.flatMap(optionOf) : undefined,
    });
  }
  return { entries: [...entries.values()], skipped };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function optionOf(value: unknown): { value: string; description?: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.value !== 'string') return [];
  const description = text(record.description);
  return [description === undefined ? { value: record.value } : { value: record.value, description }];
}

/** Where the definitions came from, for the schema's own description. */
export interface SchemaOrigin {
  readonly elementKey: string;
  /** The command that makes the schema again, as the user would type it. */
  readonly command: string;
}

export interface ElementSchema {
  readonly schema: object;
  readonly keyCount: number;
  readonly requiredKeys: readonly string[];
}

type JsonSchema = Record<string, unknown>;

/** The schema for `entries`: the same definitions always give the same text, whatever their order. */
export function elementConfigurationSchema(entries: readonly ConfigurationEntry[], origin: SchemaOrigin): ElementSchema {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const required = sorted.filter((entry) => entry.required && !entry.internal).map((entry) => entry.key);
  const properties: Record<string, JsonSchema> = {};
  for (const entry of sorted) properties[entry.key] = valueSchema(entry);
  const key = JSON.stringify(origin.elementKey);
  const configuration: JsonSchema = {
    type: 'object',
    description: `The configuration of element ${key}: ${sorted.length} ${sorted.length === 1 ? 'key' : 'keys'} defined, ${required.length} required.`,
    ...(required.length > 0 && { required }),
    properties,
  };
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Configuration of the Cloud Elements element ${key}`,
    description:
      `What element ${key} takes in "configuration", from GET /elements/${origin.elementKey}/configuration. ` +
      `Applies only to instance bodies whose element.key is ${key}. Keys the element does not define are allowed ` +
      `(platform-wide keys are not listed), and "event.*" keys are left to ce-instance's own rules. ` +
      `Written by ${origin.command}; run it again when the element changes.`,
    type: 'object',
    if: {
      type: 'object',
      required: ['element'],
      properties: { element: { type: 'object', required: ['key'], properties: { key: { const: origin.elementKey } } } },
    },
    then: {
      type: 'object',
      ...(required.length > 0 && { required: ['configuration'] }),
      properties: { configuration: configuration },
    },
  };
  return { schema, keyCount: sorted.length, requiredKeys: required };
}

/**
 * What one key's value may be. TEXTFIELD_N values are strings of at most N characters; numbers and
 * booleans pass too, as the platform stores their text. Types not known here constrain nothing.
 */
function valueSchema(entry: ConfigurationEntry): JsonSchema {
  const description = describe(entry);
  // The engine's event rules know the accepted spellings, which are wider than some element definitions say.
  if (entry.key.startsWith('event.')) return { description: `${description} Checked by ce-instance's event rules.` };
  const type = entry.type ?? '';
  const textLength = /^TEXTFIELD_(\d+)$/.exec(type);
  if (textLength) {
    return { description, anyOf: [{ type: 'string', maxLength: Number(textLength[1]) }, { type: 'number' }, { type: 'boolean' }] };
  }
  switch (type) {
    case 'BOOLEAN':
      return { description, enum: [true, false, 'true', 'false'] };
    case 'PASSWORD':
      return { description, type: 'string', writeOnly: true };
    case 'COMBO':
      return entry.options && entry.options.length > 0 ? { description, enum: entry.options.map((option) => option.value) } : { description };
    default:
      return { description };
  }
}

/** The entry's name and description, then what the type means, the default and the options. */
function describe(entry: ConfigurationEntry): string {
  const { name, description } = entry;
  const label = name && description && name !== description ? `${name}: ${description}` : (description ?? name ?? entry.key);
  const parts = [/[.!?]$/.test(label) ? label : `${label}.`];
  parts.push(typeSentence(entry));
  if (entry.options && entry.options.length > 0) {
    parts.push(`Options: ${entry.options.map((option) => (option.description ? `${option.value} (${option.description})` : option.value)).join(', ')}.`);
  }
  if (entry.defaultValue !== undefined && entry.type !== 'PASSWORD') parts.push(`Default: ${JSON.stringify(entry.defaultValue)}.`);
  if (entry.required) parts.push(entry.internal ? 'Required, but set by the platform.' : 'Required.');
  return parts.join(' ');
}

function typeSentence(entry: ConfigurationEntry): string {
  const type = entry.type;
  if (type === undefined) return 'Type not given.';
  const textLength = /^TEXTFIELD_(\d+)$/.exec(type);
  if (textLength) return `Type ${type}: text of at most ${textLength[1]} characters.`;
  switch (type) {
    case 'TEXTAREA':
      return 'Type TEXTAREA: text of any length.';
    case 'BOOLEAN':
      return 'Type BOOLEAN: true or false.';
    case 'PASSWORD':
      return 'Type PASSWORD: a secret text.';
    case 'COMBO':
      return 'Type COMBO: one of the options.';
    default:
      return `Type ${type}: not checked.`;
  }
}
