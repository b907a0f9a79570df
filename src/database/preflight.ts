import pg from 'pg';
import type { AppConfig } from '../config/config';
import { isPermanentDatabaseError } from '../config/startup-errors';
import { DataDirLockedError, dataDirHolder } from './data-dir-lock';

/**
 * Checks, before Nest starts, what would otherwise fail deep inside it with a stack trace and retries:
 * an embedded data directory held by another process, a PostgreSQL database that does not exist or
 * refuses the credentials. Throws the error that describeStartupError turns into one line.
 * (The lock itself is taken when the database opens; this is the early, readable refusal.)
 */
export async function preflight(config: AppConfig, advice?: string): Promise<void> {
  const database = config.database;
  if (database.kind === 'pglite') {
    const holder = database.dataDir ? dataDirHolder(database.dataDir) : null;
    if (holder && database.dataDir) throw new DataDirLockedError(database.dataDir, holder, advice);
    return;
  }
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    // A server still starting (refused, timed out) is left to the data source's retries.
    if (isPermanentDatabaseError(error)) throw error;
    return;
  } finally {
    await client.end().catch(() => undefined);
  }
}
