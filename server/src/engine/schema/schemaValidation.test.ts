import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';
import { INSTANCE_SCHEMA_ID, type JsonPath, type SchemaProblem, SchemaRegistry } from './schemaValidation';

type Node = Record<string, unknown>;

function where(problems: readonly SchemaProblem[]): { path: JsonPath; target: string; message: string }[] {
  return problems.map(({ path, target, message }) => ({ path, target, message }));
}

function body(configuration: Node, extra: Node = {}): Node {
  return { element: { key: 'hubspot' }, configuration, ...extra };
}

describe('SchemaRegistry', () => {
  const registry = new SchemaRegistry();
  const check = registry.validator(INSTANCE_SCHEMA_ID);
  const schema = SchemaRegistry.builtInInstanceSchema() as Node;

  describe('built-in instance schema', () => {
    it('is draft-07 with the published $id', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.$id, 'https://ce-instance.dev/schemas/instance.schema.json');
      assert.equal(INSTANCE_SCHEMA_ID, schema.$id);
    });

    it("validates against ajv's draft-07 meta-schema", () => {
      const meta = new Ajv({ meta: false, validateSchema: false, strict: false, allErrors: true });
      addFormats(meta);
      const validate = meta.compile(draft07MetaSchema);
      assert.equal(validate(schema), true, meta.errorsText(validate.errors));
    });

    it('compiles in strict mode', () => {
      assert.doesNotThrow(() => new SchemaRegistry().validator(INSTANCE_SCHEMA_ID));
    });

    it('describes every property in plain text and markdown', () => {
      const properties = propertiesOf(schema, '#');
      assert.ok(properties.length > 40, `only ${properties.length} properties found`);
      for (const [pointer, node] of properties) {
        const described = resolveLocal(schema, node);
        assert.equal(typeof described.description, 'string', `${pointer} has no description`);
        assert.equal(typeof described.markdownDescription, 'string', `${pointer} has no markdownDescription`);
      }
    });

    it('has examples that validate against their own subschema', () => {
      const sites = examplesOf(schema, '');
      assert.ok(sites.length > 10);
      for (const [pointer, examples] of sites) {
        const validate = registry.validator(`${INSTANCE_SCHEMA_ID}#${pointer}`);
        for (const example of examples) assert.deepEqual(where(validate(example)), [], `example at #${pointer}`);
      }
    });

    it('has snippets for polling, webhooks and a poller resource that expand to valid JSON', () => {
      const configuration = (schema.properties as Node).configuration as Node;
      const resource = (schema.definitions as Node).pollerResource as Node;
      const [polling, webhooks] = (configuration.defaultSnippets as Node[]).map((snippet) => expand(snippet.body));
      const [pollerResource] = (resource.defaultSnippets as Node[]).map((snippet) => expand(snippet.body));

      assert.deepEqual(where(check(body(polling))), []);
      assert.deepEqual(where(check(body(webhooks))), []);
      assert.deepEqual(where(check(body({ 'event.poller.configuration': { contacts: pollerResource } }))), []);
      assert.equal(polling['event.vendor.type'], 'polling');
      assert.equal(polling['event.poller.refresh_interval'], 15);
      assert.equal(webhooks['event.vendor.type'], 'webhooks');
      // The date template must survive snippet expansion, not be taken for a snippet variable.
      assert.equal(
        ((polling['event.poller.configuration'] as Node).contacts as Node).url,
        "/hubs/crm/contacts?where=lastModifiedDate>='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'",
      );
      assert.equal(pollerResource.url, "/hubs/crm/contacts?where=lastModifiedDate>='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'");
    });
  });

  describe('valid bodies', () => {
    const valid: [string, unknown][] = [
      ['element only', { element: { key: 'hubspot' } }],
      ['element with id', { element: { key: 'hubspot', id: 126 } }],
      ['string booleans and a numeric-string interval', body({
        'event.notification.enabled': 'true', 'event.vendor.type': 'polling', 'event.poller.refresh_interval': '15',
        'filter.response.nulls': 'false',
      })],
      ['poller configuration as a JSON string', body({ 'event.poller.configuration': '{"contacts":{"url":"/hubs/crm/contacts","idField":"id"}}' })],
      ['unknown event.* and element keys (rules warn on those)', body({ 'event.poller.interval': 5, 'shopify.site.address': 'shop' })],
      ['unknown resource and datesConfiguration keys', body({
        'event.poller.configuration': { '/changed-messages': { url: '/hubs/x', idField: '', updatedDateTimezone: 'MST', datesConfiguration: { createdCheckTolerance: 10, other: 1 } } },
      })],
      ['webhook callback with provider data and tags', {
        element: { key: 'shopify' }, providerData: { code: 'abc', token: 'extra' }, name: 'Shop', tags: ['prod'],
        retrieveObjectsAfterInstantiation: true,
        configuration: { 'event.notification.enabled': true, 'event.vendor.type': 'webhook', 'event.notification.callback.url': 'http://localhost:8080/hook', 'event.notification.subscription.id': null },
      }],
    ];
    for (const [name, value] of valid) {
      it(name, () => assert.deepEqual(where(check(value)), []));
    }
  });

  describe('problems', () => {
    const interval = ['configuration', 'event.poller.refresh_interval'];
    const cases: [string, unknown, ReturnType<typeof where>][] = [
      ['a body that is not an object', [], [{ path: [], target: 'value', message: 'The body must be an object.' }]],
      ['no element', {}, [{ path: [], target: 'value', message: "Missing required property 'element'." }]],
      ['element without key', { element: {} }, [{ path: ['element'], target: 'value', message: "Missing required property 'key'." }]],
      ['empty element key', { element: { key: '' } }, [{ path: ['element', 'key'], target: 'value', message: "'key' must be at least 1 character long." }]],
      ['unknown top-level property', { element: { key: 'x' }, nmae: 'x' }, [{ path: ['nmae'], target: 'key', message: "Unknown property 'nmae' is not allowed here." }]],
      ['unknown element property', { element: { key: 'x', kye: 'y' } }, [{ path: ['element', 'kye'], target: 'key', message: "Unknown property 'kye' is not allowed here." }]],
      ['tags not an array', { element: { key: 'x' }, tags: 'crm' }, [{ path: ['tags'], target: 'value', message: "'tags' must be an array of strings." }]],
      ['a tag that is not a string', { element: { key: 'x' }, tags: ['a', 3] }, [{ path: ['tags', 1], target: 'value', message: "'tags[1]' must be a string." }]],
      ['name not a string', { element: { key: 'x' }, name: 3 }, [{ path: ['name'], target: 'value', message: "'name' must be a string." }]],
      ['retrieveObjectsAfterInstantiation as a string', { element: { key: 'x' }, retrieveObjectsAfterInstantiation: 'yes' },
        [{ path: ['retrieveObjectsAfterInstantiation'], target: 'value', message: "'retrieveObjectsAfterInstantiation' must be a boolean." }]],
      ['configuration not an object', { element: { key: 'x' }, configuration: 'x' }, [{ path: ['configuration'], target: 'value', message: "'configuration' must be an object." }]],
      ['unknown vendor type', body({ 'event.vendor.type': 'poll' }),
        [{ path: ['configuration', 'event.vendor.type'], target: 'value', message: 'Must be one of: polling, webhook, webhooks.' }]],
      ['enabled as "yes"', body({ 'event.notification.enabled': 'yes' }),
        [{ path: ['configuration', 'event.notification.enabled'], target: 'value', message: 'Must be one of: true, false, "true", "false".' }]],
      ['placeholder interval', body({ 'event.poller.refresh_interval': '<minutes>' }),
        [{ path: interval, target: 'value', message: "'event.poller.refresh_interval' must be an integer of at least 1 or a string matching ^[1-9][0-9]*$." }]],
      ['zero interval', body({ 'event.poller.refresh_interval': 0 }),
        [{ path: interval, target: 'value', message: "'event.poller.refresh_interval' must be an integer of at least 1 or a string matching ^[1-9][0-9]*$." }]],
      ['interval as a boolean', body({ 'event.poller.refresh_interval': true }),
        [{ path: interval, target: 'value', message: "'event.poller.refresh_interval' must be an integer of at least 1 or a string matching ^[1-9][0-9]*$." }]],
      ['placeholder callback URL', body({ 'event.notification.callback.url': '<CALLBACK_URL>' }),
        [{ path: ['configuration', 'event.notification.callback.url'], target: 'value', message: "'event.notification.callback.url' must be an absolute URI such as https://example.com/events." }]],
      ['subscription id as a number', body({ 'event.notification.subscription.id': 3 }),
        [{ path: ['configuration', 'event.notification.subscription.id'], target: 'value', message: "'event.notification.subscription.id' must be a string or null." }]],
      ['poller configuration as a number', body({ 'event.poller.configuration': 42 }),
        [{ path: ['configuration', 'event.poller.configuration'], target: 'value', message: "'event.poller.configuration' must be an object or a string." }]],
      ['resource without url: no noise from the string alternative', body({ 'event.poller.configuration': { contacts: { idField: 'id' } } }),
        [{ path: ['configuration', 'event.poller.configuration', 'contacts'], target: 'value', message: "Missing required property 'url'." }]],
      ['empty resource', body({ 'event.poller.configuration': { leads: {} } }), [
        { path: ['configuration', 'event.poller.configuration', 'leads'], target: 'value', message: "Missing required property 'url'." },
        { path: ['configuration', 'event.poller.configuration', 'leads'], target: 'value', message: "Missing required property 'idField'." },
      ]],
      ['resource fields of the wrong type', body({
        'event.poller.configuration': { contacts: { url: 5, idField: 'id', pageSize: 0, pollDelay: 1.5, filterByUpdatedDate: 'no', datesConfiguration: { updatedDateFormat: 5 } } },
      }), [
        { path: ['configuration', 'event.poller.configuration', 'contacts', 'url'], target: 'value', message: "'url' must be a string." },
        { path: ['configuration', 'event.poller.configuration', 'contacts', 'datesConfiguration', 'updatedDateFormat'], target: 'value', message: "'updatedDateFormat' must be a string." },
        { path: ['configuration', 'event.poller.configuration', 'contacts', 'filterByUpdatedDate'], target: 'value', message: 'Must be one of: true, false, "true", "false".' },
        { path: ['configuration', 'event.poller.configuration', 'contacts', 'pageSize'], target: 'value', message: "'pageSize' must be at least 1." },
        { path: ['configuration', 'event.poller.configuration', 'contacts', 'pollDelay'], target: 'value', message: "'pollDelay' must be an integer." },
      ]],
      ['a resource that is not an object', body({ 'event.poller.configuration': { contacts: '/hubs/crm/contacts' } }),
        [{ path: ['configuration', 'event.poller.configuration', 'contacts'], target: 'value', message: "'contacts' must be an object." }]],
      ['several problems at once', { element: { key: 'x' }, tags: [1], configuration: { 'event.vendor.type': 'webhookz' }, nmae: 'x' }, [
        { path: ['nmae'], target: 'key', message: "Unknown property 'nmae' is not allowed here." },
        { path: ['configuration', 'event.vendor.type'], target: 'value', message: 'Must be one of: polling, webhook, webhooks.' },
        { path: ['tags', 0], target: 'value', message: "'tags[0]' must be a string." },
      ]],
    ];
    for (const [name, value, expected] of cases) {
      it(name, () => assert.deepEqual(sorted(where(check(value))), sorted(expected)));
    }

    it('names the keyword and schema path of collapsed alternatives', () => {
      const [problem] = check(body({ 'event.poller.refresh_interval': '<minutes>' }));
      assert.equal(problem.keyword, 'anyOf');
      assert.equal(problem.schemaPath, '#/properties/configuration/properties/event.poller.refresh_interval/anyOf');
    });
  });

  describe('team schemas', () => {
    const teamId = 'https://acme.example/schemas/instance.json';
    const team = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: teamId,
      allOf: [{ $ref: INSTANCE_SCHEMA_ID }],
      type: 'object',
      required: ['tags', 'name'],
      properties: {
        tags: { type: 'array', minItems: 1 },
        name: { type: 'string', pattern: '^acme-[a-z0-9-]+$' },
        element: { type: 'object', properties: { key: { enum: ['hubspot', 'salesforce'] } } },
      },
    };
    const teams = new SchemaRegistry();
    teams.addSchema(teamId, team);
    const teamCheck = teams.validator(teamId);

    it('accepts a body that meets both schemas', () => {
      assert.deepEqual(teamCheck({ element: { key: 'hubspot' }, name: 'acme-crm', tags: ['prod'] }), []);
    });

    it('adds required tags and name', () => {
      assert.deepEqual(sorted(where(teamCheck({ element: { key: 'hubspot' } }))), sorted([
        { path: [], target: 'value', message: "Missing required property 'tags'." },
        { path: [], target: 'value', message: "Missing required property 'name'." },
      ]));
    });

    it('adds a name pattern, allowed element keys and a minimum tag count', () => {
      assert.deepEqual(sorted(where(teamCheck({ element: { key: 'shopify' }, name: 'Shop', tags: [] }))), sorted([
        { path: ['tags'], target: 'value', message: "'tags' must have at least 1 item." },
        { path: ['name'], target: 'value', message: "'name' must match the pattern ^acme-[a-z0-9-]+$." },
        { path: ['element', 'key'], target: 'value', message: 'Must be one of: hubspot, salesforce.' },
      ]));
    });

    it('keeps the built-in checks', () => {
      assert.deepEqual(where(teamCheck({ element: { key: 'hubspot' }, name: 'acme-crm', tags: ['x'], nmae: 1 })), [
        { path: ['nmae'], target: 'key', message: "Unknown property 'nmae' is not allowed here." },
      ]);
    });

    it('can reference a definition of the built-in schema', () => {
      const resources = new SchemaRegistry();
      resources.addSchema('acme:resource', { $ref: `${INSTANCE_SCHEMA_ID}#/definitions/pollerResource` });
      assert.deepEqual(where(resources.validator('acme:resource')({ idField: 'id' })), [
        { path: [], target: 'value', message: "Missing required property 'url'." },
      ]);
    });

    it('reports property-name rules on the key', () => {
      const names = new SchemaRegistry();
      names.addSchema('acme:names', { type: 'object', propertyNames: { pattern: '^[a-z]+$' } });
      assert.deepEqual(where(names.validator('acme:names')({ ok: 1, Bad: 2 })), [
        { path: ['Bad'], target: 'key', message: "Property name 'Bad' must match the pattern ^[a-z]+$." },
      ]);
    });

    it('words the other keywords a team may use', () => {
      const rules = new SchemaRegistry();
      rules.addSchema('acme:rules', {
        type: 'object',
        properties: {
          region: { const: 'eu' },
          owner: { type: 'string', format: 'email' },
          team: { type: 'string', maxLength: 3 },
          level: { type: 'number', exclusiveMinimum: 0, multipleOf: 5 },
          labels: { type: 'array', uniqueItems: true, maxItems: 2 },
          legacy: false,
          stage: { not: { enum: ['test'] } },
          size: { oneOf: [{ type: 'integer' }, { type: 'number' }] },
        },
        dependencies: { owner: ['team'] },
      });
      assert.deepEqual(sorted(where(rules.validator('acme:rules')({
        region: 'us', owner: 'nobody', level: -3, labels: ['a', 'b', 'a'], legacy: 1, stage: 'test', size: 2,
      }))), sorted([
        { path: ['region'], target: 'value', message: 'Must be "eu".' },
        { path: ['owner'], target: 'value', message: "'owner' must be an email address." },
        { path: [], target: 'value', message: "Property 'owner' needs property 'team' too." },
        { path: ['level'], target: 'value', message: "'level' must be greater than 0." },
        { path: ['level'], target: 'value', message: "'level' must be a multiple of 5." },
        { path: ['labels'], target: 'value', message: "'labels' must not repeat an item (items 0 and 2 are equal)." },
        { path: ['labels'], target: 'value', message: "'labels' must have at most 2 items." },
        { path: ['legacy'], target: 'key', message: "'legacy' is not allowed here." },
        { path: ['stage'], target: 'value', message: "'stage' has a value that is not allowed here." },
        { path: ['size'], target: 'value', message: "'size' matches more than one of the accepted forms; it must match exactly one." },
      ]));
      assert.deepEqual(where(rules.validator('acme:rules')({ team: 'abcd' })), [
        { path: ['team'], target: 'value', message: "'team' must be at most 3 characters long." },
      ]);
    });

    it('compiles a validator once', () => {
      assert.equal(teams.validator(teamId), teamCheck);
    });
  });

  describe('invalid team schemas', () => {
    it('names the uri and the meta-schema violation', () => {
      assert.throws(() => new SchemaRegistry().addSchema('https://acme.example/bad.json', { type: 'strnig' }), {
        message: /^Invalid JSON schema 'https:\/\/acme\.example\/bad\.json': schema\/type must be equal to one of the allowed values/,
      });
    });

    it('names the uri and the strict-mode violation, and lets a fixed schema be added again', () => {
      const teams = new SchemaRegistry();
      const uri = 'https://acme.example/typo.json';
      assert.throws(() => teams.addSchema(uri, { $id: uri, type: 'object', requried: ['tags'] }), {
        message: `Invalid JSON schema '${uri}': strict mode: unknown keyword: "requried"`,
      });
      teams.addSchema(uri, { $id: uri, type: 'object', required: ['tags'], properties: { tags: { type: 'array' } } });
      assert.equal(teams.validator(uri)({}).length, 1);
    });

    it('refuses a second schema under the same uri', () => {
      const teams = new SchemaRegistry();
      teams.addSchema('acme:one', { type: 'object' });
      assert.throws(() => teams.addSchema('acme:one', { type: 'string' }), { message: /^Invalid JSON schema 'acme:one': .*already exists/ });
    });

    it('reports an unresolved $ref when the validator is asked for', () => {
      const teams = new SchemaRegistry();
      teams.addSchema('acme:dangling', { $ref: 'https://acme.example/missing.json' });
      assert.throws(() => teams.validator('acme:dangling'), {
        message: /^Cannot compile JSON schema 'acme:dangling': can't resolve reference https:\/\/acme\.example\/missing\.json/,
      });
    });

    it('reports a uri that was never added', () => {
      assert.throws(() => new SchemaRegistry().validator('acme:nothing'), { message: "No JSON schema is registered as 'acme:nothing'." });
    });
  });

  describe('devportal corpus', () => {
    const corpus = findCorpus();
    if (!corpus) {
      it.skip('every instance body fails only for real mistakes (skipped: shared/corpus/devportal not found; set CE_SHARED_DIR)');
      return;
    }
    it('every instance body fails only for real mistakes', () => {
      const index = JSON.parse(fs.readFileSync(path.join(corpus, 'INDEX.json'), 'utf8')) as { file: string; parsesAsJson: boolean }[];
      const failures: Record<string, string[]> = {};
      let checked = 0;
      for (const entry of index) {
        if (!entry.parsesAsJson) continue;
        const value = JSON.parse(fs.readFileSync(path.join(corpus, entry.file), 'utf8')) as unknown;
        if (!isRequestBody(value)) continue;
        checked++;
        const problems = check(value);
        if (problems.length > 0) failures[entry.file] = [...new Set(problems.map((problem) => problem.path.join('/')))].sort();
      }
      assert.equal(checked, 128);
      assert.deepEqual(failures, EXPECTED_CORPUS_FAILURES);
    });
  });
});

