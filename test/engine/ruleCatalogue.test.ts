import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { repoRoot } from '../support/repo';

const HEADINGS = ['## What it does', '## Why is this bad?', '## Example', '## How to fix', '## Fix availability'];

describe('rule catalogue', () => {
  const root = repoRoot();

  it('has unique kebab-case ids', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has ids whose code-point order is their locale order (findings at one place are sorted by id, without ICU)', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    assert.deepEqual([...ids].sort(), [...ids].sort((a, b) => a.localeCompare(b)));
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    it(`${id}: module, tests and doc page stand together`, () => {
      assert.ok(existsSync(path.join(root, 'server/src/engine/rules', `${id}.ts`)), 'rule module');
      assert.ok(existsSync(path.join(root, 'server/src/engine/rules', `${id}.test.ts`)), 'rule tests beside it');
      const docPath = path.join(root, 'docs/rules', `${id}.md`);
      assert.ok(existsSync(docPath), `docs/rules/${id}.md`);
      const doc = readFileSync(docPath, 'utf8');
      assert.ok(doc.startsWith(`# ${id}\n`), 'the page is titled with the id');
      for (const heading of HEADINGS) assert.ok(doc.includes(`\n${heading}\n`), `${id}.md lacks '${heading}'`);
      assert.ok(doc.includes(`| ${rule.meta.severity} |`), `${id}.md states the default severity ${rule.meta.severity}`);
      assert.ok(rule.meta.description.length > 10 && !rule.meta.description.includes('\n'), 'a one-line description');
    });
  }

  it('the README lists every rule with a link to its page', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const rule of RULES) {
      assert.ok(readme.includes(`[${rule.meta.id}](docs/rules/${rule.meta.id}.md)`), `README lacks ${rule.meta.id}`);
    }
  });
});
