/**
 * What a team schema says about an instance body that an editor can offer while typing: the element
 * keys it allows and the `configuration` keys it describes (a schema written by hand, or pulled from
 * the API with `ce-instance schema pull`). Read from the schema's own JSON, following local `$ref`s
 * and the branches of `allOf`/`anyOf`/`oneOf`/`if`-`then`-`else`; anything else is left out.
 */

export interface SchemaHints {
  /** `element.key` values the schema names (`enum`, `const`), in its order. */
  readonly elementKeys: readonly string[];
  /** Keys described under `configuration`, in the schema's order. */
  readonly configurationKeys: readonly KnownKey[];
}

export interface KnownKey {
  readonly name: string;
  /** `markdownDescription`, else `description`. */
  readonly description?: string;
  readonly required: boolean;
}

type SchemaObject = Readonly<Record<string, unknown>>;

const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;
// Schemas can nest and refer to themselves: a bound keeps a hostile one from taking long.
const MAX_DEPTH = 16;

export function schemaHints(schema: unknown): SchemaHints {
  const root = isObject(schema) ? schema : {};
  const bodies = variants(root, root);
  const elementKeys = new Set<string>();
  for (const key of bodies.flatMap((body) => propertySchemas(root, body, 'element')).flatMap((element) => propertySchemas(root, element, 'key'))) {
    for (const value of [...(Array.isArray(key.enum) ? key.enum : []), ...('const' in key ? [key.const] : [])]) {
      if (typeof value === 'string') elementKeys.add(value);
    }
  }
  const keys = new Map<string, { description?: string; required: boolean }>();
  for (const configuration of bodies.flatMap((body) => propertySchemas(root, body, 'configuration'))) {
    const required = new Set(Array.isArray(configuration.required) ? configuration.required.filter((name): name is string => typeof name === 'string') : []);
    const properties = isObject(configuration.properties) ? configuration.properties : {};
    for (const [name, property] of Object.entries(properties)) {
      const known = keys.get(name) ?? { required: false };
      const resolved = isObject(property) ? resolve(root, property, 0) : undefined;
      keys.set(name, { description: known.description ?? (resolved && describe(resolved)), required: known.required || required.has(name) });
    }
    for (const name of required) if (!keys.has(name)) keys.set(name, { required: true });
  }
  return {
    elementKeys: [...elementKeys],
    configurationKeys: [...keys].map(([name, known]) => ({ name, ...(known.description !== undefined && { description: known.description }), required: known.required })),
  };
}

/** The schemas a property of `object` must match, in every variant of `object`. */
function propertySchemas(root: SchemaObject, object: SchemaObject, name: string): SchemaObject[] {
  const properties = object.properties;
  if (!isObject(properties) || !isObject(properties[name])) return [];
  return variants(root, properties[name]);
}

/** A schema and the schemas its branches add, `$ref`s followed. */
function variants(root: SchemaObject, schema: SchemaObject, depth = 0, found: SchemaObject[] = []): SchemaObject[] {
  const resolved = resolve(root, schema, depth);
  if (!resolved || depth > MAX_DEPTH || found.includes(resolved)) return found;
  found.push(resolved);
  const branches = [...BRANCHES.flatMap((keyword) => (Array.isArray(resolved[keyword]) ? resolved[keyword] : [])), resolved.then, resolved.else];
  for (const branch of branches) if (isObject(branch)) variants(root, branch, depth + 1, found);
  return found;
}

/** Follows `#/...` references within the schema; other references are not read here. */
function resolve(root: SchemaObject, schema: SchemaObject, depth: number): SchemaObject | undefined {
  let current: SchemaObject = schema;
  for (let hops = depth; typeof current.$ref === 'string'; hops++) {
    if (hops > MAX_DEPTH || !current.$ref.startsWith('#')) return current;
    const target = pointer(root, current.$ref.slice(1));
    if (!isObject(target)) return current;
    current = target;
  }
  return current;
}

function pointer(root: SchemaObject, path: string): unknown {
  let node: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[segment] : undefined;
  }
  return node;
}

function describe(schema: SchemaObject): string | undefined {
  if (typeof schema.markdownDescription === 'string') return schema.markdownDescription;
  return typeof schema.description === 'string' ? schema.description : undefined;
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
