import assert from 'node:assert/strict';
import { RestartBudget } from './restartBudget';

describe('client: restarting a crashed server', () => {
  let now = 0;
  const budget = (): RestartBudget => new RestartBudget(4, 180_000, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('restarts four times within three minutes, then gives up with a message that says so', () => {
    const crashes = budget();
    const decisions = [1, 2, 3, 4, 5].map(() => {
      now += 1000;
      return crashes.crashed();
    });
    assert.deepEqual(decisions.map((decision) => decision.restart), [true, true, true, true, false]);
    assert.equal(decisions[0].message, 'The Cloud Elements language server stopped unexpectedly; restarting it (restart 1 of 4 allowed in 3 minutes).');
    assert.equal(decisions[4].message, 'The Cloud Elements language server stopped 5 times in 3 minutes and was not restarted. The output may say why.');
  });

  it('forgets crashes older than the window', () => {
    const crashes = budget();
    for (let i = 0; i < 4; i++) assert.equal(crashes.crashed().restart, true);
    now += 180_000;
    assert.equal(crashes.crashed().restart, true);
    assert.match(crashes.crashed().message, /restart 2 of 4/);
  });

  it('starts afresh after a restart by hand', () => {
    const crashes = budget();
    for (let i = 0; i < 5; i++) crashes.crashed();
    crashes.reset();
    assert.equal(crashes.crashed().restart, true);
  });
});
