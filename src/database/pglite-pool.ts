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
export function pgliteDriver(db: PGlite, onClosed: () => void = () => undefined, waitMs?: number): { Pool: new () => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(db, onClosed, waitMs);
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
    /** How long a caller waits for the session (behind a long import, say) before failing with 55P03 */
    private readonly waitMs?: number,
  ) {
    super();
    this.client = new PGliteClient(db);
  }

  /** The embedded database itself, for LISTEN (its notifications bypass the lent session). */
  get database(): PGlite {
    return this.db;
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
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<null>((resolve) => {
      if (this.waitMs !== undefined) timer = setTimeout(() => resolve(null), this.waitMs);
    });
    const leased = Promise.race([acquired, timedOut]).then((client) => {
      clearTimeout(timer);
      if (client === null) {
        // Give the slot back at once, so the queue behind it moves on when the session is free.
        release();
        const error = Object.assign(new Error(`The database session stayed busy for ${this.waitMs} ms`), { code: '55P03' });
        callback?.(error, null, release);
        throw error;
      }
      client.release = release;
      callback?.(null, client, release);
      return client;
    });
    // A caller that took the callback form was told of the error there; the promise must not go unhandled.
    if (callback) leased.catch(() => undefined);
    return leased;
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
