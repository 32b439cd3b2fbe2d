/**
 * Instance bodies the rule tests start from. The tests assert exact ranges, occurrences and fixed
 * outputs in these texts, so the layout of each builder is part of every expectation built on it.
 */

/** A one-line body for element `elementKey` whose configuration holds `members` (JSON source text). */
export function configurationBody(members: string, elementKey = 'box'): string {
  return `{"element": {"key": "${elementKey}"}, "configuration": {${members}}}`;
}

/** A one-line body with events on and the callback URL `url` (JSON source text). */
export function callbackUrlBody(url: string): string {
  return configurationBody(`"event.notification.enabled": true, "event.notification.callback.url": ${url}`);
}

/**
 * A one-line zohocrm body whose contacts resource polls `url` and reads its dates with the
 * patterns `updated` and `created`; all three are raw JSON string content.
 */
export function datePatternsBody(updated: string, created = "yyyy-MM-dd'T'HH:mm:ssXXX", url = '/hubs/crm/contacts'): string {
  const dates = `{"updatedDateField": "modified", "updatedDateFormat": "${updated}", "createdDateField": "created", "createdDateFormat": "${created}"}`;
  return configurationBody(`"event.poller.configuration": {"contacts": {"url": "${url}", "idField": "id", "datesConfiguration": ${dates}}}`, 'zohocrm');
}

/** A one-line body whose stringified poller configuration has one resource polling `url` (raw content of the inner JSON string). */
export function stringifiedUrlBody(url: string, elementKey = 'box', resourceName = 'files'): string {
  return configurationBody(`"event.poller.configuration": "{\\"${resourceName}\\": {\\"url\\": \\"${url}\\", \\"idField\\": \\"id\\"}}"`, elementKey);
}

/**
 * A body for element `elementKey`, one member a line, whose configuration turns polling events on
 * (with a callback URL when asked) and then holds `members` verbatim: JSON source text on lines of
 * its own, indented four spaces, with no trailing comma. The `…Member` builders below write it.
 */
export function pollingInstanceBody(elementKey: string, members: string, { withCallbackUrl = false } = {}): string {
  const callbackUrl = withCallbackUrl ? '\n    "event.notification.callback.url": "https://example.com/events",' : '';
  return `{
  "element": {"key": "${elementKey}"},
  "configuration": {
    "event.notification.enabled": true,
    "event.vendor.type": "polling",${callbackUrl}
${members}
  }
}`;
}

/** `event.poller.configuration` as an object, each resource on one line: `"orders": {"url": "…", "idField": "id"}`. */
export function pollerConfigurationMember(resources: Readonly<Record<string, Readonly<Record<string, unknown>>>>): string {
  const lines = Object.entries(resources).map(([name, fields]) => `      ${JSON.stringify(name)}: ${oneLineObject(fields)}`);
  return `    "event.poller.configuration": {\n${lines.join(',\n')}\n    }`;
}

/** `event.poller.configuration` as an object laid out by JSON.stringify, two spaces a level. */
export function indentedPollerConfigurationMember(resources: object): string {
  return `    "event.poller.configuration": ${JSON.stringify(resources, null, 2).replace(/\n/g, '\n    ')}`;
}

/** `event.poller.configuration` as a string holding the JSON, as responses and element defaults hold it. */
export function stringifiedPollerConfigurationMember(resources: object): string {
  return `    "event.poller.configuration": ${JSON.stringify(JSON.stringify(resources))}`;
}

/** `event.poller.configuration` with one resource whose members (JSON source text) stand one a line. */
export function pollerResourceMember(resourceName: string, memberLines: readonly string[]): string {
  return `    "event.poller.configuration": {
      "${resourceName}": {
        ${memberLines.join(',\n        ')}
      }
    }`;
}

/** The legacy `event.poller.urls`, holding `lines` (a JS value, escaped here). */
export function legacyPollerUrlsMember(lines: string): string {
  return `    "event.poller.urls": ${JSON.stringify(lines)}`;
}

/** `{"a": 1, "b": "x"}`: JSON on one line, with a space after each colon and comma. */
function oneLineObject(fields: Readonly<Record<string, unknown>>): string {
  return `{${Object.entries(fields).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}