/** Sorted by content, for checks where Ajv's keyword order is not the point. */
function sorted<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function propertiesOf(node: unknown, pointer: string): [string, Node][] {
  if (typeof node !== 'object' || node === null) return [];
  const found: [string, Node][] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if ((key === 'properties' || key === 'definitions') && typeof value === 'object' && value !== null) {
      for (const [name, sub] of Object.entries(value as Node)) {
        if (key === 'properties') found.push([`${pointer}/properties/${name}`, sub as Node]);
        found.push(...propertiesOf(sub, `${pointer}/${key}/${name}`));
      }
    } else if (key === 'anyOf' || key === 'items' || key === 'additionalProperties') {
      found.push(...propertiesOf(value, `${pointer}/${key}`));
    }
  }
  return found;
}

function resolveLocal(root: Node, node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  return ref.slice(2).split('/').reduce<Node>((at, segment) => at[segment] as Node, root);
}

function examplesOf(node: unknown, pointer: string): [string, unknown[]][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const found: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'examples' && Array.isArray(value)) found.push([pointer, value]);
    else if (key === 'properties' || key === 'definitions') {
      for (const [name, sub] of Object.entries(value as Node)) found.push(...examplesOf(sub, `${pointer}/${key}/${name}`));
    }
  }
  return found;
}

