import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ApiKeysService } from '../src/auth/api-keys.service';
import { loadConfig } from '../src/config/config';
import { describeStartupError } from '../src/config/startup-errors';
import { createApp } from '../src/setup';
import { bearer, startTestApp } from './support/app';

const KEY_A = 'ropa_startup_key_a_0123456789abcdefghij';
const KEY_B = 'ropa_startup_key_b_0123456789abcdefghij';

describe('start-up never eats or ignores a key (issue 22, item 7)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-keys-'));
  const start = (key: string) =>
    createApp(
      loadConfig({ ROPA_DATA_DIR: dir, ROPA_BOOTSTRAP_KEY: key, ROPA_LOAD_EXAMPLE: 'false', LOG_LEVEL: 'silent', WEBHOOK_WORKER: 'false' }),
      {
        logger: false,
      },
    );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses, in one line, a ROPA_BOOTSTRAP_KEY that a registry with keys would ignore, and accepts a restart with the same key', async () => {
    const first = await start(KEY_A);
    await first.app.close();

    const refused = await start(KEY_B).then(
      async (started) => {
        await started.app.close();
        return null;
      },
      (error: unknown) => error,
    );
    expect(describeStartupError(refused, null)).toMatch(
      /^ROPA_BOOTSTRAP_KEY is set, but this registry already has API keys .*`npm run cli -- keys create --role dpo`/,
    );

    const again = await start(KEY_A);
    expect(again.firstKey).toBeNull();
    await again.app.close();
  });

  it('knows when no DPO key works any more, so the start can say how to make one', async () => {
    const t = await startTestApp();
    try {
      const keys = t.app.get(ApiKeysService);
      expect(await keys.hasUsableDpoKey()).toBe(true);
      const listed = await t.http.get('/api/v1/api-keys').set(...bearer(t.keys.dpo));
      const dpoKeys = (listed.body as { id: string; role: string }[]).filter((k) => k.role === 'dpo');
      expect(dpoKeys.length).toBe(1);
      // The DPO revokes their own key: from then on nobody can manage the registry through the API.
      await t.http
        .delete(`/api/v1/api-keys/${dpoKeys[0].id}`)
        .set(...bearer(t.keys.dpo))
        .expect(200);
      expect(await keys.hasUsableDpoKey()).toBe(false);
    } finally {
      await t.close();
    }
  });
});
