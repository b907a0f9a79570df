import type { PGlite as EmbeddedDatabase } from '@electric-sql/pglite';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import type { AppConfig } from '../config/config';
import { acquireDataDirLock, type LockOwner } from './data-dir-lock';
import { pgliteDriver } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * TypeORM options for PostgreSQL (DATABASE_URL) or embedded PGlite; the same migrations serve both.
 * `entities` come from the root (src/entities.ts): the database layer knows no feature's tables.
 * `waitMs` bounds the wait for a connection (PostgreSQL) or for the one embedded session (PGlite).
 */
export async function dataSourceOptions(
  database: AppConfig['database'],
  entities: NonNullable<DataSourceOptions['entities']>,
  owner: LockOwner = { kind: 'cli', port: null },
  waitMs?: number,
): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
  if (database.kind === 'postgres') {
    return { ...common, url: database.url, poolSize: 10, ...(waitMs ? { extra: { connectionTimeoutMillis: waitMs } } : {}) };
  }
  // Loaded only when used: a server on PostgreSQL never needs the embedded database in memory.
  const { PGlite } = await import('@electric-sql/pglite');
  // The dynamic import reads the package's ESM typings, the driver its CommonJS ones: the same class.
  // One process per data directory: the lock is taken before PGlite reads it, released after PGlite closed it.
  const lock = database.dataDir ? acquireDataDirLock(database.dataDir, owner) : null;
  try {
    const db = (await PGlite.create(database.dataDir ?? undefined)) as unknown as EmbeddedDatabase;
    return { ...common, driver: pgliteDriver(db, () => lock?.release(), waitMs), database: 'postgres' };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
