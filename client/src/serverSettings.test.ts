import assert from 'node:assert/strict';
import path from 'node:path';
import { resolveConfigPath, toServerSettings } from './serverSettings';

const FOLDER = path.resolve('/work/project');
const HOME = path.resolve('/home/me');
const IN_FOLDER = { folder: FOLDER, home: HOME };
const NO_FOLDER = { folder: undefined, home: HOME };

describe('client: the settings the server is given', () => {
  it('passes what the server reads and leaves out the client\'s own', () => {
    const section = {
      enable: true,
      files: ['**/*.instance.json'],
      rules: { 'no-comments': 'off' },
      configPath: '',
      trace: { server: 'verbose' },
      provisioning: { environment: 'eu', baseUrl: '' },
    };
    assert.deepEqual(toServerSettings(section, IN_FOLDER), { enable: true, files: ['**/*.instance.json'], rules: { 'no-comments': 'off' } });
  });

  it('passes wrong values as they are, for the server to report', () => {
    assert.deepEqual(toServerSettings({ enable: 'yes', rules: [], configPath: 3 }, IN_FOLDER), { enable: 'yes', rules: [], configPath: 3 });
    assert.equal(toServerSettings(null, IN_FOLDER), null);
    assert.deepEqual(toServerSettings([1], IN_FOLDER), [1]);
  });

  it('takes a relative config path from the workspace folder', () => {
    assert.equal(resolveConfigPath('ci/strict.json', IN_FOLDER), path.join(FOLDER, 'ci', 'strict.json'));
    assert.equal(resolveConfigPath('../shared/.ce-instance.json', IN_FOLDER), path.resolve(FOLDER, '..', 'shared', '.ce-instance.json'));
    assert.deepEqual(toServerSettings({ configPath: 'ci/strict.json' }, IN_FOLDER), { configPath: path.join(FOLDER, 'ci', 'strict.json') });
  });

  it('expands ${workspaceFolder} and ~, and keeps absolute paths', () => {
    assert.equal(resolveConfigPath('${workspaceFolder}/ci/strict.json', IN_FOLDER), path.join(FOLDER, 'ci', 'strict.json'));
    assert.equal(resolveConfigPath('~/ce/base.json', IN_FOLDER), path.join(HOME, 'ce', 'base.json'));
    assert.equal(resolveConfigPath(path.join(path.resolve('/etc'), 'ce.json'), IN_FOLDER), path.join(path.resolve('/etc'), 'ce.json'));
  });

  it('treats an empty path as unset, and leaves a relative one alone without a folder', () => {
    assert.equal(resolveConfigPath('', IN_FOLDER), undefined);
    assert.equal(resolveConfigPath('   ', IN_FOLDER), undefined);
    assert.equal(resolveConfigPath('ci/strict.json', NO_FOLDER), 'ci/strict.json');
    assert.equal(resolveConfigPath('${workspaceFolder}/x.json', NO_FOLDER), '${workspaceFolder}/x.json');
  });
});
