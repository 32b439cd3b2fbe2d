/** A 1-based line and column, as editors and terminals show them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A problem in the project configuration that the user can fix. The message starts with the
 * file or URL (and the position, when there is one), says what is wrong, and what to do.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    /** What is wrong and what to do, without the location. */
    readonly detail: string,
    /** The config file, schema file or URL the problem is in. */
    readonly source?: string,
    readonly position?: SourcePosition,
  ) {
    super(source === undefined ? detail : `${source}${position ? `:${position.line}:${position.column}` : ''}: ${detail}`);
  }
}
