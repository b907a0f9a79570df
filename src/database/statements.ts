import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

interface PoolClient {
  query(config: { name?: string; text: string; values: unknown[] } | string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  release(): void;
}

const names = new Map<string, string>();

/** A statement's name on the server: the same text always gets the same name, so each connection prepares it once. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ropa_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one read outside any transaction as a named prepared statement on PostgreSQL (parsed and planned
 * once per connection, not per request), or as a plain parameterised query on PGlite, whose single
 * session gains nothing from naming it. Rows come back as the driver gives them.
 */
export async function queryPrepared<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }).master;
  const embedded = dataSource.options.type === 'postgres' && 'driver' in dataSource.options && dataSource.options.driver !== undefined;
  const client = await pool.connect();
  try {
    const result = embedded ? await client.query(text, values) : await client.query({ name: statementName(text), text, values });
    return result.rows as T[];
  } finally {
    client.release();
  }
}
