import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { QUICKBASE_CONFIGURATION } from '../../../test/fakeCloudElements/elementConfigurations';
import { SchemaRegistry } from '../engine/schema/schemaValidation';
import { type ConfigurationEntry, elementConfigurationSchema, readConfigurationEntries } from './elementSchema';

const ORIGIN = { elementKey: 'quickbasedb', command: 'ce-instance schema pull quickbasedb' };

function entries(value: unknown): readonly ConfigurationEntry[] {
  const read = readConfigurationEntries(value);
  assert.ok('entries' in read);
  return read.entries;
}

describe('element configuration schema', () => {
  it('reads definitions: inactive ones left out, keyless ones counted, the first of a repeated key kept', () => {
    const read = readConfigurationEntries([
      { key: 'a', type: 'textfield_32', required: true, name: ' A ', description: '' },
      { key: 'b', active: false, required: true },
      { name: 'no key' },
      'not an object',
      { key: 'a', type: 'BOOLEAN' },
      { key: 'c', type: 'COMBO', options: [{ value: 'x', description: 'Ex' }, { description: 'no value' }, { value: 'y' }], internal: true, defaultValue: 'x' },
    ]);
    assert.deepEqual(read, {
      entries: [
        { key: 'a', name: 'A', description: undefined, type: 'TEXTFIELD_32', required: true, defaultValue: undefined, internal: false, options: undefined },
        { key: 'c', name: undefined, description: undefined, type: 'COMBO', required: false, defaultValue: 'x', internal: true, options: [{ value: 'x', description: 'Ex' }, { value: 'y' }] },
      ],
      skipped: 2,
    });
    assert.deepEqual(readConfigurationEntries({ configuration: [] }), { problem: 'the answer is not a JSON array of configuration definitions' });
  });

  it('maps each type to what the value may be, and describes it', () => {
    const { schema, keyCount, requiredKeys } = elementConfigurationSchema(entries(QUICKBASE_CONFIGURATION), ORIGIN);
    assert.equal(keyCount, 13, 'the inactive entry is left out');
    assert.deepEqual(requiredKeys, ['quickbase.password', 'quickbase.user', 'subdomain'], 'sorted; the internal entry is not required of the body');
    const configuration = (schema as { then: { properties: { configuration: { properties: Record<string, unknown> } } } }).then.properties.configuration;
    assert.deepEqual(Object.keys(configuration.properties), [
      'authentication.time', 'bulk.relations', 'event.notification.enabled', 'event.poller.refresh_interval', 'event.vendor.type',
      'filter.response.nulls', 'instance.variables', 'pagination.max', 'pagination.type', 'quickbase.appname', 'quickbase.password',
      'quickbase.user', 'subdomain',
    ]);
    assert.deepEqual(configuration.properties, {
      'authentication.time': {
        description: 'Time of Getting Token or Performing Authentication. Type TEXTFIELD_32: text of at most 32 characters. Required, but set by the platform.',
        anyOf: [{ type: 'string', maxLength: 32 }, { type: 'number' }, { type: 'boolean' }],
      },
      'bulk.relations': { description: 'Bulk Relations. Type TEXTAREA: text of any length.' },
      'event.notification.enabled': {
        description: "Event Notifications Enabled: Enable/Disable Event Notification. Type BOOLEAN: true or false. Default: \"false\". Checked by ce-instance's event rules.",
      },
      'event.poller.refresh_interval': {
        description: "Event poller refresh interval: Set time interval for polling application (in minutes). Type TEXTFIELD_128: text of at most 128 characters. Default: \"15\". Checked by ce-instance's event rules.",
      },
      'event.vendor.type': {
        description: "Event Type. Type COMBO: one of the options. Options: polling (Polling Event Type), webhook (Webhook Event Type). Default: \"polling\". Checked by ce-instance's event rules.",
      },
      'filter.response.nulls': {
        description: 'Filter null values from the response: Used to enable/disable filtering of null values from the responses. Type BOOLEAN: true or false. Default: "true".',
        enum: [true, false, 'true', 'false'],
      },
      'instance.variables': { description: 'Instance Variables. Type CODE_EDITOR: not checked.' },
      'pagination.max': {
        description: 'Max Page Size (or limit). Type TEXTFIELD_32: text of at most 32 characters. Default: "200".',
        anyOf: [{ type: 'string', maxLength: 32 }, { type: 'number' }, { type: 'boolean' }],
      },
      'pagination.type': {
        description: 'Pagination Type. Type COMBO: one of the options. Options: offset (Offset and limit), page (Page number). Default: "offset".',
        enum: ['offset', 'page'],
      },
      'quickbase.appname': {
        description: 'Application Name: The QuickBase application (database) name. Type TEXTFIELD_64: text of at most 64 characters.',
        anyOf: [{ type: 'string', maxLength: 64 }, { type: 'number' }, { type: 'boolean' }],
      },
      'quickbase.password': { description: 'QuickBase Password: The user’s QuickBase password. Type PASSWORD: a secret text. Required.', type: 'string', writeOnly: true },
      'quickbase.user': {
        description: 'QuickBase User: The email address or user name registered with QuickBase. Type TEXTFIELD_32: text of at most 32 characters. Required.',
        anyOf: [{ type: 'string', maxLength: 32 }, { type: 'number' }, { type: 'boolean' }],
      },
      subdomain: {
        description: 'Subdomain: The domain the calls go to, for example acme.quickbase.com. Type TEXTFIELD_32: text of at most 32 characters. Required.',
        anyOf: [{ type: 'string', maxLength: 32 }, { type: 'number' }, { type: 'boolean' }],
      },
    });
  });

  it('applies to bodies of its element only, and asks for "configuration" only when keys are required', () => {
    const { schema } = elementConfigurationSchema(entries([{ key: 'x', type: 'BOOLEAN' }]), { elementKey: 'box', command: 'c' });
    assert.deepEqual(schema, {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Configuration of the Cloud Elements element "box"',
      description:
        'What element "box" takes in "configuration", from GET /elements/box/configuration. Applies only to instance bodies whose element.key is "box". ' +
        'Keys the element does not define are allowed (platform-wide keys are not listed), and "event.*" keys are left to ce-instance\'s own rules. ' +
        'Written by c; run it again when the element changes.',
      type: 'object',
      if: { type: 'object', required: ['element'], properties: { element: { type: 'object', required: ['key'], properties: { key: { const: 'box' } } } } },
      then: {
        type: 'object',
        properties: {
          configuration: {
            type: 'object',
            description: 'The configuration of element "box": 1 key defined, 0 required.',
            properties: { x: { description: 'x. Type BOOLEAN: true or false.', enum: [true, false, 'true', 'false'] } },
          },
        },
      },
    });
  });

  it('gives the same text whatever order the definitions come in', () => {
    const forwards = JSON.stringify(elementConfigurationSchema(entries(QUICKBASE_CONFIGURATION), ORIGIN).schema);
    const backwards = JSON.stringify(elementConfigurationSchema(entries([...QUICKBASE_CONFIGURATION].reverse()), ORIGIN).schema);
    assert.equal(backwards, forwards);
  });

  it('is a draft-07 schema that Ajv compiles in strict mode, and checks bodies as described', () => {
    const { schema } = elementConfigurationSchema(entries(QUICKBASE_CONFIGURATION), ORIGIN);
    const ajv = new Ajv({ strict: true, allErrors: true });
    assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
    const validate = ajv.compile(schema);
    const body = (configuration: object, key = 'quickbasedb') => ({ element: { key }, configuration });
    const valid = { subdomain: 'acme.quickbase.com', 'quickbase.user': 'ann', 'quickbase.password': 'pw', 'pagination.max': 100, 'filter.response.nulls': 'false', 'pagination.type': 'page', 'custom.key': { any: 1 } };
    assert.equal(validate(body(valid)), true, ajv.errorsText(validate.errors));
    assert.equal(validate(body({ ...valid, subdomain: 'x'.repeat(33) })), false, 'TEXTFIELD_32 allows 32 characters');
    assert.equal(validate(body({ ...valid, subdomain: 'x'.repeat(32) })), true);
    assert.equal(validate(body({ ...valid, 'filter.response.nulls': 'yes' })), false);
    assert.equal(validate(body({ ...valid, 'pagination.type': 'cursor' })), false);
    assert.equal(validate(body({ ...valid, 'quickbase.password': 1234 })), false);
    assert.equal(validate(body({ subdomain: 'acme' })), false, 'required keys missing');
    assert.equal(validate(body({ 'event.vendor.type': 'webhooks', 'event.notification.enabled': 'yes', ...valid })), true, 'event keys are the rules’ business');
    assert.equal(validate(body({}, 'shopify')), true, 'another element');
    assert.equal(validate({ name: 'no element' }), true);
  });

  it('works with the engine’s schema registry, which names the problems', () => {
    const registry = new SchemaRegistry();
    registry.addSchema('file:///project/schemas/elements/quickbasedb.schema.json', elementConfigurationSchema(entries(QUICKBASE_CONFIGURATION), ORIGIN).schema);
    const validate = registry.validator('file:///project/schemas/elements/quickbasedb.schema.json');
    const problems = validate({ element: { key: 'quickbasedb' }, configuration: { subdomain: 'x'.repeat(40), 'quickbase.user': 'ann' } });
    assert.deepEqual(
      problems.map(({ path, target, message }) => ({ path, target, message })),
      [
        { path: ['configuration'], target: 'value', message: "Missing required property 'quickbase.password'." },
        { path: ['configuration', 'subdomain'], target: 'value', message: "'subdomain' must be a string of at most 32 characters, a number or a boolean." },
      ],
    );
  });
});
