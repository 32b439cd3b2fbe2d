import type { JsonPath, RuleLevel } from './types';
import type { SchemaHints } from './schema/schemaHints';

/** A team schema's verdict on a parsed value, already compiled by the config loader. */
export interface SchemaCheck {
  /** Where the schema came from (a file path or URL), named in messages. */
  readonly source: string;
  validate(value: unknown): readonly SchemaProblemLike[];
  /** What the schema names that editors can offer (element keys, configuration keys). */
  readonly hints?: SchemaHints;
}

export interface SchemaProblemLike {
  readonly path: JsonPath;
  readonly target: 'value' | 'key';
  readonly message: string;
}

export interface LintOptions {
  /** Levels by rule id; a rule not named keeps its default severity. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  readonly schemaChecks?: readonly SchemaCheck[];
}
