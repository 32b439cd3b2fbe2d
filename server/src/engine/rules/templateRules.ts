import type { Rule } from './rule';
import urlTemplateSyntax from './url-template-syntax';
import urlTemplateDescriptor from './url-template-descriptor';
import urlHardCodedDate from './url-hard-coded-date';
import preferGmtDate from './prefer-gmt-date';
import timeZone from './time-zone';
import timeZoneAbbreviation from './time-zone-abbreviation';

export const templateRules: readonly Rule[] = [
  urlTemplateSyntax,
  urlTemplateDescriptor,
  urlHardCodedDate,
  preferGmtDate,
  timeZone,
  timeZoneAbbreviation,
];
