// The app as the benchmarks run it: built (`dist/`), with the Node options of `npm start`, on PostgreSQL.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export const KEY = 'ropa_bench_bootstrap_key_000000000000000000';
export const auth = { Authorization: `Bearer ${KEY}` };

/** The server runs exactly as `npm start` runs it: the same environment settings and Node options, read from package.json. */
const START = /((?:[A-Z_]+=\S+\s+)*)node ((?:--\S+\s+)*)dist\/src\/main\.js/.exec(
  JSON.parse(readFileSync('package.json', 'utf8')).scripts.start,
);
// BENCH_NODE_OPTIONS="--max-semi-space-size=8" measures other options than those of `npm start`.
export const NODE_OPTIONS_OF_START = (process.env.BENCH_NODE_OPTIONS ?? START[2]).trim().split(/\s+/).filter(Boolean);
/** `MALLOC_ARENA_MAX=2`…, as `npm start` sets them (BENCH_START_ENV="" measures without them). */
export const ENV_OF_START = Object.fromEntries(
  (process.env.BENCH_START_ENV ?? START[1])
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((setting) => setting.split('=')),
);

// A run that fails half-way leaves no server holding the port for the next run.
const servers = new Set();
process.on('exit', () => {
  for (const child of servers) child.kill('SIGKILL');
});

/** Starts the app on `port` and `databaseUrl`, with limits that do not get in a benchmark's way. */
export function startServer({ port, databaseUrl, env = {} }) {
  const child = spawn(process.execPath, [...NODE_OPTIONS_OF_START, 'dist/src/main.js'], {
    env: {
      ...process.env,
      ...ENV_OF_START,
      ...env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      ROPA_BOOTSTRAP_KEY: KEY,
      ROPA_LOAD_EXAMPLE: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000000',
      PUBLIC_RATE_LIMIT_MAX: '100000000',
      IMPORT_BODY_LIMIT_BYTES: String(400 * 1024 * 1024),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.add(child);
  child.on('exit', () => servers.delete(child));
  return child;
}

/** Waits until `/health/ready` answers 200 (a minute at most). */
export async function waitReady(base) {
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('server did not become ready');
}

export async function stop(child) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** A memory figure of /proc/<pid>/status in MB: VmRSS now, VmHWM the most since the process started. */
export function statusMb(pid, field) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)[1]) / 1024;
}

/** One statement on the admin connection (CREATE DATABASE, DROP DATABASE), on a connection of its own. */
export async function adminQuery(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The response when it is a 2xx, else an error naming the step, the status and the start of the body. */
export async function ok(res, what) {
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${(await res.text()).slice(0, 2000)}`);
  return res;
}
