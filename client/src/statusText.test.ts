import assert from 'node:assert/strict';
import { countFindings, statusPresentation } from './statusText';

const checked = (errors: number, warnings: number, infos = 0, hints = 0) => statusPresentation({ kind: 'checked', counts: { errors, warnings, infos, hints } });

describe('client: the status item text', () => {
  it('counts severities as VS Code numbers them (Error 0, Warning 1, Information 2, Hint 3)', () => {
    assert.deepEqual(countFindings([0, 1, 0, 2, 3, 3, 3]), { errors: 2, warnings: 1, infos: 1, hints: 3 });
    assert.deepEqual(countFindings([]), { errors: 0, warnings: 0, infos: 0, hints: 0 });
  });

  it('shows the counts that are not zero, and a check mark when there is nothing', () => {
    assert.deepEqual(checked(2, 1), {
      text: '$(error) 2 $(warning) 1',
      tooltip: 'Cloud Elements instance: 2 errors, 1 warning in this file. Click to open the Problems view.',
    });
    assert.equal(checked(0, 3)?.text, '$(warning) 3');
    assert.equal(checked(1, 0, 2)?.text, '$(error) 1 $(info) 2');
    assert.deepEqual(checked(0, 0), { text: '$(check) CE', tooltip: 'Cloud Elements instance: no problems in this file. Click to open the Problems view.' });
  });

  it('leaves hints out of the text but names them in the tooltip', () => {
    assert.deepEqual(checked(0, 0, 0, 2), { text: '$(check) CE', tooltip: 'Cloud Elements instance: 2 hints in this file. Click to open the Problems view.' });
    assert.equal(checked(1, 0, 0, 1)?.tooltip, 'Cloud Elements instance: 1 error, 1 hint in this file. Click to open the Problems view.');
  });

  it('says when it is checking or the server is not running, and nothing for other documents', () => {
    assert.equal(statusPresentation({ kind: 'checking' })?.text, '$(sync~spin) CE');
    assert.deepEqual(statusPresentation({ kind: 'stopped' }), {
      text: '$(circle-slash) CE',
      tooltip: "Cloud Elements instance: the language server is not running. Run 'Cloud Elements: Restart Language Server' to start it again.",
    });
    assert.equal(statusPresentation({ kind: 'hidden' }), undefined);
  });
});
