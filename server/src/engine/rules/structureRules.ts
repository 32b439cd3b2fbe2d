import type { Rule } from './rule';
import elementKey from './element-key';
import configurationObject from './configuration-object';
import topLevelTypes from './top-level-types';
import unknownTopLevelKey from './unknown-top-level-key';
import eventKeyTypes from './event-key-types';
import unknownEventKey from './unknown-event-key';
import eventsEnabledValue from './events-enabled-value';
import eventsNotEnabled from './events-not-enabled';
import vendorType from './vendor-type';
import webhookPollerKeys from './webhook-poller-keys';

export const structureRules: readonly Rule[] = [
  elementKey,
  configurationObject,
  topLevelTypes,
  unknownTopLevelKey,
  eventKeyTypes,
  unknownEventKey,
  eventsEnabledValue,
  eventsNotEnabled,
  vendorType,
  webhookPollerKeys,
];
