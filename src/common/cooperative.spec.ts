import { describe, expect, it } from '@jest/globals';
import { cooperative } from './cooperative';

describe('cooperative', () => {
  it('lets a timer due meanwhile run once the budget of synchronous work is spent', async () => {
    const pause = cooperative(5);
    let fired = false;
    setImmediate(() => (fired = true));
    const busyUntil = performance.now() + 8;
    while (performance.now() < busyUntil); // a step that spends the budget
    await pause();
    expect(fired).toBe(true);
  });

  it('does not pause while the budget is not spent', async () => {
    const pause = cooperative(60_000);
    let fired = false;
    setImmediate(() => (fired = true));
    await pause();
    expect(fired).toBe(false);
  });
});
