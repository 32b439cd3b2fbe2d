import { pathToFileURL } from 'node:url';
import type { SchemaCheck, SchemaProblemLike } from '../engine/linterOptions';
import { SchemaRegistry } from '../engine/schema/schemaValidation';
import { schemaHints } from '../engine/schema/schemaHints';
import { type DocumentReader, locationName, referenceError } from './documents';
import type { SchemaReference } from './projectConfig';
import { displayEntry, displayUrl } from './remoteUrl';
import { PromiseCache } from './promiseCache';
import { StrictJson } from './strictJson';

/** A team schema, ready for the engine, with what it took to get it. */
export interface LoadedSchema {
  readonly check: SchemaCheck;
  /** The local schema file, for the language server to watch. */
  readonly file?: string;
  readonly warnings: readonly string[];
}

/** Loads and compiles team schemas, once per absolute path or URL. */
export class SchemaCheckLoader {
  private readonly schemas = new PromiseCache<LoadedSchema>();

  constructor(private readonly documents: DocumentReader) {}

  load(schema: SchemaReference): Promise<LoadedSchema> {
    return this.schemas.get(schema.key, () => this.compile(schema));
  }

  private async compile({ location, reference }: SchemaReference): Promise<LoadedSchema> {
    const document = await this.documents.read(location, reference);
    const source = locationName(location);
    const json = StrictJson.parse(document.text, source);
    const schema = json.value();
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw json.error(json.root, 'A JSON Schema must be a JSON object.');
    }
    // Ajv keys the schema by this URI; relative `$ref`s resolve against it. No secrets in it: Ajv's messages quote it.
    const uri = location.kind === 'file' ? pathToFileURL(location.path).href : displayUrl(location.url);
    let validate: (value: unknown) => readonly SchemaProblemLike[];
    try {
      // A registry of its own: two projects' schemas may share an `$id`. It still knows the
      // built-in instance schema, which team schemas `$ref` by its `$id`.
      const registry = new SchemaRegistry();
      registry.addSchema(uri, schema);
      validate = registry.validator(uri);
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      throw referenceError(reference, `The schema "${displayEntry(reference.entry.value)}" cannot be used: ${cause}. Fix the schema or remove the entry.`);
    }
    return {
      check: {
        source,
        validate: (value) => validate(value).map(({ path, target, message }) => ({ path, target, message })),
        hints: schemaHints(schema),
      },
      ...(document.file && { file: document.file }),
      warnings: document.warnings,
    };
  }
}
