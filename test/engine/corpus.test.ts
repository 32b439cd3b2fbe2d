import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, fixText, lintText } from '../../server/src/engine';
import { corpusDir } from '../support/repo';

/**
 * The real bodies from the Cloud Elements docs (../shared/corpus, never copied here): nothing may
 * crash on them, every range must lie in the text, and every fix must leave JSON that parses and
 * does not bring a finding of the rule it fixes.
 */
describe('the documentation corpus', function () {
  const dir = corpusDir();
  const files = dir ? readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'INDEX.json').sort() : [];

  before(function () {
    if (!dir) this.skip();
  });

  it('holds the 140 bodies it is documented to hold', () => {
    assert.equal(files.length, 140);
  });

  it('lints every body without an internal error, with every range inside the text', () => {
    for (const file of files) {
      const text = readFileSync(path.join(dir!, file), 'utf8');
      const result = lintText(text);
      assert.deepEqual(result.internalErrors.map((error) => `${error.ruleId}: ${String(error.error)}`), [], file);
      for (const finding of result.findings) {
        assert.ok(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length, `${file}: ${finding.ruleId} range`);
        for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) {
          for (const edit of fix?.edits ?? []) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `${file}: ${finding.ruleId} edit`);
        }
      }
    }
  });

  it('every fix and suggestion, applied alone, leaves JSON that parses and removes its finding', () => {
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(path.join(dir!, file), 'utf8');
      const before = lintText(text);
      if (before.tree.syntaxProblems.length > 0) continue;
      for (const finding of before.findings) {
        for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) {
          if (!fix) continue;
          const after = lintText(applyFixes(text, [fix]).text);
          assert.deepEqual(after.tree.syntaxProblems, [], `${file}: '${fix.title}' (${finding.ruleId}) breaks the JSON`);
          const same = (other: typeof finding) => other.ruleId === finding.ruleId && other.message === finding.message;
          assert.ok(after.findings.filter(same).length < before.findings.filter(same).length, `${file}: '${fix.title}' (${finding.ruleId}) leaves its finding`);
          checked++;
        }
      }
    }
    assert.ok(checked > 0);
  });

  it('--fix reaches a fixed point on every body', () => {
    for (const file of files) {
      const text = readFileSync(path.join(dir!, file), 'utf8');
      const fixed = fixText(text);
      assert.deepEqual(fixed.result.internalErrors, [], file);
      assert.deepEqual(fixed.result.findings.filter((finding) => finding.fix).map((finding) => finding.ruleId), [], `${file}: safe fixes left after --fix`);
    }
  });
});
