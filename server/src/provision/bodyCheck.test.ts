import assert from 'node:assert/strict';
import { bodySummary, canSend, checkBody } from './bodyCheck';

describe('checkBody', () => {
  it('splits errors, which stop sending, from warnings, which do not', () => {
    const check = checkBody('{"element": {"key": "box"}, "configuration": {"event.vendor.type": "pollin"}}', {});
    assert.deepEqual(check.errors.map((finding) => finding.ruleId), ['vendor-type']);
    assert.deepEqual(check.others.map((finding) => finding.ruleId), ['events-not-enabled']);
    assert.equal(canSend(check), false);
    const warned = checkBody('{"element": {"key": "box"}, "configuration": {"event.vendor.type": "polling"}}', {});
    assert.deepEqual([warned.errors.length, warned.others.length, canSend(warned)], [0, 1, true]);
  });

  it('uses the rule levels it is given', () => {
    const check = checkBody('{"element": {"key": "box"}, "configuration": {"event.vendor.type": "polling"}}', { rules: { 'events-not-enabled': 'error' } });
    assert.equal(canSend(check), false);
  });

  it('does not send JSON that is no instance body', () => {
    const check = checkBody('{"compilerOptions": {}}', {});
    assert.deepEqual([check.errors.length, check.notAnInstance, canSend(check)], [0, true, false]);
  });

  it('summarises the element key and the name for messages', () => {
    assert.deepEqual(bodySummary('{"element": {"key": "box"}, "name": "Files"}'), { elementKey: 'box', instanceName: 'Files' });
    assert.deepEqual(bodySummary('{"element": "box", "name": 3}'), {});
    assert.deepEqual(bodySummary('nonsense'), {});
  });
});
