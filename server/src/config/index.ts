/** The project configuration (`.ce-instance.json`), shared by the CLI and the language server. */
export { ConfigResolver, type ConfigResolverOptions, type ResolvedConfig } from './configResolver';
export { ConfigError, type SourcePosition } from './configError';
export { CONFIG_FILE_NAME } from './configFile';
export { CONFIG_RULE_LEVELS, type ConfigRuleLevel, unknownRuleProblem } from './ruleSettings';
export { defaultCacheDirectory } from './remoteCache';
