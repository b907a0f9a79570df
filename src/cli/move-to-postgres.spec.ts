import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { runCli, UsageError } from './run-cli';
import { withoutPassword } from './move-to-postgres';

const sink = new Writable({ write: (_chunk, _encoding, done) => done() });

describe('move-to-postgres', () => {
  it('masks the password of the target it prints, and keeps the rest of the URL', () => {
    expect(withoutPassword('postgres://ropa:s3cret@db.internal:5432/ropa')).toBe('postgres://ropa:***@db.internal:5432/ropa');
    expect(withoutPassword('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('needs a postgres:// target, before any database is opened', async () => {
    await expect(runCli(['move-to-postgres'], { ROPA_DATA_DIR: '/nonexistent/ropa' }, sink)).rejects.toThrow(UsageError);
    await expect(runCli(['move-to-postgres', 'mysql://x@y/z'], { ROPA_DATA_DIR: '/nonexistent/ropa' }, sink)).rejects.toThrow(
      /postgres:\/\/ URL of an empty database/,
    );
  });

  it('moves only from the embedded database: a source on PostgreSQL already is one', async () => {
    await expect(
      runCli(['move-to-postgres', 'postgres://x@127.0.0.1:1/target'], { DATABASE_URL: 'postgres://x@127.0.0.1:1/source' }, sink),
    ).rejects.toThrow(/unset DATABASE_URL/);
  });
});
