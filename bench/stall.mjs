// Does long work stop the process answering? On PostgreSQL, at BENCH_STALL_SIZES activities (default
// 10000,100000), each in a database of its own: after an import, the findings (first, building the snapshot), the
// findings right after a change, and the XLSX and PDF exports (the PDF up to BENCH_STALL_PDF_MAX, default 10000),
// each timed while `/health/live` is asked every 20 ms: `maxLiveMs` is its longest answer during that work.
//   npm run build && node bench/stall.mjs                 (DATABASE_URL = admin connection)
import { setTimeout as sleep } from 'node:timers/promises';
import { generate } from './generate.mjs';
import { adminQuery, auth, ok, startServer, stop, waitReady } from './server.mjs';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_STALL_SIZES ?? '10000,100000').split(',').map(Number);
const PDF_MAX = Number(process.env.BENCH_STALL_PDF_MAX ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3396);
const BASE = `http://127.0.0.1:${PORT}`;
const json = { ...auth, 'Content-Type': 'application/json' };

/** Runs `work` while /health/live is asked every 20 ms; its time and the longest liveness answer. */
async function probed(work) {
  let done = false;
  let longest = 0;
  const probe = (async () => {
    while (!done) {
      const at = performance.now();
      await fetch(`${BASE}/health/live`);
      longest = Math.max(longest, performance.now() - at);
      await sleep(20);
    }
  })();
  const at = performance.now();
  await work();
  const seconds = Math.round((performance.now() - at) / 10) / 100;
  done = true;
  await probe;
  return { seconds, maxLiveMs: Math.round(longest) };
}

const drain = async (res) => {
  for await (const chunk of res.body) void chunk;
};

async function measure(n) {
  const database = `ropa_stall_${process.pid}_${n}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  await adminQuery(ADMIN_URL, `CREATE DATABASE ${database}`);
  const server = startServer({ port: PORT, databaseUrl: url.toString() });
  try {
    await waitReady(BASE);
    await ok(await fetch(`${BASE}/api/v1/imports/ropa`, { method: 'POST', headers: json, body: JSON.stringify(generate(n)) }), 'import');
    const row = { activities: n };
    row.findingsFirst = await probed(async () =>
      drain(await ok(await fetch(`${BASE}/api/v1/compliance/findings`, { headers: auth }), 'findings')),
    );
    const [activity] = (await (await fetch(`${BASE}/api/v1/processing-activities?limit=1`, { headers: auth })).json()).items;
    await ok(
      await fetch(`${BASE}/api/v1/processing-activities/${activity.id}`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ purpose: 'Changed purpose, so that the next read rebuilds the snapshot.' }),
      }),
      'change',
    );
    row.findingsAfterChange = await probed(async () =>
      drain(await ok(await fetch(`${BASE}/api/v1/compliance/findings`, { headers: auth }), 'findings')),
    );
    row.xlsx = await probed(async () => drain(await ok(await fetch(`${BASE}/api/v1/exports/ropa?format=xlsx`, { headers: auth }), 'xlsx')));
    if (n <= PDF_MAX)
      row.pdf = await probed(async () => drain(await ok(await fetch(`${BASE}/api/v1/exports/ropa?format=pdf`, { headers: auth }), 'pdf')));
    return row;
  } finally {
    await stop(server);
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

const rows = [];
for (const n of SIZES) {
  process.stderr.write(`stall: ${n} activities…\n`);
  rows.push(await measure(n));
}
process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
