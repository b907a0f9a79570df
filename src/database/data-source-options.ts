import { PGlite } from '@electric-sql/pglite';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import type { AppConfig } from '../config/config';
import { ENTITIES } from './entities';
import { pgliteDriver } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** TypeORM options for PostgreSQL (DATABASE_URL) or embedded PGlite; the same migrations serve both. */
export async function dataSourceOptions(database: AppConfig['database']): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
  if (database.kind === 'postgres') {
    return { ...common, url: database.url, poolSize: 10 };
  }
  const db = await PGlite.create(database.dataDir ?? undefined);
  return { ...common, driver: pgliteDriver(db), database: 'postgres' };
}
