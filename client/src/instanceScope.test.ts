import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { corpusDir, repoRoot } from '../../test/support/repo';
import { InstanceScope, looksLikeInstanceBody, type ScopedDocument, type ScopeSettings } from './instanceScope';

const DEFAULTS: ScopeSettings = { enable: true, files: DEFAULT_SETTINGS.files };
const BODY = '{"element": {"key": "box"}}';
const NOT_A_BODY = '{"compilerOptions": {"strict": true}}';

function document(uri: string, text: string, languageId = 'json', version = 1): ScopedDocument & { reads: number } {
  const scheme = uri.slice(0, uri.indexOf(':'));
  const doc = {
    uri,
    scheme,
    languageId,
    version,
    reads: 0,
    getText: () => {
      doc.reads++;
      return text;
    },
  };
  return doc;
}

describe('client: which documents are instance documents', () => {
  it('those the globs name, whatever their content, without reading it', () => {
    const named = document('file:///w/instances/prod/box.json', NOT_A_BODY);
    assert.equal(new InstanceScope().includes(named, DEFAULTS), true);
    assert.equal(named.reads, 0);
    assert.equal(new InstanceScope().includes(document('file:///w/ce/box.json', NOT_A_BODY), { enable: true, files: ['ce/*.json'] }), true);
  });

  it('others when their content is an instance body, in files and unsaved editors', () => {
    const scope = new InstanceScope();
    assert.equal(scope.includes(document('file:///w/body.json', BODY), DEFAULTS), true);
    assert.equal(scope.includes(document('untitled:Untitled-1', BODY), DEFAULTS), true);
    assert.equal(scope.includes(document('file:///w/tsconfig.json', NOT_A_BODY), DEFAULTS), false);
    assert.equal(scope.includes(document('file:///w/body.jsonc', BODY, 'jsonc'), DEFAULTS), true);
  });

  it('none when turned off, in other languages or in other schemes (a diff view of git)', () => {
    const scope = new InstanceScope();
    assert.equal(scope.includes(document('file:///w/box.instance.json', BODY), { ...DEFAULTS, enable: false }), false);
    assert.equal(scope.includes(document('file:///w/box.instance.json', BODY, 'plaintext'), DEFAULTS), false);
    assert.equal(scope.includes(document('git:/w/box.instance.json', BODY), DEFAULTS), false);
  });

  it('reads a document once per version', () => {
    const scope = new InstanceScope();
    const first = document('file:///w/body.json', BODY);
    scope.includes(first, DEFAULTS);
    scope.includes(first, DEFAULTS);
    assert.equal(first.reads, 1);
    const edited = document('file:///w/body.json', NOT_A_BODY, 'json', 2);
    assert.equal(scope.includes(edited, DEFAULTS), false);
    scope.forget('file:///w/body.json');
    const reopened = document('file:///w/body.json', NOT_A_BODY, 'json', 2);
    scope.includes(reopened, DEFAULTS);
    assert.equal(reopened.reads, 1);
  });

  it('tells an instance body as the engine does, broken JSON too', () => {
    const texts = [
      BODY,
      NOT_A_BODY,
      '{"configuration": {}}',
      '[{"element": {}}]',
      '"element"',
      '',
      '{',
      '{"element"',
      '{"name": "x", // comment\n "configuration": {},}',
      '{"nested": {"element": {}}}',
      '{"element": {"key": "box"}} trailing junk',
      'curl -X POST {"element": {}}',
      '{"elem\\u0065nt": {}}',
    ];
    const examples = path.join(repoRoot(), 'examples');
    for (const file of fs.readdirSync(examples, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.json')) texts.push(fs.readFileSync(path.join(examples, file), 'utf8'));
    }
    const corpus = corpusDir();
    if (corpus) {
      for (const file of fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'))) {
        texts.push(fs.readFileSync(path.join(corpus, file), 'utf8'));
      }
    }
    for (const text of texts) assert.equal(looksLikeInstanceBody(text), lintText(text).isInstance, text.slice(0, 80));
    assert.ok(texts.filter(looksLikeInstanceBody).length >= 5);
  });
});
