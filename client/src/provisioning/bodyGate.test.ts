import assert from 'node:assert/strict';
import { checkBeforeSending, type ConfigSource } from './bodyGate';

const NO_CONFIG: ConfigSource = {
  resolve: () => Promise.reject(new Error('an unsaved editor has no file, so no config is looked for')),
};

describe('client: the check before sending', () => {
  it('an unsaved editor is checked without a config, as the server checks it', async () => {
    const { verdict } = await checkBeforeSending({ text: '{"element": {"key": "box"}, "configuration": {}}', filePath: undefined, configPath: '/no/such/config.json', ruleSettings: undefined }, NO_CONFIG);
    assert.deepEqual(verdict, { kind: 'clean' });
  });

  it('errors come first, with 1-based lines and columns; infos and hints ask nothing', async () => {
    const text = '{\n  "element": {"key": "box"},\n  "configuration": {"event.vendor.type": "pollin"}\n}';
    const { verdict } = await checkBeforeSending({ text, filePath: undefined, configPath: undefined, ruleSettings: { 'events-not-enabled': 'info' } }, NO_CONFIG);
    assert.equal(verdict.kind, 'errors');
    assert.ok(verdict.kind === 'errors');
    assert.deepEqual(verdict.errors.map(({ line, column, ruleId }) => ({ line, column, ruleId })), [{ line: 3, column: 42, ruleId: 'vendor-type' }]);
    assert.deepEqual(verdict.warnings, []);
  });

  it('ignores an invalid ceInstance.rules entry, as the server does (it reports it)', async () => {
    const text = '{"element": {"key": "box"}, "configuration": {"event.vendor.type": "polling"}}';
    const { verdict } = await checkBeforeSending({ text, filePath: undefined, configPath: undefined, ruleSettings: { 'events-not-enabled': 'loud', 'no-such-rule': 'off' } }, NO_CONFIG);
    assert.equal(verdict.kind, 'warnings');
  });
});
