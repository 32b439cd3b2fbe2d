import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { removeTempProjects, tempProject } from '../cli/testing/cliHarness';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import { BROKEN_BODY, initializedServer, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

function read(raw: unknown): { settings: ReturnType<typeof readSettings>; problems: string[] } {
  const problems: string[] = [];
  return { settings: readSettings(raw, (problem) => problems.push(problem)), problems };
}

describe('settings: reading the ceInstance section', () => {
  it('gives the defaults for nothing', () => {
    assert.deepEqual(read(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(read(null), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(DEFAULT_SETTINGS, { enable: true, rules: {}, files: ['**/*.instance.json', '**/instances/**/*.json'] });
  });

  it('takes enable, rule levels (hint too) and globs', () => {
    const raw = { enable: false, rules: { 'no-comments': 'off', 'time-zone': 'hint' }, files: ['**/*.ce.json'] };
    assert.deepEqual(read(raw), { settings: raw, problems: [] });
  });

  it('reports wrong entries without quoting their values, and keeps the rest', () => {
    const { settings, problems } = read({ enable: 'yes', rules: { 'no-coments': 'off', 'no-comments': 's3cr3t', 'time-zone': 'warning' }, files: 'x' });
    assert.deepEqual(settings, { enable: true, rules: { 'time-zone': 'warning' }, files: DEFAULT_SETTINGS.files });
    assert.deepEqual(problems, [
      "the setting 'ceInstance.enable' must be true or false; it is taken as true",
      'in the setting \'ceInstance.rules\': Unknown rule "no-coments". Did you mean "no-comments"?',
      'the setting \'ceInstance.rules\' gives rule "no-comments" an invalid level; use "off", "hint", "info", "warning", "error"',
      "the setting 'ceInstance.files' must be a list of glob strings; the default globs apply",
    ]);
    assert.deepEqual(read([1]).problems, ["the setting 'ceInstance' must be an object; the defaults apply"]);
  });

  it('takes a config path, leaves it out when empty, and reports one that is not a string', () => {
    assert.deepEqual(read({ configPath: '/ci/strict.json' }), { settings: { ...DEFAULT_SETTINGS, configPath: '/ci/strict.json' }, problems: [] });
    assert.deepEqual(read({ configPath: '' }), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(read({ configPath: null }), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(read({ configPath: ['s3cr3t'] }), {
      settings: DEFAULT_SETTINGS,
      problems: ["the setting 'ceInstance.configPath' must be the path of a config file (a string); the nearest .ce-instance.json applies"],
    });
  });
});

describe('language server: settings', () => {
  let server: InProcessServer;
  beforeEach(async () => {
    server = await initializedServer(PUSH_CLIENT);
  });
  afterEach(() => server.dispose());

  const codes = async (uri: string, after = 0): Promise<unknown[]> => (await server.client.diagnostics(uri, { after })).diagnostics.map((diagnostic) => diagnostic.code);

  it('applies rule levels over the config, per document (multi-root)', async () => {
    server.client.settingsFor = (scopeUri) => (scopeUri?.startsWith('file:///a/') ? { rules: { 'no-comments': 'off' } } : undefined);
    await server.client.open('file:///a/box.instance.json', BROKEN_BODY);
    await server.client.open('file:///b/box.instance.json', BROKEN_BODY);
    assert.deepEqual(await codes('file:///a/box.instance.json'), ['no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
    assert.deepEqual(await codes('file:///b/box.instance.json'), ['no-comments', 'no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
  });

  it('reads them again on didChangeConfiguration and re-checks open documents', async () => {
    await server.client.open('file:///a/box.instance.json', BROKEN_BODY);
    assert.equal((await codes('file:///a/box.instance.json')).length, 4);
    server.client.settingsFor = () => ({ enable: false });
    await server.client.changeSettings({ ceInstance: { ignored: 'the server asks' } });
    assert.deepEqual(await codes('file:///a/box.instance.json', 1), []);
  });

  it('checks what the files globs name', async () => {
    server.client.settingsFor = () => ({ files: ['ce/*.json'] });
    await server.client.open('file:///a/ce/draft.json', '{"draft": true,}');
    await server.client.open('file:///a/box.instance.json', '{"draft": true,}');
    assert.deepEqual(await codes('file:///a/ce/draft.json'), ['no-trailing-commas']);
    assert.deepEqual(await codes('file:///a/box.instance.json'), []);
  });

  it('shows a wrong setting to the user once', async () => {
    server.client.settingsFor = () => ({ rules: { 'no-comments': 'loud' } });
    await server.client.open('file:///a/box.instance.json', BROKEN_BODY);
    await server.client.open('file:///b/box.instance.json', BROKEN_BODY);
    await codes('file:///a/box.instance.json');
    await codes('file:///b/box.instance.json');
    assert.equal(server.client.shownMessages.length, 1);
    assert.match(server.client.shownMessages[0], /ceInstance\.rules' gives rule "no-comments" an invalid level/);
    assert.doesNotMatch(server.client.shownMessages[0], /loud/);
  });

  describe('configPath', () => {
    after(removeTempProjects);
    const OFF_COMMENTS = '{"rules": {"no-comments": "off"}}';
    const OFF_DUPLICATES = '{"rules": {"no-duplicate-keys": "off"}}';

    it('uses the named config instead of the nearest .ce-instance.json, per document', async () => {
      const root = tempProject({ 'a/.ce-instance.json': OFF_COMMENTS, 'b/.ce-instance.json': OFF_COMMENTS, 'ci/strict.json': OFF_DUPLICATES });
      const inA = pathToFileURL(path.join(root, 'a', 'box.instance.json')).href;
      const inB = pathToFileURL(path.join(root, 'b', 'box.instance.json')).href;
      server.client.settingsFor = (scopeUri) => (scopeUri === inA ? { configPath: path.join(root, 'ci', 'strict.json') } : undefined);
      await server.client.open(inA, BROKEN_BODY);
      await server.client.open(inB, BROKEN_BODY);
      assert.deepEqual(await codes(inA), ['no-comments', 'no-trailing-commas', 'no-trailing-commas']);
      assert.deepEqual(await codes(inB), ['no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
    });

    it('follows a change of the setting', async () => {
      const root = tempProject({ '.ce-instance.json': OFF_COMMENTS, 'ci/strict.json': OFF_DUPLICATES });
      const uri = pathToFileURL(path.join(root, 'box.instance.json')).href;
      await server.client.open(uri, BROKEN_BODY);
      assert.deepEqual(await codes(uri), ['no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
      server.client.settingsFor = () => ({ configPath: path.join(root, 'ci', 'strict.json') });
      await server.client.changeSettings({ ceInstance: { ignored: 'the server asks' } });
      assert.deepEqual(await codes(uri, 1), ['no-comments', 'no-trailing-commas', 'no-trailing-commas']);
    });

    it('shows a config path that names no file once, naming the setting, and checks with the default rules', async () => {
      const root = tempProject({ '.ce-instance.json': OFF_COMMENTS });
      const missing = path.join(root, 'nope.json');
      server.client.settingsFor = () => ({ configPath: missing });
      const uri = pathToFileURL(path.join(root, 'box.instance.json')).href;
      await server.client.open(uri, BROKEN_BODY);
      assert.deepEqual(await codes(uri), ['no-comments', 'no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys']);
      assert.deepEqual(server.client.shownMessages, [
        `ce-instance: ${missing}: Config file not found. Check the path given with --config or the ceInstance.configPath setting. (files below it are checked with the default rules until it is fixed)`,
      ]);
    });
  });

  it('asks a client that registers dynamically to send settings changes', async () => {
    server.dispose();
    server = await initializedServer({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } });
    await server.client.waitFor('the registration', 2000, () => server.client.registrations.length > 0);
    assert.deepEqual(server.client.registrations.map(({ method, registerOptions }) => [method, registerOptions]), [
      ['workspace/didChangeConfiguration', { section: 'ceInstance' }],
    ]);
  });

  it('takes pushed settings from a client without workspace/configuration', async () => {
    server.dispose();
    server = await initializedServer({});
    await server.client.changeSettings({ ceInstance: { rules: { 'no-duplicate-keys': 'off' } } });
    await server.client.open('file:///a/box.instance.json', BROKEN_BODY);
    assert.deepEqual(await codes('file:///a/box.instance.json'), ['no-comments', 'no-trailing-commas', 'no-trailing-commas']);
  });
});
