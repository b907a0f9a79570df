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
  it('reads the webhook settings, with safe defaults', () => {
    const defaults = loadConfig({}).webhooks;
    expect(defaults).toMatchObject({ worker: true, allowedPrivateNetworks: [], timeoutMs: 10_000 });
    const set = loadConfig({
      WEBHOOK_ALLOWED_PRIVATE_NETWORKS: '127.0.0.0/8, 10.1.0.0/16',
      WEBHOOK_WORKER: 'false',
      PUBLIC_BASE_URL: 'https://ropa.example/',
    });
    expect(set.webhooks.allowedPrivateNetworks).toEqual(['127.0.0.0/8', '10.1.0.0/16']);
    expect(set.webhooks.worker).toBe(false);
    expect(set.publicBaseUrl).toBe('https://ropa.example');
    expect(() => loadConfig({ WEBHOOK_ALLOWED_PRIVATE_NETWORKS: 'everything' })).toThrow(/WEBHOOK_ALLOWED_PRIVATE_NETWORKS/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ropa.example' })).toThrow(/PUBLIC_BASE_URL/);
  });
  it('says in one line which CORS_ORIGINS entry is not an origin, and which HOST is not an address', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example/' })).toThrow(
      /^Invalid configuration: CORS_ORIGINS: "https:\/\/b.example\/" is not an origin/,
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'cms.example.com' })).toThrow(/"cms.example.com" is not an origin/);
    expect(() => loadConfig({ HOST: 'http://0.0.0.0' })).toThrow(/^Invalid configuration: HOST=.*must be an IP address or a host name/);
    expect(() => loadConfig({ HOST: '300.1.1.1' })).toThrow(/HOST is not a valid IPv4 or IPv6 address/);
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });
  it('never echoes a secret in an error', () => {
    const secret = 'too-short-secret';
    expect(() => loadConfig({ ROPA_BOOTSTRAP_KEY: secret })).toThrow(/ROPA_BOOTSTRAP_KEY=\(value not shown\)/);
    expect(() => loadConfig({ ROPA_BOOTSTRAP_KEY: secret })).not.toThrow(new RegExp(secret));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).not.toThrow(/hunter2/);
  });
});
