import type { Rule } from './rule';
import pollerConfigurationType from './poller-configuration-type';
import pollingWithoutConfiguration from './polling-without-configuration';
import pollerResource from './poller-resource';
import pollerResourceFields from './poller-resource-fields';
import unknownPollerField from './unknown-poller-field';
import datesConfiguration from './dates-configuration';
import datesConfigurationIncomplete from './dates-configuration-incomplete';
import createdCheckTolerancePlacement from './created-check-tolerance-placement';
import legacyPollerUrls from './legacy-poller-urls';

export const pollerRules: readonly Rule[] = [
  pollerConfigurationType,
  pollingWithoutConfiguration,
  pollerResource,
  pollerResourceFields,
  unknownPollerField,
  datesConfiguration,
  datesConfigurationIncomplete,
  createdCheckTolerancePlacement,
  legacyPollerUrls,
];
