// Writes generated instance bodies for the benchmark: typical bodies (about 2 KB, a few
// resources, one in ten with mistakes) and one large body whose poller has many resources.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ZONES = ['GMT', 'America/New_York', 'Europe/Berlin', 'UTC', 'Asia/Kolkata'];
const PATTERNS = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssXXX", 'yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'HH:mm:ss.SSSZ", 'milliseconds'];

export function resource(i) {
  const pattern = PATTERNS[i % PATTERNS.length];
  const urlPattern = pattern === 'milliseconds' ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : pattern;
  return {
    url: `/hubs/crm/objects${i}?where=lastModified>='\${gmtDate:${urlPattern}}'`,
    idField: 'id',
    datesConfiguration: {
      updatedDateField: 'lastModified',
      updatedDateFormat: pattern,
      updatedDateTimezone: ZONES[i % ZONES.length],
      createdDateField: 'created',
      createdDateFormat: pattern,
      createdDateTimezone: ZONES[i % ZONES.length],
    },
    pageSize: 100,
  };
}

export function typicalBody(i) {
  const resources = {};
  for (let r = 0; r < 3; r++) resources[`resource${r}`] = resource(i + r);
  const body = {
    element: { key: `element${i % 40}` },
    providerData: { code: `code-${i}` },
    configuration: {
      'oauth.api.key': `key-${i}`,
      'oauth.api.secret': `secret-${i}`,
      'event.notification.enabled': true,
      'event.vendor.type': 'polling',
      'event.notification.callback.url': `https://hooks.example.com/events/${i}`,
      'event.poller.refresh_interval': 15,
      'event.poller.configuration': resources,
    },
    tags: ['bench', `group-${i % 7}`],
    name: `Benchmark instance ${i}`,
  };
  if (i % 10 === 0) {
    body.configuration['event.vendor.type'] = 'Pooling';
    resources.resource0.datesConfiguration.updatedDateFormat = "YYYY-MM-dd'T'HH:mm:ss'";
  }
  return JSON.stringify(body, null, 2);
}

export function largeBody(resourceCount) {
  const resources = {};
  for (let r = 0; r < resourceCount; r++) resources[`resource${r}`] = resource(r);
  return JSON.stringify({
    element: { key: 'large' },
    configuration: {
      'event.notification.enabled': true,
      'event.vendor.type': 'polling',
      'event.notification.callback.url': 'https://hooks.example.com/events',
      'event.poller.refresh_interval': 15,
      'event.poller.configuration': resources,
    },
    name: 'Large benchmark instance',
  }, null, 2);
}

export function writeTypical(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `body-${String(i).padStart(5, '0')}.json`), typicalBody(i));
}

export function writeLarge(dir, resourceCount) {
  mkdirSync(dir, { recursive: true });
  const text = largeBody(resourceCount);
  writeFileSync(path.join(dir, 'large.json'), text);
  return text.length;
}
