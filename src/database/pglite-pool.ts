import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';

type Release = (error?: unknown) => void;
type ConnectCallback = (error: unknown, client: PGliteClient | null, release: Release) => void;
type QueryCallback = (error: unknown, result: PgResult | null) => void;

interface PgResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: Results['fields'];
}

/**
 * A `pg`-compatible driver over one PGlite instance, handed to TypeORM as `driver`.
 *
 * PGlite is a single Postgres session. Handing it to several query runners at once (as the stock
 * typeorm-pglite pool does) interleaves their transactions: one runner's COMMIT commits another's
 * half-done work. This pool lends the session to one client at a time and queues the rest, so a
 * transaction is isolated exactly as on a server. Code inside a transaction must therefore use that
 * transaction's EntityManager; a second connection would wait for the first to be released.
 */
export function pgliteDriver(db: PGlite, onClosed: () => void = () => undefined): { Pool: new () => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(db, onClosed);
      }
    },
  };
}

class PGliteClient extends EventEmitter {
  /** Set for each lease, for callers that use the promise form of `connect` */
  release: Release = () => undefined;

  constructor(private readonly db: PGlite) {
    super();
  }

  query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback): Promise<PgResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = Array.isArray(params) ? params : [];
    const run = values.length > 0 ? this.db.query(sql, values) : this.db.exec(sql).then((all) => all.at(-1));
    return run.then(
      (result) => {
        const mapped: PgResult = {
          rows: result?.rows ?? [],
          rowCount: result?.affectedRows ?? result?.rows.length ?? 0,
          command: sql.trimStart().split(/\s/, 1)[0].toUpperCase(),
          fields: result?.fields ?? [],
        };
        cb?.(null, mapped);
        return mapped;
      },
      (error: unknown) => {
        cb?.(error, null);
        throw error;
      },
    );
  }
}

export class PGlitePool extends EventEmitter {
  private readonly client: PGliteClient;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: PGlite,
    private readonly onClosed: () => void,
  ) {
    super();
    this.client = new PGliteClient(db);
  }

  connect(callback?: ConnectCallback): Promise<PGliteClient> {
    let release!: Release;
    const released = new Promise<void>((resolve) => {
      let done = false;
      release = () => {
        if (!done) {
          done = true;
          resolve();
        }
      };
    });
    const acquired = this.tail.then(() => this.client);
    this.tail = acquired.then(() => released);
    return acquired.then((client) => {
      client.release = release;
      callback?.(null, client, release);
      return client;
    });
  }

  end(callback?: (error: unknown) => void): Promise<void> {
    return this.tail
      .then(() => this.db.close())
      .then(() => this.onClosed())
      .then(
        () => callback?.(null),
        (error: unknown) => callback?.(error),
      );
  }
}
