// What a team would write in Spectral to check instance bodies without ce-instance: the instance
// schema plus pattern rules for what a schema cannot say. It checks less than ce-instance does (no
// Java pattern semantics, no zone table, no positions inside escaped strings). Written out as a JSON
// ruleset with the schema inlined: Spectral drops a schema rule whose `$ref` points at another file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const JAVA_PATTERN = "^(milliseconds|([GyYMLwWDdFEuaHkKhmsSzZX]+|'[^']*'|[^A-Za-z'])*)$";
const ZONE = '^(GMT|UTC|[A-Z][A-Za-z_]+(/[A-Za-z_+-]+)+|GMT[+-]\\d{1,2}(:?\\d{2})?)$';
const RESOURCES = "$.configuration['event.poller.configuration'][*]";

export function spectralRuleset(root) {
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas/instance.schema.json'), 'utf8'));
  return {
    rules: {
      'instance-schema': { description: 'The body matches schemas/instance.schema.json.', severity: 'error', given: '$', then: { function: 'schema', functionOptions: { dialect: 'draft7', schema } } },
      'element-key': { description: 'element.key names the element.', severity: 'error', given: '$', then: { field: 'element.key', function: 'truthy' } },
      'vendor-type': { description: 'event.vendor.type is polling, webhook or webhooks.', severity: 'error', given: '$.configuration', then: { field: "['event.vendor.type']", function: 'enumeration', functionOptions: { values: ['polling', 'webhook', 'webhooks'] } } },
      'callback-url-https': { description: 'The callback URL uses https.', severity: 'warn', given: "$.configuration['event.notification.callback.url']", then: { function: 'pattern', functionOptions: { match: '^https://' } } },
      'date-format-letters': {
        description: "Date formats use Java letters (no YYYY or DD) or 'milliseconds'.",
        severity: 'error',
        given: `${RESOURCES}.datesConfiguration[updatedDateFormat,createdDateFormat]`,
        then: [{ function: 'pattern', functionOptions: { match: JAVA_PATTERN } }, { function: 'pattern', functionOptions: { notMatch: 'YYYY|DD' } }],
      },
      'time-zone': { description: 'Time zones are ids Java knows.', severity: 'error', given: `${RESOURCES}.datesConfiguration[updatedDateTimezone,createdDateTimezone]`, then: { function: 'pattern', functionOptions: { match: ZONE } } },
      'url-template': {
        description: 'Poller URLs use known template descriptors.',
        severity: 'error',
        given: `${RESOURCES}.url`,
        then: { function: 'pattern', functionOptions: { notMatch: '\\$\\{(?!(gmtDate|date|dateTimeZone|nowTimeZone|epoch|milliseconds)\\b)' } },
      },
      'no-placeholders': { description: 'No placeholders left from the docs.', severity: 'warn', given: '$..*', then: { function: 'pattern', functionOptions: { notMatch: '^<[^<>]+>$|x{6,}' } } },
    },
  };
}

/** Writes the ruleset where Spectral reads it; returns its path. */
export function writeSpectralRuleset(root, dir) {
  const file = path.join(dir, 'spectral-ruleset.json');
  writeFileSync(file, `${JSON.stringify(spectralRuleset(root), null, 2)}\n`);
  return file;
}
