/** The checking engine's public face: what the CLI, the language server and the extension use. */
export type { Finding, Fix, JsonPath, OffsetRange, RuleLevel, Severity, TextEdit } from './types';
export type { LintOptions, SchemaCheck } from './linterOptions';
export { lintText, type LintResult, type InternalError } from './linter';
export { applyFixes, fixText, type FixResult } from './fixer';
export { RULES } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export { ruleDocsUrl } from './rules/docs';
export { LineIndex, type LineCharacter } from './text/lineIndex';
