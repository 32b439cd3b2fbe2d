/**
 * Provisioning: creating an instance from a body (`POST {base}/instances`) and pulling an
 * element's configuration schema. Pure functions and an HTTP transport, free of VS Code and of the
 * terminal: the CLI and the extension both call these and only present the results.
 */
export { checkBaseUrl, type BaseUrlCheck, environmentOf, ENVIRONMENT_NAMES, ENVIRONMENTS, type EnvironmentName } from './environments';
export { type ApiSecrets, authorizationHeader, MASK, SECRET_VARIABLES, SecretValue, secretsFromEnvironment } from './secrets';
export { bodySecrets, maskBodySecrets, Redactor, searchableBodySecrets } from './redaction';
export { type HttpExchange, type HttpRequest, type HttpTransport, sendHttpRequest } from './httpTransport';
export { type ApiError, likelyCause } from './apiErrors';
export {
  type CreatedInstance,
  provisionInstance,
  type ProvisionInput,
  type ProvisionOptions,
  type ProvisionOutcome,
  provisionRedactor,
  type ProvisionRequest,
  provisionRequest,
} from './provision';
export { describeProvisionOutcome, howToCheck, type OutcomeText, type ProvisionContext } from './outcomeText';
export { type BodyCheck, bodySummary, canSend, checkBody } from './bodyCheck';
export { type ConfigurationEntry, elementConfigurationSchema, type ElementSchema, readConfigurationEntries } from './elementSchema';
export { nearestConfigFile, pullCommandLine, schemasEntry } from './schemaEntry';
export { describeSchemaPullFailure, elementConfigurationUrl, isElementKey, pullElementSchema, type SchemaPullOptions, type SchemaPullOutcome } from './schemaPull';
