import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { removeTempProjects, tempProject } from '../cli/testing/cliHarness';
import { BROKEN_BODY, initializedServer, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const WATCHING_CLIENT = { workspace: { ...PUSH_CLIENT.workspace, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } };
const ALL = ['no-comments', 'no-trailing-commas', 'no-trailing-commas', 'no-duplicate-keys'];
const WITHOUT_COMMENTS = ALL.slice(1);

describe('language server: config files', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());
  after(removeTempProjects);

  const codes = async (uri: string, after = 0): Promise<unknown[]> => (await server.client.diagnostics(uri, { after })).diagnostics.map((diagnostic) => diagnostic.code);
  const changed = (file: string, type: FileChangeType = FileChangeType.Changed) => server.client.changeFiles([{ uri: pathToFileURL(file).href, type }]);

  it('uses the nearest .ce-instance.json, and re-checks when it changes', async () => {
    const root = tempProject({ '.ce-instance.json': '{"rules": {"no-comments": "off"}}' });
    server = await initializedServer(WATCHING_CLIENT);
    const uri = pathToFileURL(path.join(root, 'box.instance.json')).href;
    await server.client.open(uri, BROKEN_BODY);
    assert.deepEqual(await codes(uri), WITHOUT_COMMENTS);

    const watchers = server.client.registrations.filter((registration) => registration.method === DidChangeWatchedFilesNotification.method);
    assert.deepEqual(watchers[0].registerOptions, { watchers: [{ globPattern: '**/.ce-instance.json' }] });

    fs.writeFileSync(path.join(root, '.ce-instance.json'), '{}');
    await changed(path.join(root, '.ce-instance.json'));
    assert.deepEqual(await codes(uri, 1), ALL);
  });

  it('notices a new config file', async () => {
    const root = tempProject({ 'sub/.keep': '' });
    server = await initializedServer(WATCHING_CLIENT);
    const uri = pathToFileURL(path.join(root, 'sub', 'box.instance.json')).href;
    await server.client.open(uri, BROKEN_BODY);
    assert.deepEqual(await codes(uri), ALL);
    fs.writeFileSync(path.join(root, '.ce-instance.json'), '{"rules": {"no-comments": "off"}}');
    await changed(path.join(root, '.ce-instance.json'), FileChangeType.Created);
    assert.deepEqual(await codes(uri, 1), WITHOUT_COMMENTS);
  });

  it('watches the files a config extends, and re-checks when one changes', async () => {
    const root = tempProject({ 'project/.ce-instance.json': '{"extends": ["../shared/base.json"]}', 'shared/base.json': '{"rules": {"no-comments": "off"}}' });
    const base = path.join(root, 'shared', 'base.json');
    server = await initializedServer(WATCHING_CLIENT);
    const uri = pathToFileURL(path.join(root, 'project', 'box.instance.json')).href;
    await server.client.open(uri, BROKEN_BODY);
    assert.deepEqual(await codes(uri), WITHOUT_COMMENTS);
    // Outside the workspace's config glob, so it is named on its own.
    const patterns = server.client.registrations.flatMap((registration) => (registration.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((watcher) => watcher.globPattern));
    assert.deepEqual(patterns.filter((pattern) => typeof pattern === 'object' && (pattern as { pattern: string }).pattern === 'base.json'), [
      { baseUri: pathToFileURL(path.dirname(base)).href, pattern: 'base.json' },
    ]);

    fs.writeFileSync(base, '{}');
    await changed(base);
    assert.deepEqual(await codes(uri, 1), ALL);
  });

  it('ignores changes to files no config depends on', async () => {
    const root = tempProject({ '.ce-instance.json': '{}' });
    server = await initializedServer(WATCHING_CLIENT);
    const uri = pathToFileURL(path.join(root, 'box.instance.json')).href;
    await server.client.open(uri, BROKEN_BODY);
    await codes(uri);
    await changed(path.join(root, 'README.md'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(server.client.publishedFor(uri).length, 1);
  });

  it('shows a broken config once, checks with the default rules meanwhile, and recovers when it is fixed', async () => {
    const root = tempProject({ '.ce-instance.json': '{"rules": {"no-comments": "sometimes"}}' });
    server = await initializedServer(WATCHING_CLIENT);
    const uri = pathToFileURL(path.join(root, 'box.instance.json')).href;
    await server.client.open(uri, BROKEN_BODY);
    assert.deepEqual(await codes(uri), ALL);
    assert.equal(server.client.shownMessages.length, 1);
    assert.match(server.client.shownMessages[0], new RegExp(`${path.join(root, '.ce-instance.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: `));

    fs.writeFileSync(path.join(root, '.ce-instance.json'), '{"rules": {"no-comments": "off"}}');
    await changed(path.join(root, '.ce-instance.json'));
    assert.deepEqual(await codes(uri, 1), WITHOUT_COMMENTS);
    assert.equal(server.client.shownMessages.length, 1);
  });
});
