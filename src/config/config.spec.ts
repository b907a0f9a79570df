import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded PGlite in ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config.port).toBe(3000);
    expect(config.loadExample).toBe(true);
  });
  it('selects PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
  });
  it('keeps PGlite in memory for ":memory:"', () => {
    expect(loadConfig({ ROPA_DATA_DIR: ':memory:' }).database).toEqual({ kind: 'pglite', dataDir: null });
  });
  it('names the variable and what it expects when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty": PORT must be an integer number/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => loadConfig({ ROPA_BOOTSTRAP_KEY: 'short' })).toThrow(/ROPA_BOOTSTRAP_KEY/);
    expect(() => loadConfig({ ROPA_LOAD_EXAMPLE: 'yes' })).toThrow(/ROPA_LOAD_EXAMPLE/);
  });
  it('splits CORS origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
