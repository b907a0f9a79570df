import type { DataSource } from 'typeorm';

type QueryArg = string | { text: string };
interface Client {
  query(arg: QueryArg, ...rest: unknown[]): unknown;
}
type Connect = (callback?: (error: unknown, client: Client | null, release: unknown) => void) => Promise<Client> | undefined;
type Listener = (sql: string) => void;

const WRAPPED = Symbol('sql-counter');
const LISTENERS = new WeakMap<DataSource, Set<Listener>>();

/**
 * Wraps the driver pool's connections once per data source (TypeORM's and the prepared reads' both go
 * through it), so every statement is seen, transaction control included, whoever sends it. The cache
 * listener's own connection (LISTEN) is not the pool's and is not counted.
 */
function tap(dataSource: DataSource): Set<Listener> {
  const existing = LISTENERS.get(dataSource);
  if (existing) return existing;
  const listeners = new Set<Listener>();
  LISTENERS.set(dataSource, listeners);
  const pool = (dataSource.driver as unknown as { master: { connect: Connect } }).master;
  const connect = pool.connect.bind(pool) as Connect;
  const wrap = (client: Client | null): Client | null => {
    if (client && !(client as unknown as Record<symbol, boolean>)[WRAPPED]) {
      const query = client.query.bind(client);
      client.query = (arg: QueryArg, ...rest: unknown[]) => {
        const text = typeof arg === 'string' ? arg : arg.text;
        for (const listener of listeners) listener(text);
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
  return listeners;
}

export interface SqlCounter {
  /** Statements sent since the counter started or was last reset */
  readonly count: number;
  /** Their text, for a failing assertion's message */
  readonly statements: readonly string[];
  reset(): void;
  /** Stops counting */
  stop(): void;
  /** The statements sent while `work` ran (requests are awaited one at a time in a test) */
  during(work: () => Promise<unknown>): Promise<string[]>;
}

/** Counts the SQL statements an app sends, on PGlite and PostgreSQL alike. */
export function countStatements(dataSource: DataSource): SqlCounter {
  const statements: string[] = [];
  const listener: Listener = (sql) => statements.push(sql);
  const listeners = tap(dataSource);
  listeners.add(listener);
  return {
    get count() {
      return statements.length;
    },
    get statements() {
      return [...statements];
    },
    reset() {
      statements.length = 0;
    },
    stop() {
      listeners.delete(listener);
    },
    async during(work) {
      statements.length = 0;
      await work();
      return [...statements];
    },
  };
}

/** Statements beyond authentication (the API key lookup, which the key cache makes rare). */
export const beyondAuth = (statements: string[]): string[] => statements.filter((sql) => !/\bFROM "api_key"/.test(sql));
