/**
 * Configuration definitions as `GET /elements/{key}/configuration` returns them (domain.md §1.3):
 * every field of the real entries, including those the schema ignores, in the platform's order
 * (by displayOrder, not by key), with an internal entry, a hidden one and an inactive one.
 */

export interface FakeConfigurationEntry {
  readonly id: number;
  readonly name: string;
  readonly key: string;
  readonly description: string;
  readonly defaultValue?: string;
  readonly resellerConfig: boolean;
  readonly companyConfig: boolean;
  readonly active: boolean;
  readonly internal: boolean;
  readonly groupControl: boolean;
  readonly displayOrder: number;
  readonly type: string;
  readonly hideFromConsole: boolean;
  readonly required: boolean;
  readonly options?: readonly { readonly value: string; readonly description: string }[];
}

let nextId = 14480;

function entry(key: string, name: string, type: string, fields: Partial<FakeConfigurationEntry> = {}): FakeConfigurationEntry {
  return {
    id: nextId++,
    name,
    key,
    description: fields.description ?? name,
    resellerConfig: false,
    companyConfig: false,
    active: true,
    internal: false,
    groupControl: false,
    displayOrder: 1,
    type,
    hideFromConsole: false,
    required: false,
    ...fields,
  };
}

/** A database element with a user, a password, a subdomain and event settings, as real element definitions have them. */
export const QUICKBASE_CONFIGURATION: readonly FakeConfigurationEntry[] = [
  entry('subdomain', 'Subdomain', 'TEXTFIELD_32', { required: true, displayOrder: 1, description: 'The domain the calls go to, for example acme.quickbase.com' }),
  entry('quickbase.user', 'QuickBase User', 'TEXTFIELD_32', { required: true, displayOrder: 2, description: 'The email address or user name registered with QuickBase' }),
  entry('quickbase.password', 'QuickBase Password', 'PASSWORD', { required: true, displayOrder: 3, description: 'The user’s QuickBase password' }),
  entry('quickbase.appname', 'Application Name', 'TEXTFIELD_64', { displayOrder: 4, description: 'The QuickBase application (database) name' }),
  entry('pagination.max', 'Max Page Size (or limit)', 'TEXTFIELD_32', { defaultValue: '200', hideFromConsole: true }),
  entry('filter.response.nulls', 'Filter null values from the response', 'BOOLEAN', { defaultValue: 'true', displayOrder: 51, description: 'Used to enable/disable filtering of null values from the responses.' }),
  entry('bulk.relations', 'Bulk Relations', 'TEXTAREA', { hideFromConsole: true }),
  entry('instance.variables', 'Instance Variables', 'CODE_EDITOR', { displayOrder: 100 }),
  entry('authentication.time', 'Time of Getting Token or Performing Authentication', 'TEXTFIELD_32', { internal: true, required: true, hideFromConsole: true, displayOrder: 100 }),
  entry('quickbase.ticket.legacy', 'Legacy ticket', 'TEXTFIELD_64', { active: false, required: true }),
  entry('pagination.type', 'Pagination Type', 'COMBO', {
    defaultValue: 'offset',
    options: [
      { value: 'offset', description: 'Offset and limit' },
      { value: 'page', description: 'Page number' },
    ],
  }),
  entry('event.vendor.type', 'Event Type', 'COMBO', {
    internal: true,
    defaultValue: 'polling',
    displayOrder: 100,
    options: [
      { value: 'polling', description: 'Polling Event Type' },
      { value: 'webhook', description: 'Webhook Event Type' },
    ],
  }),
  entry('event.notification.enabled', 'Event Notifications Enabled', 'BOOLEAN', { defaultValue: 'false', displayOrder: 102, description: 'Enable/Disable Event Notification' }),
  entry('event.poller.refresh_interval', 'Event poller refresh interval', 'TEXTFIELD_128', { defaultValue: '15', displayOrder: 101, description: 'Set time interval for polling application (in minutes)' }),
];

/** The elements the fake knows, by key. */
export const FAKE_ELEMENTS: Readonly<Record<string, readonly FakeConfigurationEntry[]>> = {
  quickbasedb: QUICKBASE_CONFIGURATION,
  shopify: [
    entry('shopify.site.address', 'Site Address', 'TEXTFIELD_128', { required: true, description: 'The store name, as in <name>.myshopify.com' }),
    entry('oauth.api.key', 'API Key', 'TEXTFIELD_128', { required: true }),
    entry('oauth.api.secret', 'API Secret', 'PASSWORD', { required: true }),
    entry('event.notification.signature.key', 'Event Notification Signature Key', 'TEXTFIELD_128'),
  ],
};
