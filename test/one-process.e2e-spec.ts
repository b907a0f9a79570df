import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { runCli } from '../src/cli/run-cli';
import { loadConfig } from '../src/config/config';
import { describeStartupError } from '../src/config/startup-errors';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE } from '../src/database/data-dir-lock';
import { createApp } from '../src/setup';
import { bearer, startTestApp } from './support/app';
import { collectOutput } from './support/output';

const onPostgres = Boolean(process.env.DATABASE_URL);
const KEY = 'ropa_one_process_bootstrap_key_0123456789';
// Each test opens PGlite on disk several times (a fresh data directory, migrations): slow on a busy machine.
const SLOW = 300_000;

const capture = collectOutput;

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const env = (dir: string, port: number): Record<string, string> => ({
  ROPA_DATA_DIR: dir,
  PORT: String(port),
  ROPA_BOOTSTRAP_KEY: KEY,
  ROPA_LOAD_EXAMPLE: 'false',
  LOG_LEVEL: 'silent',
  WEBHOOK_WORKER: 'false',
});

(onPostgres ? describe.skip : describe)('one process per embedded (PGlite) data directory', () => {
  it(
    'refuses a second app on a data directory that a running app holds, in one line naming its pid and port',
    async () => {
      const dir = dataDir();
      const first = await createApp(loadConfig(env(dir, 3110)), { logger: false });
      try {
        const second = createApp(loadConfig(env(dir, 3111)), { logger: false });
        await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
        const error = await second.catch((e: unknown) => e);
        const line = describeStartupError(error, null);
        expect(line).toContain(`pid ${process.pid}, port 3110`);
        expect(line).not.toContain('\n');
      } finally {
        await first.app.close();
      }
      // Closing the app frees the directory: the next start is accepted and sees the first one's data.
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      const again = await createApp(loadConfig(env(dir, 3111)), { logger: false });
      await again.app.close();
    },
    SLOW,
  );

  it('refuses while another live process holds the lock and takes over the lock of one that is gone', async () => {
    const dir = dataDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const lock = { kind: 'server', port: 4321, pid: holder.pid, host: hostname(), since: new Date().toISOString() };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(lock));
    try {
      expect(() => acquireDataDirLock(dir, { kind: 'server', port: 3110 })).toThrow(`pid ${holder.pid}, port 4321`);
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill();
      await exited;
    }
    // The same file, now naming a process that no longer runs: stale, taken over.
    const taken = acquireDataDirLock(dir, { kind: 'server', port: 3110 });
    taken.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it(
    'keeps the CLI from creating a key beside a running server, and a key it prints survives a restart',
    async () => {
      const dir = dataDir();
      const server = await createApp(loadConfig(env(dir, 3110)), { logger: false });
      const refused = capture();
      try {
        const attempt = runCli(['keys', 'create', '--role', 'auditor'], env(dir, 3110), refused.out);
        await expect(attempt).rejects.toThrow(`pid ${process.pid}, port 3110`);
        await expect(attempt).rejects.toThrow('POST http://127.0.0.1:3110/api/v1/api-keys');
        expect(refused.text()).not.toContain('ropa_');
      } finally {
        await server.app.close();
      }
      const created = capture();
      await runCli(['keys', 'create', '--role', 'auditor'], env(dir, 3110), created.out);
      const key = /\s(ropa_\S+)\s*$/.exec(created.text())?.[1];
      expect(key).toBeDefined();
      const restarted = await createApp(loadConfig(env(dir, 3110)), { logger: false });
      try {
        await restarted.app.getHttpAdapter().getInstance().ready();
        const res = await request(restarted.app.getHttpServer())
          .get('/api/v1/audit-events?limit=1')
          .set(...bearer(key ?? ''));
        expect(res.status).toBe(200);
      } finally {
        await restarted.app.close();
      }
    },
    SLOW,
  );
});

(onPostgres ? describe : describe.skip)('the CLI beside running servers on PostgreSQL', () => {
  it('creates a key that a running server accepts at once', async () => {
    const t = await startTestApp();
    try {
      // The server has authenticated before (an auth cache, if any, is warm) when the CLI writes the key.
      expect((await t.http.get('/api/v1/services').set(...bearer(t.keys.reader))).status).toBe(200);
      const created = capture();
      const url = t.config.database.kind === 'postgres' ? t.config.database.url : '';
      await runCli(['keys', 'create', '--role', 'reader'], { DATABASE_URL: url }, created.out);
      const key = /\s(ropa_\S+)\s*$/.exec(created.text())?.[1] ?? '';
      expect((await t.http.get('/api/v1/services').set(...bearer(key))).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
