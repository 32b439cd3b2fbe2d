import type { Rule } from './rule';
import callbackUrlMissing from './callback-url-missing';
import callbackUrlInvalid from './callback-url-invalid';
import callbackUrlInsecure from './callback-url-insecure';
import callbackUrlUnreachable from './callback-url-unreachable';
import callbackUrlPlatformHost from './callback-url-platform-host';
import refreshInterval from './refresh-interval';
import noPlaceholders from './no-placeholders';
import customSchema from './custom-schema';

export const callbackRules: readonly Rule[] = [
  callbackUrlMissing,
  callbackUrlInvalid,
  callbackUrlInsecure,
  callbackUrlUnreachable,
  callbackUrlPlatformHost,
  refreshInterval,
  noPlaceholders,
  customSchema,
];
