import type { DataSource } from 'typeorm';

type QueryArg = string | { text: string };
interface Client {
  query(arg: QueryArg, ...rest: unknown[]): unknown;
}
type Connect = (callback?: (error: unknown, client: Client | null, release: unknown) => void) => Promise<Client> | undefined;

const WRAPPED = Symbol('sql-counter');

/**
 * Counts the SQL statements the app sends, on PGlite and PostgreSQL alike: it wraps the driver pool's
 * connections (TypeORM's and the prepared reads' both go through it), so every statement is seen,
 * transaction control included, whoever sends it.
 */
export class SqlCounter {
  private log: string[] = [];

  constructor(dataSource: DataSource) {
    const pool = (dataSource.driver as unknown as { master: { connect: Connect } }).master;
    const connect = pool.connect.bind(pool) as Connect;
    const wrap = (client: Client | null): Client | null => {
      if (client && !(client as unknown as Record<symbol, boolean>)[WRAPPED]) {
        const query = client.query.bind(client);
        client.query = (arg: QueryArg, ...rest: unknown[]) => {
          this.log.push(typeof arg === 'string' ? arg : arg.text);
          return query(arg, ...rest);
        };
        (client as unknown as Record<symbol, boolean>)[WRAPPED] = true;
      }
      return client;
    };
    pool.connect = (callback) => {
      if (callback) return connect((error, client, release) => callback(error, wrap(client), release));
      return connect()?.then((client) => wrap(client) as Client);
    };
  }

  /** The statements sent while `work` ran (requests are awaited one at a time in a test). */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    this.log = [];
    await work();
    return [...this.log];
  }
}

/** Statements beyond authentication (the API key lookup, until keys are served from memory). */
export const beyondAuth = (statements: string[]): string[] => statements.filter((sql) => !/\bFROM "api_key"/.test(sql));
