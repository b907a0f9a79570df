import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config';
import { describeStartupError } from './startup-errors';

describe('describeStartupError', () => {
  const pg = loadConfig({ DATABASE_URL: 'postgres://app:secret@db.internal:5432/ropa_prod' });

  it('says how to create a database that does not exist, without the password', () => {
    const line = describeStartupError(Object.assign(new Error('database "ropa_prod" does not exist'), { code: '3D000' }), pg);
    expect(line).toContain('"ropa_prod" does not exist');
    expect(line).toContain('CREATE DATABASE "ropa_prod"');
    expect(line).not.toContain('secret');
    expect(line).not.toContain('\n');
  });
  it('names the port in use and what to do', () => {
    const config = loadConfig({ PORT: '3110' });
    const line = describeStartupError(
      Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 3110, address: '127.0.0.1' }),
      config,
    );
    expect(line).toMatch(/^Port 3110 on 127\.0\.0\.1 is already in use.*PORT=3111/);
  });
  it('leaves an unknown error (a bug) to keep its stack', () => {
    expect(describeStartupError(new TypeError('x is undefined'), pg)).toBeNull();
  });
});