/** A snippet body as VS Code inserts it (`^` strings raw, the rest as JSON), then tab stops filled with their defaults. */
function expand(body: unknown): Node {
  const text = snippetText(body)
    .replace(/(?<!\\)\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/(?<!\\)\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\\([$}\\])/g, '$1');
  return JSON.parse(text) as Node;
}

function snippetText(value: unknown): string {
  if (typeof value === 'string') return value.startsWith('^') ? value.slice(1) : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(snippetText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${snippetText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A POST /instances body; a create-instance response (it carries the instance `token`) is not one. */
function isRequestBody(value: unknown): value is Node {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return ('element' in value || 'configuration' in value) && !('token' in value);
}

/** `CE_SHARED_DIR`, else a `shared/` folder beside the checkout that holds `schemas/instance.schema.json`. */
function findCorpus(): string | undefined {
  const candidates: string[] = [];
  if (process.env.CE_SHARED_DIR) candidates.push(path.join(process.env.CE_SHARED_DIR, 'corpus', 'devportal'));
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'schemas', 'instance.schema.json'))) {
        candidates.push(path.join(dir, '..', 'shared', 'corpus', 'devportal'));
      }
    }
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'INDEX.json')));
}

// Why each corpus file fails; every one is a mistake a copied body would carry to the API.
const INTERVAL = 'configuration/event.poller.refresh_interval'; // "<minutes>" placeholder
const CALLBACK = 'configuration/event.notification.callback.url'; // "<CALLBACK_URL>"-style placeholder
const EMPTY = (...resources: string[]): string[] => resources.map((name) => `configuration/event.poller.configuration/${name}`); // `{}` resource: no url, no idField

