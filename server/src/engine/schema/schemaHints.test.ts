import assert from 'node:assert/strict';
import { schemaHints } from './schemaHints';

describe('schema hints', () => {
  it('reads element keys (enum and const) and configuration keys with descriptions and required', () => {
    const hints = schemaHints({
      properties: {
        element: { properties: { key: { enum: ['sfdc', 'hubspot', 3] } } },
        configuration: {
          required: ['oauth.api.key'],
          properties: {
            'oauth.api.key': { type: 'string', description: 'The app key' },
            'sfdc.instance.url': { type: 'string', markdownDescription: 'Your **org** URL', description: 'plain' },
          },
        },
      },
      allOf: [{ properties: { element: { properties: { key: { const: 'zendesk' } } } } }],
    });
    assert.deepEqual(hints, {
      elementKeys: ['sfdc', 'hubspot', 'zendesk'],
      configurationKeys: [
        { name: 'oauth.api.key', description: 'The app key', required: true },
        { name: 'sfdc.instance.url', description: 'Your **org** URL', required: false },
      ],
    });
  });

  it('follows local $refs and if/then/else branches, and names required keys that have no property schema', () => {
    const hints = schemaHints({
      definitions: { config: { properties: { 'a.key': { $ref: '#/definitions/described' } } }, described: { description: 'from a ref' } },
      if: { properties: { element: { properties: { key: { const: 'box' } } } } },
      then: { properties: { configuration: { $ref: '#/definitions/config', required: ['b.key'] } } },
      else: { properties: { configuration: { required: ['b.key', 'c.key'] } } },
    });
    // Beside a `$ref`, draft-07 ignores other keywords: `then`'s `required` does not count, `else`'s does.
    assert.deepEqual(hints.configurationKeys, [
      { name: 'a.key', description: 'from a ref', required: false },
      { name: 'b.key', required: true },
      { name: 'c.key', required: true },
    ]);
  });

  it('ends on schemas that refer to themselves, and gives nothing for what is not a schema object', () => {
    const loop = schemaHints({ $ref: '#', properties: { configuration: { $ref: '#/properties/configuration', properties: { x: {} } } } });
    assert.deepEqual(loop.configurationKeys, [{ name: 'x', required: false }]);
    for (const notASchema of [null, true, [], 'x', { properties: [] }, { properties: { configuration: 1 } }]) {
      assert.deepEqual(schemaHints(notASchema), { elementKeys: [], configurationKeys: [] });
    }
  });
});
