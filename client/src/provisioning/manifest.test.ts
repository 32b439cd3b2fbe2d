import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../test/support/repo';
import { COMMANDS } from '../manifest';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string; group?: string }[]>;
    configuration: { properties: Record<string, { pattern?: string }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as Manifest;

describe('client: the provisioning commands in the manifest', () => {
  it('contributes the three commands under "Cloud Elements"', () => {
    const titles = new Map(manifest.contributes.commands.map(({ command, category, title }) => [command, `${category}: ${title}`]));
    assert.equal(titles.get(COMMANDS.provision), 'Cloud Elements: Provision Instance');
    assert.equal(titles.get(COMMANDS.forgetSecrets), 'Cloud Elements: Forget Provisioning Secrets');
    assert.equal(titles.get(COMMANDS.pullElementSchema), 'Cloud Elements: Pull Element Schema');
  });

  it('needs no activation event of its own (VS Code activates on a contributed command)', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:json']);
  });

  it('offers Provision for JSON editors only: in the palette, the editor title menu and the context menu', () => {
    const menus = manifest.contributes.menus;
    // resourceLangId too: a file opened from the Explorer leaves the focus there, where editorLangId is unset.
    assert.deepEqual(menus.commandPalette.find((item) => item.command === COMMANDS.provision), { command: COMMANDS.provision, when: 'editorLangId =~ /^jsonc?$/ || resourceLangId =~ /^jsonc?$/' });
    for (const menu of ['editor/title', 'editor/context']) {
      const item = menus[menu].find((entry) => entry.command === COMMANDS.provision);
      assert.equal(item?.when, 'resourceLangId == json && resourceScheme =~ /^(file|untitled)$/', menu);
      // Not "navigation": the title bar keeps its icons; the command sits in the "..." menu.
      assert.ok(item?.group && !item.group.startsWith('navigation'), menu);
    }
  });

  it('lets the base URL setting take https, and http on loopback only', () => {
    const pattern = new RegExp(manifest.contributes.configuration.properties['ceInstance.provisioning.baseUrl'].pattern ?? '');
    for (const url of ['', 'https://api.example.com/elements/api-v2', 'http://127.0.0.1:4010/elements/api-v2', 'http://localhost/x', 'http://[::1]:80/']) assert.ok(pattern.test(url), url);
    for (const url of ['http://api.example.com', 'http://localhost.example.com/', 'http://127.0.0.10/', 'ftp://127.0.0.1/']) assert.ok(!pattern.test(url), url);
  });
});
