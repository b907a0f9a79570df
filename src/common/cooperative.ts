import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A long job that shares its process: call the returned function between steps, and once `budgetMs` of
 * work has passed since the last pause it waits one turn of the event loop, so that probes, reads and
 * the lock timeouts of other requests run in between. A step shorter than the budget costs one clock read.
 */
export function cooperative(budgetMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTurn();
    since = performance.now();
  };
}
