import { DataDirLockedError } from '../database/data-dir-lock';
import { type AppConfig, ConfigError } from './config';

interface SystemError {
  code?: string;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
  message?: string;
}

/** PostgreSQL answers that retrying cannot change: no such database, authentication refused. */
export function isPermanentDatabaseError(error: unknown): boolean {
  const code = (error as SystemError | null)?.code;
  return error instanceof DataDirLockedError || code === '3D000' || code === '28P01' || code === '28000' || code === 'ENOTFOUND';
}

/** The database name of a postgres:// URL, without credentials. */
function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
  } catch {
    return '(unreadable DATABASE_URL)';
  }
}

/**
 * One line for the configuration and environment errors an operator can fix, without a stack trace
 * and without echoing a secret; null for anything else (a bug, which keeps its stack).
 */
export function describeStartupError(error: unknown, config: AppConfig | null): string | null {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) return error.message;
  const e = (error ?? {}) as SystemError;
  const url = config?.database.kind === 'postgres' ? config.database.url : null;
  switch (e.code) {
    case 'EADDRINUSE':
      return `Port ${e.port ?? config?.port} on ${e.address ?? config?.host} is already in use (another ropa or another program): stop it, or start with another port, e.g. PORT=${(config?.port ?? 3000) + 1} npm start.`;
    case 'EADDRNOTAVAIL':
      return `HOST=${config?.host ?? e.address}: this machine has no such interface address; use 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces).`;
    case 'EACCES':
      if (e.syscall === 'listen')
        return `Port ${config?.port} needs privileges this process does not have: use a port of 1024 or above, e.g. PORT=3000.`;
      return null;
    case 'ENOTFOUND':
      if (e.syscall === 'getaddrinfo' && url === null)
        return `HOST=${config?.host}: the host name does not resolve; use 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces).`;
      return url ? `DATABASE_URL: the database host ${e.hostname ?? ''} does not resolve; check the host name in DATABASE_URL.` : null;
    case 'ECONNREFUSED':
      return url
        ? `DATABASE_URL: no PostgreSQL server answers at ${e.address ?? ''}:${e.port ?? ''}; start it or correct the host and port.`
        : null;
    case '3D000': {
      const name = url ? databaseName(url) : 'named in DATABASE_URL';
      return `DATABASE_URL: the database "${name}" does not exist on that server; create it first, e.g. psql -h <host> -U <user> -d postgres -c 'CREATE DATABASE "${name}"' (or createdb ${name}).`;
    }
    case '28P01':
    case '28000':
      return 'DATABASE_URL: the PostgreSQL server refused the user or password given in DATABASE_URL.';
    default:
      return null;
  }
}
