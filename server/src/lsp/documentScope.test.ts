import assert from 'node:assert/strict';
import { documentLocation } from './documentLocation';
import { FileGlobs, isJsonLanguage } from './documentScope';
import { DEFAULT_SETTINGS } from './settings';

describe('which documents the server checks', () => {
  it('takes json and jsonc only', () => {
    assert.deepEqual(['json', 'jsonc', 'yaml', 'plaintext'].map(isJsonLanguage), [true, true, false, false]);
  });

  it('gives file URIs a path for config discovery, other schemes none', () => {
    assert.deepEqual(documentLocation('file:///home/me/my%20project/box.instance.json'), {
      filePath: '/home/me/my project/box.instance.json',
      globPath: '/home/me/my project/box.instance.json',
    });
    assert.deepEqual(documentLocation('untitled:Untitled-1'), { filePath: undefined, globPath: 'Untitled-1' });
    assert.deepEqual(documentLocation('vscode-vfs://github/acme/repo/instances/box.json'), { filePath: undefined, globPath: '/acme/repo/instances/box.json' });
    assert.deepEqual(documentLocation('not a uri'), { filePath: undefined, globPath: 'not a uri' });
  });

  const matches = (uri: string, globs: readonly string[] = DEFAULT_SETTINGS.files) => new FileGlobs().matches(documentLocation(uri), globs);

  it('matches the default globs at any depth, dot folders included', () => {
    assert.equal(matches('file:///w/box.instance.json'), true);
    assert.equal(matches('file:///w/.config/box.instance.json'), true);
    assert.equal(matches('file:///w/instances/prod/eu/box.json'), true);
    assert.equal(matches('vscode-vfs://github/acme/repo/instances/box.json'), true);
    assert.equal(matches('file:///w/box.json'), false);
    assert.equal(matches('file:///w/instances.json'), false);
  });

  it('matches a pattern without a leading ** at any depth, an absolute one from the root', () => {
    assert.equal(matches('file:///w/ce/box.json', ['ce/*.json']), true);
    assert.equal(matches('file:///w/ce/x/box.json', ['ce/*.json']), false);
    assert.equal(matches('file:///w/ce/box.json', ['/w/ce/*.json']), true);
    assert.equal(matches('file:///v/ce/box.json', ['/w/ce/*.json']), false);
    assert.equal(matches('file:///w/box.instance.json', []), false);
  });
});