const EXPECTED_CORPUS_FAILURES: Record<string, string[]> = {
  '001-_elementTemplate_events_both-1.json': [INTERVAL],
  '002-_elementTemplate_events_polling-1.json': [INTERVAL],
  '003-_elementTemplate_events_webhooks-1.json': [CALLBACK],
  '004-_includes_Elements_Connectwise_events-1.json': [CALLBACK],
  '007-_includes_Elements_autotask_events-1.json': [INTERVAL],
  '008-_includes_Elements_dropbox_events-2.json': [CALLBACK],
  '012-docs_elements_actessentials_events-2.json': [CALLBACK],
  '014-docs_elements_adobe_sign_events-2.json': [CALLBACK],
  '015-docs_elements_autopilot_events-2.json': [CALLBACK],
  '017-docs_elements_bigcommerce_events-1.json': [INTERVAL],
  '019-docs_elements_box_events-1.json': [CALLBACK],
  '020-docs_elements_bullhorn_events-2.json': [CALLBACK],
  '021-docs_elements_campaignmonitor_events-1.json': [CALLBACK],
  '022-docs_elements_chargebee_events-2.json': [CALLBACK],
  '023-docs_elements_chargify_events-2.json': [CALLBACK],
  '024-docs_elements_cisco_spark_events-2.json': [CALLBACK],
  '025-docs_elements_closeio_events-2.json': [CALLBACK],
  '026-docs_elements_clover_events-1.json': [INTERVAL],
  '028-docs_elements_connectwise_rest_crm_events-1.json': [INTERVAL],
  '030-docs_elements_constantcontact_events-1.json': [INTERVAL],
  '032-docs_elements_desk_events-2.json': [CALLBACK],
  '033-docs_elements_docusign_events-2.json': [CALLBACK],
  '034-docs_elements_docusign_events-4.json': [CALLBACK],
  '035-docs_elements_dynamicscrm_events-2.json': [CALLBACK],
  '036-docs_elements_dynamicscrm_events-3.json': [CALLBACK],
  '037-docs_elements_e_conomic_events-1.json': [INTERVAL],
  '038-docs_elements_ecwid_events-2.json': [CALLBACK],
  '039-docs_elements_egnyte_events-1.json': [INTERVAL],
  '041-docs_elements_eloqua_events-1.json': [INTERVAL],
  '043-docs_elements_epages_events-2.json': [CALLBACK],
  '044-docs_elements_etsy_events-2.json': [CALLBACK],
  '045-docs_elements_expensify_events-2.json': [CALLBACK],
  '046-docs_elements_fieldaware_events-2.json': [CALLBACK],
  '047-docs_elements_freshbooks_events-2.json': [CALLBACK],
  '048-docs_elements_freshbooksv2_events-1.json': [CALLBACK],
  '049-docs_elements_freshdesk_events-1.json': [INTERVAL],
  '051-docs_elements_github_events-1.json': [CALLBACK],
  '052-docs_elements_gmail_events-1.json': [INTERVAL],
  '053-docs_elements_google_calendar_events-1.json': [INTERVAL],
  '054-docs_elements_google_suite_events-1.json': [INTERVAL],
  '055-docs_elements_googledrive_events-1.json': [INTERVAL],
  '056-docs_elements_gotowebinar_events-2.json': [CALLBACK],
  '057-docs_elements_greenhouse_events-1.json': [CALLBACK],
  '058-docs_elements_helpscout_events-2.json': [CALLBACK],
  '059-docs_elements_hootsuite_events-1.json': [CALLBACK],
  '060-docs_elements_icontact_events-1.json': [INTERVAL],
  '061-docs_elements_infusionsoft_ecommerce_events-2.json': [CALLBACK],
  '064-docs_elements_insightly_events-1.json': [...EMPTY('leads', 'opportunities'), INTERVAL],
  '066-docs_elements_jira_events-1.json': [CALLBACK],
  '067-docs_elements_linkedin_events-1.json': [INTERVAL],
  '068-docs_elements_linkedin_events-2.json': [INTERVAL],
  '069-docs_elements_lithium_events-2.json': [CALLBACK],
  '070-docs_elements_magento_soap_events-2.json': [CALLBACK],
  '071-docs_elements_magentov2_events-2.json': [CALLBACK],
  '072-docs_elements_mailchimp_events-1.json': [CALLBACK],
  '073-docs_elements_marketo_events-2.json': [CALLBACK],
  '074-docs_elements_maximizer_events-1.json': [...EMPTY('addressbook-entries', 'opportunities'), INTERVAL],
  '075-docs_elements_microsoftgraph_events-1.json': [CALLBACK],
  '076-docs_elements_netsuite_crm_events-2.json': [CALLBACK],
  '077-docs_elements_netsuite_erp_events-2.json': [CALLBACK],
  '078-docs_elements_netsuite_finance_events-2.json': [CALLBACK],
  '079-docs_elements_onedrive_events-2.json': [CALLBACK],
  '080-docs_elements_onedrivebusiness_events-2.json': [CALLBACK],
  '081-docs_elements_oraclesalescloud_events-2.json': [CALLBACK],
  '082-docs_elements_oracleservicecloud_events-2.json': [CALLBACK],
  '083-docs_elements_outlookemail_events-1.json': [INTERVAL],
  '084-docs_elements_pardot_events-2.json': [CALLBACK],
  '086-docs_elements_pipedrive_events-2.json': [CALLBACK],
  '087-docs_elements_plaid_events-1.json': [INTERVAL],
  '088-docs_elements_quickbase_events-2.json': [CALLBACK],
  '089-docs_elements_quickbooksenterprise_events-1.json': [INTERVAL],
  '091-docs_elements_quickbooksonline_events-1.json': [CALLBACK],
  '092-docs_elements_quickbooksonline_events-2.json': [CALLBACK],
  '093-docs_elements_revel_events-1.json': [...EMPTY('timesheets'), INTERVAL],
  '096-docs_elements_sagelive_sage_live_events-2.json': [CALLBACK],
  '097-docs_elements_sageone_events-1.json': [INTERVAL],
  '101-docs_elements_salesforce_files_salesforce_documents_events-2.json': [CALLBACK],
  '102-docs_elements_salesforce_files_salesforce_documents_events-3.json': [CALLBACK],
  '103-docs_elements_salesforce_libraries_salesforce_libraries_events-2.json': [CALLBACK],
  '104-docs_elements_salesforce_libraries_salesforce_libraries_events-3.json': [CALLBACK],
  '105-docs_elements_salesforce_marketing_cloud_salesforce_marketing_cloud_events-2.json': [CALLBACK],
  '106-docs_elements_salesforce_marketing_cloud_salesforce_marketing_cloud_events-3.json': [CALLBACK],
  '107-docs_elements_salesforce_service_cloud_salesforce_service_cloud_events-2.json': [CALLBACK],
  '108-docs_elements_salesforce_service_cloud_salesforce_service_cloud_events-3.json': [CALLBACK],
  '109-docs_elements_sapanywhere_events-1.json': [CALLBACK],
  '114-docs_elements_saps4hanacloud_events-1.json': [INTERVAL],
  '115-docs_elements_servicemax_events-2.json': [CALLBACK],
  '116-docs_elements_servicenow_events-1.json': [INTERVAL],
  '118-docs_elements_servicenow_oauth_events-1.json': [INTERVAL],
  '120-docs_elements_sharefile_events-1.json': [INTERVAL],
  '121-docs_elements_sharepoint_events-2.json': [CALLBACK],
  '122-docs_elements_shopify_events-1.json': [CALLBACK],
  '124-docs_elements_square_events-1.json': [INTERVAL],
  '125-docs_elements_stripe_events-2.json': [CALLBACK],
  '126-docs_elements_sugarcrm_events-2.json': [CALLBACK],
  '128-docs_elements_twilio_v2_events-2.json': [CALLBACK],
  '129-docs_elements_typeform_events-2.json': [CALLBACK],
  '130-docs_elements_volusion_events-2.json': [CALLBACK],
  '131-docs_elements_weebly_events-3.json': [CALLBACK],
  '132-docs_elements_woocommerce_rest_events-1.json': [INTERVAL],
  '133-docs_elements_wrike_events-2.json': [CALLBACK],
  '134-docs_elements_wufoo_events-2.json': [CALLBACK],
  '135-docs_elements_zendesk_events-2.json': [CALLBACK],
  '136-docs_elements_zendesk_events-3.json': [CALLBACK],
  '137-docs_elements_zohocrm_events-2.json': [CALLBACK],
  '138-docs_elements_zuora_events-2.json': [CALLBACK],
  '139-docs_guides_event_management_provisioning_apis-1.json': [INTERVAL],
};
