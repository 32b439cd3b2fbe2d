import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RULES, ruleDocsUrl } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { repoRoot } from '../../test/support/repo';
import { CLIENT_NAME, COMMANDS, SETTINGS_SECTION } from './manifest';

interface Manifest {
  publisher: string;
  main: string;
  icon: string;
  engines: Record<string, string>;
  devDependencies: Record<string, string>;
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { title: string; properties: Record<string, Record<string, unknown>> };
    jsonValidation: { fileMatch: string; url: string }[];
    languages: { id: string; configuration: string }[];
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
    snippets: { language: string; path: string }[];
  };
}

const root = repoRoot();
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const settings = manifest.contributes.configuration.properties;

describe('client: the extension manifest', () => {
  it('names the publisher, the bundle, and the lowest VS Code the client library takes', () => {
    assert.equal(manifest.publisher, 'ce-instance');
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.91.0');
    // vsce refuses @types/vscode newer than engines.vscode.
    assert.equal(manifest.devDependencies['@types/vscode'], '1.91.0');
    assert.deepEqual(manifest.activationEvents, ['onLanguage:json']);
  });

  it('contributes the five commands under "Cloud Elements"', () => {
    assert.deepEqual(
      manifest.contributes.commands.map(({ command, category, title }) => [command, `${category}: ${title}`]),
      [
        [COMMANDS.restartServer, 'Cloud Elements: Restart Language Server'],
        [COMMANDS.showOutput, 'Cloud Elements: Show Output'],
        [COMMANDS.provision, 'Cloud Elements: Provision Instance'],
        [COMMANDS.forgetSecrets, 'Cloud Elements: Forget Provisioning Secrets'],
        [COMMANDS.pullElementSchema, 'Cloud Elements: Pull Element Schema'],
      ],
    );
  });

  it('contributes the settings, each with a markdown description', () => {
    assert.equal(manifest.contributes.configuration.title, CLIENT_NAME);
    assert.deepEqual(Object.keys(settings), ['enable', 'files', 'rules', 'configPath', 'provisioning.environment', 'provisioning.baseUrl', 'trace.server'].map((key) => `${SETTINGS_SECTION}.${key}`));
    for (const [key, schema] of Object.entries(settings)) assert.ok(typeof schema.markdownDescription === 'string' && schema.markdownDescription.length > 20, key);
    assert.deepEqual(settings['ceInstance.provisioning.environment'].enum, ['us', 'eu', 'staging', 'custom']);
    assert.deepEqual(settings['ceInstance.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(new RegExp(settings['ceInstance.provisioning.baseUrl'].pattern as string).test('http://api.example.com'), false);
    assert.equal(new RegExp(settings['ceInstance.provisioning.baseUrl'].pattern as string).test('https://api.example.com'), true);
  });

  it('gives the settings the server reads the server\'s defaults', () => {
    assert.equal(settings['ceInstance.enable'].default, DEFAULT_SETTINGS.enable);
    assert.deepEqual(settings['ceInstance.files'].default, DEFAULT_SETTINGS.files);
    assert.deepEqual(settings['ceInstance.rules'].default, DEFAULT_SETTINGS.rules);
    assert.equal(settings['ceInstance.configPath'].default, '');
  });

  it('offers every rule id in ceInstance.rules, described as in the rule list, with the levels the server takes', () => {
    const rules = settings['ceInstance.rules'] as { propertyNames: { enum: string[]; markdownEnumDescriptions: string[] }; additionalProperties: { enum: string[] } };
    assert.deepEqual(rules.propertyNames.enum, RULES.map((rule) => rule.meta.id));
    assert.deepEqual(rules.propertyNames.markdownEnumDescriptions, RULES.map((rule) => `${rule.meta.description} [${rule.meta.id}](${ruleDocsUrl(rule.meta.id)})`));
    assert.deepEqual(rules.additionalProperties.enum, ['off', 'hint', 'info', 'warning', 'error']);
  });

  it('validates .ce-instance.json with its schema, and leaves instance bodies to the server', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.ce-instance.json', url: './schemas/ce-instance-config.schema.json' }]);
  });

  it('contributes the template grammar to JSON, the snippets and the language configuration, and every file it names exists', () => {
    assert.deepEqual(manifest.contributes.grammars, [
      { scopeName: 'ce-instance.templates.injection', path: './syntaxes/ce-instance-templates.tmLanguage.json', injectTo: ['source.json', 'source.json.comments'] },
    ]);
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'json', path: './snippets/instance.json' }]);
    assert.deepEqual(manifest.contributes.languages, [{ id: 'json', configuration: './language-configuration.json' }]);
    const named = [
      manifest.icon,
      ...manifest.contributes.jsonValidation.map((entry) => entry.url),
      ...manifest.contributes.grammars.map((entry) => entry.path),
      ...manifest.contributes.snippets.map((entry) => entry.path),
      ...manifest.contributes.languages.map((entry) => entry.configuration),
    ];
    assert.deepEqual(named.filter((file) => !fs.existsSync(path.join(root, file))), []);
  });

  it('has a 128 x 128 PNG icon', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon));
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });
});
