/**
 * Which errors mean "the database cannot serve now" (answered 503 with Retry-After), as opposed to "a
 * bug" (500). PostgreSQL's SQLSTATE classes (Appendix A of its manual) say it by class or by code; the
 * driver's socket errors and messages say it when no server answered at all.
 */

/** Busy: the registry is held by another write, or the server asks for the transaction to be retried. */
const BUSY_CODES = new Set([
  '55P03', // lock_not_available: a write waited LOCK_TIMEOUT_MS behind another (an import)
  '57014', // query_canceled: a statement timeout, or an operator cancelled it
  '40001', // serialization_failure: PostgreSQL asks for a retry
  '40P01', // deadlock_detected: PostgreSQL asks for a retry
]);

/** Down: the server refuses or ended the session, lacks resources, or cannot write now. */
const DOWN_CODES = new Set([
  '57P01', // admin_shutdown (also pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '57P04', // database_dropped
  '57P05', // idle_session_timeout
  '58000', // system_error
  '58030', // io_error
  '25006', // read_only_sql_transaction: a standby, or read-only for maintenance or failover
]);
/** Classes down as a whole: 08 connection exception, 53 insufficient resources (53300 too many connections, disk full…). */
const DOWN_CLASSES = /^(08|53)/;

/** Socket and DNS errors of the driver: no server answered. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
const DOWN_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error|not queryable|PGlite is closed|Pool is closed|Cannot use a pool after calling end|Driver not Connected|is not established|not currently accepting connections/i;

interface ErrorLike {
  code?: unknown;
  severity?: unknown;
  message?: unknown;
  driverError?: ErrorLike;
  errors?: unknown;
}

export type Unavailability = 'busy' | 'down';

/**
 * 'busy', 'down', or null when the error is not the database's unavailability. A FATAL or PANIC
 * severity ends the session whatever its SQLSTATE: 55000 "database is not currently accepting
 * connections" (`ALLOW_CONNECTIONS false`), 3D000 (the database is gone), 28P01 (its password changed)…
 * A 55000 without it (`currval` before `nextval`, say) is a bug, and stays a 500.
 */
export function databaseUnavailable(error: unknown): Unavailability | null {
  if (error === null || typeof error !== 'object') return null;
  const e = error as ErrorLike;
  // A host name with several addresses fails with one error per address (Node's AggregateError).
  if (Array.isArray(e.errors) && e.errors.length > 0) {
    const each = e.errors.map(databaseUnavailable);
    if (each.every((kind) => kind !== null)) return each.includes('down') ? 'down' : 'busy';
  }
  const code = String(e.code ?? e.driverError?.code ?? '');
  const severity = String(e.severity ?? e.driverError?.severity ?? '');
  if (BUSY_CODES.has(code)) return 'busy';
  if (DOWN_CODES.has(code) || DOWN_CLASSES.test(code) || SOCKET_CODES.has(code)) return 'down';
  if (severity === 'FATAL' || severity === 'PANIC') return 'down';
  const message = e.message ?? e.driverError?.message;
  return typeof message === 'string' && DOWN_MESSAGES.test(message) ? 'down' : null;
}
