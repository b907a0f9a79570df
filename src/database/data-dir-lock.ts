import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** Who holds an embedded data directory: written into `<dataDir>/ropa.lock`. */
export interface LockOwner {
  /** `server` for `npm start`, `cli` for `npm run cli` */
  kind: 'server' | 'cli';
  /** The HTTP port a server listens on; null for the CLI */
  port: number | null;
}

interface LockRecord extends LockOwner {
  pid: number;
  host: string;
  since: string;
}

export const LOCK_FILE = 'ropa.lock';

/**
 * A second process on the same PGlite directory would acknowledge writes the first never sees and
 * lose them on restart (each keeps its own copy of the database in memory). One process per directory.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
    advice = 'stop it first, or set DATABASE_URL to run several processes on one PostgreSQL',
  ) {
    const where = holder.host === hostname() ? '' : ` on host ${holder.host}`;
    const who =
      holder.kind === 'server'
        ? `a ropa server (pid ${holder.pid}${where}, port ${holder.port ?? 'unknown'})`
        : `the ropa CLI (pid ${holder.pid}${where})`;
    super(`The data directory ${dataDir} is in use by ${who}; one process per embedded database: ${advice}.`);
  }
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Another host's pid says nothing about this machine's processes, so its lock counts as held. */
function isHeld(holder: LockRecord): boolean {
  return holder.host !== hostname() || isAlive(holder.pid);
}

function readLock(file: string): LockRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockRecord>;
    return typeof record.pid === 'number' ? (record as LockRecord) : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

/**
 * Takes the lock of an embedded data directory or throws DataDirLockedError naming its holder.
 * A lock left by a process that no longer runs (killed, crashed, or from another machine's boot) is
 * stale and taken over. The lock file is created with O_EXCL, so two processes starting at the same
 * moment cannot both win.
 */
export function acquireDataDirLock(dataDir: string, owner: LockOwner): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(resolve(dataDir), LOCK_FILE);
  const record: LockRecord = { ...owner, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${JSON.stringify(record)}\n`);
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        const current = readLock(file);
        if (current?.since === record.since && current.pid === record.pid) {
          try {
            unlinkSync(file);
          } catch {
            // already gone: nothing to release
          }
        }
      };
      // A process that exits without closing the app (process.exit, an uncaught error) still frees it.
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(file);
      if (holder && isHeld(holder)) throw new DataDirLockedError(dataDir, holder);
      try {
        unlinkSync(file);
      } catch {
        // another starter removed the stale lock first; the next attempt decides
      }
    }
  }
  const holder = readLock(file);
  throw holder ? new DataDirLockedError(dataDir, holder) : new Error(`Cannot lock the data directory ${dataDir}`);
}

/** The holder of a directory's lock while it is alive, else null; the CLI asks before opening anything. */
export function dataDirHolder(dataDir: string): LockRecord | null {
  const holder = readLock(join(resolve(dataDir), LOCK_FILE));
  return holder && isHeld(holder) ? holder : null;
}
