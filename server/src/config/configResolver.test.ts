import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INSTANCE_SCHEMA_ID } from '../engine/schema/schemaValidation';
import { ConfigError } from './configError';
import { ConfigResolver, type ConfigResolverOptions } from './configResolver';
import { TestDocumentServer } from './testDocumentServer';

describe('config resolver', () => {
  let root: string;
  let cacheDir: string;

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ce-config-')));
    cacheDir = path.join(root, 'cache');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Writes files under the temp root; objects are written as JSON. */
  function write(files: Record<string, string | object>): void {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(root, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    }
  }
  const at = (...parts: string[]) => path.join(root, ...parts);
  const resolver = (options: ConfigResolverOptions = {}) => new ConfigResolver({ cacheDir, ...options });

  async function rejectsWith(promise: Promise<unknown>, message: string): Promise<void> {
    await assert.rejects(promise, (error: unknown) => {
      assert.ok(error instanceof ConfigError, `not a ConfigError: ${String(error)}`);
      assert.equal(error.message, message);
      return true;
    });
  }

  describe('discovery', () => {
    it('finds the nearest config upward from the file', async () => {
      write({ 'project/.ce-instance.json': { rules: { 'no-comments': 'warning' } } });
      const resolved = await resolver().resolve(at('project', 'a', 'b', 'box.instance.json'));
      assert.deepEqual(resolved, {
        rules: { 'no-comments': 'warning' },
        schemaChecks: [],
        configFile: at('project', '.ce-instance.json'),
        dependencies: [at('project', '.ce-instance.json')],
        warnings: [],
      });
    });

    it('applies only the nearest config: no cascading', async () => {
      write({
        'project/.ce-instance.json': { rules: { 'no-comments': 'warning' } },
        'project/sub/.ce-instance.json': { rules: { 'no-trailing-commas': 'info' } },
      });
      const resolved = await resolver().resolve(at('project', 'sub', 'box.instance.json'));
      assert.equal(resolved.configFile, at('project', 'sub', '.ce-instance.json'));
      assert.deepEqual(resolved.rules, { 'no-trailing-commas': 'info' });
    });

    it('without a config, only the rule overrides apply', async function () {
      // A stray config above the temp folder would apply; nothing to test then.
      for (let directory = path.dirname(root); ; directory = path.dirname(directory)) {
        if (fs.existsSync(path.join(directory, '.ce-instance.json'))) this.skip();
        if (path.dirname(directory) === directory) break;
      }
      const resolved = await resolver({ ruleOverrides: { 'no-comments': 'off' } }).resolve(at('box.instance.json'));
      assert.deepEqual(resolved, { rules: { 'no-comments': 'off' }, schemaChecks: [], configFile: undefined, dependencies: [], warnings: [] });
    });

    it('an explicit config path replaces discovery', async () => {
      write({
        'project/.ce-instance.json': { rules: { 'no-comments': 'warning' } },
        'ci/strict.json': { rules: { 'no-comments': 'error' } },
      });
      const resolved = await resolver({ configPath: at('ci', 'strict.json') }).resolve(at('project', 'box.instance.json'));
      assert.equal(resolved.configFile, at('ci', 'strict.json'));
      assert.deepEqual(resolved.rules, { 'no-comments': 'error' });
    });

    it('a missing explicit config is an error', async () => {
      await rejectsWith(resolver({ configPath: at('nope.json') }).resolve(at('box.instance.json')), `${at('nope.json')}: Config file not found. Check the path given with --config or the ceInstance.configPath setting.`);
    });

    it('a config path given with one file replaces discovery and the resolver\'s own for that file only', async () => {
      write({
        'project/.ce-instance.json': { rules: { 'no-comments': 'warning' } },
        'ci/strict.json': { rules: { 'no-comments': 'error' } },
        'ci/lenient.json': { rules: { 'no-comments': 'off' } },
      });
      const configs = resolver({ configPath: at('ci', 'lenient.json') });
      const named = await configs.resolve(at('project', 'box.instance.json'), at('ci', 'strict.json'));
      assert.equal(named.configFile, at('ci', 'strict.json'));
      assert.deepEqual(named.rules, { 'no-comments': 'error' });
      assert.deepEqual(named.dependencies, [at('ci', 'strict.json')]);
      assert.equal((await configs.resolve(at('project', 'box.instance.json'))).configFile, at('ci', 'lenient.json'));
      assert.equal((await resolver().resolve(at('project', 'box.instance.json'))).configFile, at('project', '.ce-instance.json'));
    });

    it('keeps what it read until cleared', async () => {
      write({ '.ce-instance.json': { rules: { 'no-comments': 'warning' } } });
      const configs = resolver();
      await configs.resolve(at('a.instance.json'));
      write({ '.ce-instance.json': { rules: { 'no-comments': 'info' } } });
      assert.deepEqual((await configs.resolve(at('b.instance.json'))).rules, { 'no-comments': 'warning' });
      configs.clear();
      assert.deepEqual((await configs.resolve(at('b.instance.json'))).rules, { 'no-comments': 'info' });
    });

    it('tries again after an error, so a fixed config is picked up', async () => {
      write({ '.ce-instance.json': '{"rules": {' });
      const configs = resolver();
      await assert.rejects(configs.resolve(at('a.instance.json')), ConfigError);
      write({ '.ce-instance.json': { rules: {} } });
      assert.equal((await configs.resolve(at('a.instance.json'))).configFile, at('.ce-instance.json'));
    });
  });

  describe('rules', () => {
    it('rule overrides apply last', async () => {
      write({ '.ce-instance.json': { rules: { 'no-comments': 'warning', 'no-trailing-commas': 'off' }, overrides: [{ files: ['**'], rules: { 'no-comments': 'info' } }] } });
      const resolved = await resolver({ ruleOverrides: { 'no-comments': 'error' } }).resolve(at('a.instance.json'));
      assert.deepEqual(resolved.rules, { 'no-comments': 'error', 'no-trailing-commas': 'off' });
    });

    it('rule overrides are checked', () => {
      assert.throws(() => new ConfigResolver({ ruleOverrides: { 'no-coments': 'off' } }), { name: 'ConfigError', message: '--rule: Unknown rule "no-coments". Did you mean "no-comments"?' });
      assert.throws(() => new ConfigResolver({ ruleOverrides: { 'no-comments': 'hint' as 'off' } }), {
        message: '--rule: Level "hint" is not available in configuration (rule "no-comments"): use "off", "info", "warning" or "error".',
      });
    });

    it('an unknown rule id names the file, the place and the closest id', async () => {
      write({ '.ce-instance.json': '{\n  "rules": {\n    "no-duplicate-key": "error"\n  }\n}' });
      await rejectsWith(resolver().resolve(at('a.instance.json')), `${at('.ce-instance.json')}:3:5: Unknown rule "no-duplicate-key". Did you mean "no-duplicate-keys"?`);
    });

    it('a bad level names the file and the place', async () => {
      write({ '.ce-instance.json': '{"rules": {"no-comments": "fatal"}}' });
      await rejectsWith(resolver().resolve(at('a.instance.json')), `${at('.ce-instance.json')}:1:27: Invalid level "fatal" for rule "no-comments": use "off", "info", "warning" or "error".`);
    });

    it('broken JSON names the file, line and column', async () => {
      write({ '.ce-instance.json': '{\n  "rules": {\n    "no-comments": "error",\n  }\n}' });
      await rejectsWith(resolver().resolve(at('a.instance.json')), `${at('.ce-instance.json')}:3:27: Trailing commas are not allowed: the file must be strict JSON. Remove the comma.`);
    });
  });

  describe('overrides', () => {
    beforeEach(() => write({
      '.ce-instance.json': {
        rules: { 'no-comments': 'error', 'no-trailing-commas': 'error' },
        overrides: [
          { files: ['legacy/**'], rules: { 'no-comments': 'off', 'no-trailing-commas': 'warning' } },
          { files: ['legacy/old/*.json', '**/*.draft.json'], rules: { 'no-trailing-commas': 'info' } },
          { files: ['.hidden/**'], rules: { 'no-comments': 'info' } },
        ],
      },
    }));

    const cases: readonly [string, Record<string, string>][] = [
      ['box.instance.json', { 'no-comments': 'error', 'no-trailing-commas': 'error' }],
      ['legacy/box.instance.json', { 'no-comments': 'off', 'no-trailing-commas': 'warning' }],
      ['legacy/old/box.instance.json', { 'no-comments': 'off', 'no-trailing-commas': 'info' }],
      ['new/box.draft.json', { 'no-comments': 'error', 'no-trailing-commas': 'info' }],
      ['.hidden/box.instance.json', { 'no-comments': 'info', 'no-trailing-commas': 'error' }],
    ];
    for (const [file, rules] of cases) {
      it(`${file}: matching overrides apply in order`, async () => {
        assert.deepEqual((await resolver().resolve(at(file))).rules, rules);
      });
    }

    it('globs never match a file outside the config directory', async () => {
      write({ 'ci/.ce-instance.json': { overrides: [{ files: ['**'], rules: { 'no-comments': 'off' } }] } });
      assert.deepEqual((await resolver({ configPath: at('ci', '.ce-instance.json') }).resolve(at('legacy', 'a.json'))).rules, {});
    });
  });

  describe('extends', () => {
    it('folds a chain of files: later entries win, the file itself wins last', async () => {
      write({
        '.ce-instance.json': { extends: ['./configs/a.json', './configs/b.json'], rules: { 'no-duplicate-keys': 'info' } },
        'configs/a.json': { extends: './base/root.json', rules: { 'no-comments': 'warning', 'no-trailing-commas': 'warning' } },
        'configs/b.json': { rules: { 'no-trailing-commas': 'off', 'no-duplicate-keys': 'error' } },
        'configs/base/root.json': { rules: { 'no-comments': 'off', 'invalid-json': 'warning' } },
      });
      const resolved = await resolver().resolve(at('box.instance.json'));
      assert.deepEqual(resolved.rules, { 'invalid-json': 'warning', 'no-comments': 'warning', 'no-trailing-commas': 'off', 'no-duplicate-keys': 'info' });
      assert.deepEqual([...resolved.dependencies].sort(), [at('.ce-instance.json'), at('configs', 'a.json'), at('configs', 'b.json'), at('configs', 'base', 'root.json')].sort());
    });

    it("a local extended config's globs are relative to its own directory", async () => {
      write({
        '.ce-instance.json': { extends: ['./configs/a.json'] },
        'configs/a.json': { overrides: [{ files: ['legacy/**'], rules: { 'no-comments': 'off' } }] },
      });
      assert.deepEqual((await resolver().resolve(at('legacy', 'x.json'))).rules, {});
      assert.deepEqual((await resolver().resolve(at('configs', 'legacy', 'x.json'))).rules, { 'no-comments': 'off' });
    });

    it('a missing file names the entry', async () => {
      write({ '.ce-instance.json': '{"extends": ["./base.json"]}' });
      await rejectsWith(resolver().resolve(at('a.json')), `${at('.ce-instance.json')}:1:14: Cannot read the extended config "./base.json": ${at('base.json')} does not exist. Paths are relative to the config that names them.`);
    });

    it('an error in an extended config names that file', async () => {
      write({ '.ce-instance.json': { extends: ['./base.json'] }, 'base.json': '{"rules": {"no-coments": "off"}}' });
      await rejectsWith(resolver().resolve(at('a.json')), `${at('base.json')}:1:12: Unknown rule "no-coments". Did you mean "no-comments"?`);
    });

    it('a cycle is an error that shows it', async () => {
      write({
        '.ce-instance.json': { extends: ['./a.json'] },
        'a.json': { extends: ['./b.json'] },
        'b.json': '{"extends": ["./a.json"]}',
      });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('b.json')}:1:14: Circular extends: ${at('a.json')} → ${at('b.json')} → ${at('a.json')}. Remove one of the "extends" entries in this cycle.`);
    });

    it('a config that extends itself is a cycle', async () => {
      write({ '.ce-instance.json': '{"extends": "./.ce-instance.json"}' });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('.ce-instance.json')}:1:13: Circular extends: ${at('.ce-instance.json')} → ${at('.ce-instance.json')}. Remove one of the "extends" entries in this cycle.`);
    });

    it('the same config reached twice is not a cycle', async () => {
      write({
        '.ce-instance.json': { extends: ['./a.json', './b.json'] },
        'a.json': { extends: ['./shared.json'] },
        'b.json': { extends: ['./shared.json'] },
        'shared.json': { rules: { 'no-comments': 'info' } },
      });
      assert.deepEqual((await resolver().resolve(at('x.json'))).rules, { 'no-comments': 'info' });
    });

    describe('npm packages', () => {
      it('uses the ce-instance.json of a package, resolved from the config directory', async () => {
        write({
          'project/.ce-instance.json': { extends: ['@acme/ce-instance-config'], rules: { 'no-comments': 'error' } },
          'project/node_modules/@acme/ce-instance-config/package.json': { name: '@acme/ce-instance-config', version: '1.0.0' },
          'project/node_modules/@acme/ce-instance-config/ce-instance.json': {
            rules: { 'no-comments': 'warning', 'no-trailing-commas': 'info' },
            overrides: [{ files: ['legacy/**'], rules: { 'no-trailing-commas': 'off' } }],
          },
        });
        const resolved = await resolver().resolve(at('project', 'box.instance.json'));
        assert.deepEqual(resolved.rules, { 'no-comments': 'error', 'no-trailing-commas': 'info' });
        assert.ok(resolved.dependencies.includes(at('project', 'node_modules', '@acme', 'ce-instance-config', 'ce-instance.json')));
        // A shared config's globs match from the project, wherever the package is installed.
        assert.deepEqual((await resolver().resolve(at('project', 'legacy', 'box.instance.json'))).rules, { 'no-comments': 'error', 'no-trailing-commas': 'off' });
      });

      it("uses the package's main when it is a JSON file", async () => {
        write({
          '.ce-instance.json': { extends: 'team-config' },
          'node_modules/team-config/package.json': { name: 'team-config', main: 'config/team.json' },
          'node_modules/team-config/config/team.json': { rules: { 'no-duplicate-keys': 'off' } },
        });
        const resolved = await resolver().resolve(at('box.instance.json'));
        assert.deepEqual(resolved.rules, { 'no-duplicate-keys': 'off' });
        assert.ok(resolved.dependencies.includes(at('node_modules', 'team-config', 'package.json')));
      });

      it('a package without a config is an error', async () => {
        write({
          '.ce-instance.json': '{"extends": "team-config"}',
          'node_modules/team-config/package.json': { name: 'team-config', main: 'index.js' },
        });
        await rejectsWith(resolver().resolve(at('box.instance.json')), `${at('.ce-instance.json')}:1:13: The npm package "team-config" has no ce-instance.json and its "main" is not a .json file. Add a ce-instance.json at the root of the package.`);
      });

      it('a package that is not installed is an error', async () => {
        write({ '.ce-instance.json': '{"extends": "base.json"}' });
        await rejectsWith(resolver().resolve(at('box.instance.json')), `${at('.ce-instance.json')}:1:13: Cannot find the npm package "base.json" from ${root}. Install it (npm install --save-dev base.json), or start the entry with "./" if it is a file.`);
      });
    });
  });

  describe('schemas', () => {
    const teamSchema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['tags'],
      properties: { tags: { type: 'array', items: { type: 'string' } } },
    };

    it('compiles a schema into a check that reports problems on a value', async () => {
      write({
        '.ce-instance.json': { schemas: [{ files: ['**/*.instance.json'], schema: './schemas/team.schema.json' }] },
        'schemas/team.schema.json': teamSchema,
      });
      const resolved = await resolver().resolve(at('a', 'box.instance.json'));
      assert.equal(resolved.schemaChecks.length, 1);
      const [check] = resolved.schemaChecks;
      assert.equal(check.source, at('schemas', 'team.schema.json'));
      assert.deepEqual(check.validate({ tags: ['crm'] }), []);
      assert.deepEqual(check.validate({ name: 'x' }), [{ path: [], target: 'value', message: "Missing required property 'tags'." }]);
      assert.deepEqual(check.validate({ tags: [1] }), [{ path: ['tags', 0], target: 'value', message: "'tags[0]' must be a string." }]);
      assert.ok(resolved.dependencies.includes(at('schemas', 'team.schema.json')));
      assert.deepEqual((await resolver().resolve(at('a', 'box.json'))).schemaChecks, [], 'files that no glob selects get no schema');
    });

    it('a team schema can $ref the built-in instance schema', async () => {
      write({
        '.ce-instance.json': { schemas: [{ files: ['**'], schema: './team.schema.json' }] },
        'team.schema.json': { allOf: [{ $ref: INSTANCE_SCHEMA_ID }], type: 'object', required: ['tags'], properties: { tags: {} } },
      });
      const [check] = (await resolver().resolve(at('box.instance.json'))).schemaChecks;
      assert.deepEqual(check.validate({ element: { key: 'hubspot' }, name: 'x' }).map((problem) => problem.message), ["Missing required property 'tags'."]);
    });

    it('loads and compiles each schema once per resolver', async () => {
      write({
        '.ce-instance.json': { schemas: [{ files: ['**'], schema: './team.schema.json' }, { files: ['b/**'], schema: './team.schema.json' }] },
        'team.schema.json': teamSchema,
      });
      const configs = resolver();
      const a = await configs.resolve(at('a', 'x.json'));
      const b = await configs.resolve(at('b', 'x.json'));
      assert.equal(b.schemaChecks.length, 1);
      assert.equal(a.schemaChecks[0], b.schemaChecks[0]);
    });

    it('an override with schemas replaces the selected schemas', async () => {
      write({
        '.ce-instance.json': {
          schemas: [{ files: ['**'], schema: './team.schema.json' }],
          overrides: [
            { files: ['legacy/**'], schemas: [] },
            { files: ['partner/**'], schemas: ['./partner.schema.json'] },
            { files: ['partner/**'], rules: { 'no-comments': 'off' } },
          ],
        },
        'team.schema.json': teamSchema,
        'partner.schema.json': { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      });
      const sources = async (file: string) => (await resolver().resolve(at(file))).schemaChecks.map((check) => check.source);
      assert.deepEqual(await sources('x.json'), [at('team.schema.json')]);
      assert.deepEqual(await sources('legacy/x.json'), []);
      assert.deepEqual(await sources('partner/x.json'), [at('partner.schema.json')]);
    });

    it('a missing schema file names the entry', async () => {
      write({ '.ce-instance.json': '{"schemas": [{"files": ["**"], "schema": "./nope.json"}]}' });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('.ce-instance.json')}:1:42: Cannot read the schema "./nope.json": ${at('nope.json')} does not exist. Paths are relative to the config that names them.`);
    });

    it('a schema with broken JSON names the schema file, line and column', async () => {
      write({ '.ce-instance.json': { schemas: [{ files: ['**'], schema: './team.schema.json' }] }, 'team.schema.json': '{\n  "type": "object"\n  "required": []\n}' });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('team.schema.json')}:3:3: Expected ',' between entries.`);
    });

    it('a schema that is not a valid JSON Schema names the entry', async () => {
      write({ '.ce-instance.json': '{"schemas": [{"files": ["**"], "schema": "./team.schema.json"}]}', 'team.schema.json': { type: 'text' } });
      await assert.rejects(resolver().resolve(at('x.json')), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.ok(error.message.startsWith(`${at('.ce-instance.json')}:1:42: The schema "./team.schema.json" cannot be used: `), error.message);
        assert.ok(error.message.endsWith('. Fix the schema or remove the entry.'), error.message);
        return true;
      });
    });

    it('a schema must be an object', async () => {
      write({ '.ce-instance.json': { schemas: [{ files: ['**'], schema: './team.schema.json' }] }, 'team.schema.json': '[]' });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('team.schema.json')}:1:1: A JSON Schema must be a JSON object.`);
    });
  });

  describe('remote documents', () => {
    let server: TestDocumentServer;
    beforeEach(async () => {
      server = await TestDocumentServer.start();
    });
    afterEach(() => server.stop());

    it('extends a URL, whose relative references resolve against it', async () => {
      server.serve('/team/config.json', {
        etag: '"c1"',
        body: JSON.stringify({
          extends: './base.json',
          rules: { 'no-comments': 'warning' },
          schemas: [{ files: ['**/*.instance.json'], schema: './team.schema.json' }],
        }),
      });
      server.serve('/team/base.json', { body: JSON.stringify({ rules: { 'no-trailing-commas': 'info' } }) });
      server.serve('/team/team.schema.json', { body: JSON.stringify({ type: 'object', required: ['tags'], properties: { tags: {} } }) });
      write({ '.ce-instance.json': { extends: [server.url('/team/config.json')] } });

      const resolved = await resolver().resolve(at('src', 'box.instance.json'));
      assert.deepEqual(resolved.rules, { 'no-trailing-commas': 'info', 'no-comments': 'warning' });
      assert.equal(resolved.schemaChecks[0].source, server.url('/team/team.schema.json'));
      assert.deepEqual(resolved.schemaChecks[0].validate({}).map((problem) => problem.message), ["Missing required property 'tags'."]);
      assert.deepEqual(resolved.dependencies, [at('.ce-instance.json')]);
      assert.equal(server.requests.length, 3);

      // A second run reads the disk cache and makes no request.
      await resolver().resolve(at('src', 'box.instance.json'));
      assert.equal(server.requests.length, 3);

      // A refresh revalidates each document; the one with an ETag is sent If-None-Match.
      await resolver({ refreshRemote: true }).resolve(at('src', 'box.instance.json'));
      assert.deepEqual(server.requests.slice(3).map((request) => [request.path, request.ifNoneMatch]).sort(), [
        ['/team/base.json', undefined],
        ['/team/config.json', '"c1"'],
        ['/team/team.schema.json', undefined],
      ]);
    });

    it('when the server is down, a refresh uses the cached copy and warns', async () => {
      server.serve('/team.json', { body: JSON.stringify({ rules: { 'no-comments': 'off' } }) });
      const url = server.url('/team.json');
      write({ '.ce-instance.json': { extends: [url] } });
      await resolver().resolve(at('x.json'));
      await server.stop();
      const resolved = await resolver({ refreshRemote: true }).resolve(at('x.json'));
      assert.deepEqual(resolved.rules, { 'no-comments': 'off' });
      assert.equal(resolved.warnings.length, 1);
      assert.match(resolved.warnings[0], new RegExp(`^Could not refresh ${url.replace(/[.?]/g, '\\$&')} \\(ECONNREFUSED\\); using the cached copy fetched \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\.$`));
    });

    it('when the server is down and nothing is cached, it is an error naming the URL', async () => {
      const url = server.url('/team.json');
      await server.stop();
      write({ '.ce-instance.json': `{"extends": ["${url}"]}` });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('.ce-instance.json')}:1:14: Cannot fetch ${url} (ECONNREFUSED). Check the URL and the network; once fetched, it is cached for offline use.`);
    });

    it('masks secret-looking query values in messages', async () => {
      const url = server.url('/team.json?token=s3cr3t');
      const shown = server.url('/team.json?token=***');
      await server.stop();
      write({ '.ce-instance.json': `{"extends": ["${url}"]}` });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('.ce-instance.json')}:1:14: Cannot fetch ${shown} (ECONNREFUSED). Check the URL and the network; once fetched, it is cached for offline use.`);
    });

    it('an invalid URL is an error', async () => {
      write({ '.ce-instance.json': '{"schemas": [{"files": ["**"], "schema": "https://x:y:z/s.json"}]}' });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('.ce-instance.json')}:1:42: "https://x:y:z/s.json" is not a valid URL. Check its spelling.`);
    });

    it('refuses plain http to a host that is not loopback, without a request', async () => {
      write({ '.ce-instance.json': '{"extends": ["http://example.com/team.json"]}' });
      const noFetch = (() => assert.fail('no request expected')) as typeof fetch;
      await rejectsWith(resolver({ fetch: noFetch }).resolve(at('x.json')), `${at('.ce-instance.json')}:1:14: http://example.com/team.json: plain http is only allowed for localhost, 127.0.0.1 and ::1. Use an https URL.`);
    });

    it('refuses plain http for a schema too', async () => {
      write({ '.ce-instance.json': '{"schemas": [{"files": ["**"], "schema": "http://example.com/s.json"}]}' });
      await rejectsWith(resolver().resolve(at('x.json')), `${at('.ce-instance.json')}:1:42: http://example.com/s.json: plain http is only allowed for localhost, 127.0.0.1 and ::1. Use an https URL.`);
    });

    it('a remote config cannot reach local packages or files', async () => {
      server.serve('/team.json', { body: '{"extends": ["@acme/config"]}' });
      write({ '.ce-instance.json': { extends: [server.url('/team.json')] } });
      await rejectsWith(resolver().resolve(at('x.json')), `${server.url('/team.json')}:1:14: "@acme/config" cannot be used in a remote config: it may only name URLs and paths relative to its own URL.`);
    });

    it('uses the injected fetch', async () => {
      const asked: string[] = [];
      const fakeFetch = (async (input: string | URL | Request) => {
        asked.push(String(input));
        return new Response('{"rules": {"no-comments": "info"}}', { status: 200 });
      }) as typeof fetch;
      write({ '.ce-instance.json': { extends: ['https://config.example/team.json'] } });
      assert.deepEqual((await resolver({ fetch: fakeFetch }).resolve(at('x.json'))).rules, { 'no-comments': 'info' });
      assert.deepEqual(asked, ['https://config.example/team.json']);
    });
  });
});
