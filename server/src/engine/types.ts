/**
 * The engine's own small vocabulary. Nothing here knows of LSP, VS Code or a terminal:
 * offsets are UTF-16 code-unit offsets into the checked document, and the faces convert.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A configured rule level: a severity, or `off`. */
export type RuleLevel = Severity | 'off';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** A replacement of `[start, end)` of the document by `newText`. */
export interface TextEdit extends OffsetRange {
  readonly newText: string;
}

export interface Fix {
  /** Imperative, shown as a quick-fix title: "Rename to 'event.vendor.type'". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * The edits' `newText` is a snippet (tab stops `${1:default}`, choices `${2|a,b|}`): editors put the
   * cursor where the user must type. Only suggestions are snippets; `--fix` never applies them.
   */
  readonly snippet?: true;
}

/** A path into the JSON, as jsonc-parser's `getNodePath` gives it. */
export type JsonPath = readonly (string | number)[];

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  /** Where in the JSON the finding is. Inside a stringified poller configuration it continues into it. */
  readonly path: JsonPath;
  /** A fix that is safe to apply without review (`--fix`, fix-on-save). */
  readonly fix?: Fix;
  /** Fixes that change meaning and need a person to choose. */
  readonly suggestions?: readonly Fix[];
}
