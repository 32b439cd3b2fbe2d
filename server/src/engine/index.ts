/** The checking engine's public face: what the CLI, the language server and the extension use. */
export type { Finding, Fix, JsonPath, OffsetRange, RuleLevel, Severity, TextEdit } from './types';
export type { LintOptions, SchemaCheck } from './linterOptions';
export type { KnownKey, SchemaHints } from './schema/schemaHints';
export { lintText, type LintResult, type InternalError } from './linter';
export { applyFixes, fixText, type FixResult } from './fixer';
export { RULES } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export { ruleDocsUrl } from './rules/docs';
export { LineIndex, type LineCharacter } from './text/lineIndex';
export { forgetRememberedStrings } from './text/stringMemo';
// The model and the embedded languages, for the faces that answer hover, completion and symbols.
export { InstanceBody } from './model/instanceBody';
export type { PollerConfiguration, PollerResource } from './model/pollerConfiguration';
export { type DatePatternSite, SPECIAL_DATE_FORMATS, type TimeZoneSite, type UrlSite } from './model/embeddedSites';
export type { JsonNode, JsonTree } from './json/jsonTree';
export { type Member, memberNamed, membersOf } from './json/objects';
export type { EmbeddedText } from './text/embeddedText';
export { type DatePattern, formatDate, parseDatePattern, PATTERN_LETTERS, type PatternLetter, type PatternToken } from './embedded/datePattern';
export { checkTimeZone, javaZone, matchingZoneIds } from './embedded/timeZone';
export type { ZoneRules } from './embedded/zoneRules';
export { findUrlTemplates, TEMPLATE_DESCRIPTORS, templateDescriptor, type TemplateDescriptor, type UrlTemplate } from './embedded/urlTemplate';
