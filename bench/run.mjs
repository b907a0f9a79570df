// Benchmarks against the real app on loopback (built with `nest build`), on PostgreSQL.
//   npm run bench                       (uses DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres
//                                        as admin connection; creates and drops its own database)
// Measures: importing 10,000 generated activities; CSV and XLSX exports of them (time to last byte and the
// server's peak RSS since it started, each on a freshly started server, BENCH_EXPORT_RUNS times, as
// `npm start` runs it and again with MALLOC_ARENA_MAX=2); HTTP throughput as ratios measured in the same
// run (section `http`): autocannon, BENCH_CONNECTIONS connections, BENCH_SECONDS per route, in BENCH_ROUNDS
// rounds that each take every route once, one after the other, so that a machine whose speed drifts moves
// every route of a round alike; a ratio is taken within each round and the median of the rounds reported,
// with the server's, PostgreSQL's and the client's CPU time per request read around each run. The routes:
// a bare Fastify server sending the same body as /health/live and one sending the same bytes, headers
// included (bench/bare-server.mjs), after one round not counted (warm-up), the app's
// /health/live, the public policy's 200 (with and without Accept-Encoding) and 304, GET one processing
// activity and a list of 50. Section `registry`: deep pages, findings and preview unchanged and after a
// change, at BENCH_ACTIVITIES activities.
//   BENCH_SECTIONS=http BENCH_ACTIVITIES=1000 BENCH_SECONDS=3 BENCH_ROUNDS=1 npm run bench   (a short run while developing)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { generate } from './generate.mjs';
import {
  adminQuery,
  auth,
  NODE_OPTIONS_OF_START,
  ENV_OF_START,
  startServer as startServerOn,
  statusMb,
  stop,
  waitReady as waitReadyAt,
} from './server.mjs';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 10_000);
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 5);
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? 'exports,http,registry').split(','));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const BARE_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;

const database = `ropa_bench_${process.pid}`;
const dbUrl = new URL(ADMIN_URL);
dbUrl.pathname = `/${database}`;

const admin = (sql) => adminQuery(ADMIN_URL, sql);

const startServer = (env = {}) => startServerOn({ port: PORT, databaseUrl: dbUrl.toString(), env });
const waitReady = () => waitReadyAt(BASE);
/** The most memory the process has held since it started (start-up included). */
const peakRssMb = (pid) => statusMb(pid, 'VmHWM');

async function timeExport(format, extraEnv = {}, asOf = false) {
  const server = startServer(extraEnv);
  await waitReady();
  await sleep(1000);
  const idle = statusMb(server.pid, 'VmRSS');
  const startupPeak = peakRssMb(server.pid);
  const started = performance.now();
  // asOf: the registry rebuilt from the audit trail as of a second ago (the same content, replayed).
  const query = asOf ? `&asOf=${new Date(Date.now() - 1000).toISOString()}` : '';
  const res = await fetch(`${BASE}/api/v1/exports/ropa?format=${format}${query}`, { headers: auth });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  const seconds = (performance.now() - started) / 1000;
  const peak = peakRssMb(server.pid);
  await stop(server);
  return { format, env: extraEnv, asOf, status: res.status, seconds, bytes, idleRss: idle, startupPeakRss: startupPeak, peakRss: peak };
}

/** CPU time (user + system) a process has used so far, in µs; from /proc, so Linux only. */
function cpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100;

/** CPU time used so far by every PostgreSQL process on the machine (the server is local), in µs. */
function postgresMicros() {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuMicros(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * One load run: a second of warm-up (JIT, connections), not counted, then SECONDS measured, with the CPU
 * time per request of the server answering (`pid`), of PostgreSQL and of this process (the client).
 */
async function cannon(path, headers = {}, base = BASE, pid = null) {
  await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: 1, headers });
  const before = { server: pid === null ? 0 : cpuMicros(pid), postgres: postgresMicros(), client: process.cpuUsage() };
  const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, headers });
  const client = process.cpuUsage(before.client);
  // A rate limit or an error answered fast would pass for speed: a run with any 4xx or 5xx is void.
  if (result['4xx'] > 0 || result['5xx'] > 0) throw new Error(`${path}: ${result['4xx']} 4xx and ${result['5xx']} 5xx answers`);
  const requests = result.requests.total;
  const perRequest = (micros) => Math.round((micros / requests) * 10) / 10;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerAnswer: Math.round(result.throughput.total / requests),
    cpuMicrosPerRequest: {
      server: pid === null ? null : perRequest(cpuMicros(pid) - before.server),
      postgres: perRequest(postgresMicros() - before.postgres),
      client: perRequest(client.user + client.system),
    },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** p50 of `n` sequential requests (after one warm-up), each timed to its last byte; `before` runs untimed before each. */
async function sequentialP50(path, n, before = null) {
  const times = [];
  await (await fetch(`${BASE}${path}`, { headers: auth })).arrayBuffer();
  for (let i = 0; i < n; i += 1) {
    if (before) await before(i);
    const started = performance.now();
    const res = await fetch(`${BASE}${path}`, { headers: auth });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} → ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { path, runs: n, p50: times[Math.floor(n / 2)], max: times[n - 1] };
}

/**
 * Registry reads at BENCH_ACTIVITIES activities (issue 12, part B), one request at a time: findings and
 * preview with the registry unchanged and right after a change, and a deep page by offset and by cursor.
 */
async function registryReads(policyId, id) {
  const deepOffset = await sequentialP50('/api/v1/processing-activities?limit=50&offset=9000', 30);
  const cursorAt = await (await fetch(`${BASE}/api/v1/processing-activities?limit=50&offset=8950`, { headers: auth })).json();
  const deepCursor = await sequentialP50(`/api/v1/processing-activities?limit=50&cursor=${cursorAt.nextCursor}`, 30);
  const findingsPath = `/api/v1/compliance/findings?policyId=${policyId}`;
  const previewPath = `/api/v1/policies/${policyId}/preview?format=html`;
  const findingsUnchanged = await sequentialP50(findingsPath, 30);
  const previewUnchanged = await sequentialP50(previewPath, 30);
  // A change before each request: the snapshot is rebuilt from the database, then the answer computed.
  const change = (i) =>
    fetch(`${BASE}/api/v1/processing-activities/${id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ description: `Changed for the benchmark, ${i}` }),
    }).then((res) => res.arrayBuffer());
  const findingsChanged = await sequentialP50(findingsPath, 10, change);
  const previewChanged = await sequentialP50(previewPath, 10, change);
  // Deep pages read afresh: a change before each request leaves nothing of the page in memory.
  const deepOffsetChanged = await sequentialP50('/api/v1/processing-activities?limit=50&offset=9000', 10, change);
  const deepCursorChanged = await sequentialP50(`/api/v1/processing-activities?limit=50&cursor=${cursorAt.nextCursor}`, 10, change);
  return {
    deepOffset,
    deepCursor,
    deepOffsetChanged,
    deepCursorChanged,
    findingsUnchanged,
    previewUnchanged,
    findingsChanged,
    previewChanged,
  };
}

/**
 * Imports BENCH_ACTIVITIES generated activities on a server of its own, and checks the audit chain. The
 * document lives only here: kept for the rest of the run it made the client's heap, and so its
 * collections, larger in every load run after.
 */
async function importGenerated() {
  const server = startServer();
  await waitReady();
  const body = JSON.stringify(generate(ACTIVITIES));
  const started = performance.now();
  let importing = true;
  const importDone = fetch(`${BASE}/api/v1/imports/ropa`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body,
  }).finally(() => (importing = false));
  // While it imports: /health/live every 10 ms on the importing process, and one registry write once the
  // import holds the registry lock (it waits, and must answer within LOCK_TIMEOUT_MS, 5 s, 503 or not).
  const probes = (async () => {
    const latencies = [];
    while (importing) {
      const at = performance.now();
      await fetch(`${BASE}/health/live`);
      latencies.push(performance.now() - at);
      await sleep(10);
    }
    return latencies;
  })();
  const write = (async () => {
    // Sent once the import holds the registry's write lock (an advisory lock on the bench's database).
    const watcher = new pg.Client({ connectionString: ADMIN_URL });
    await watcher.connect();
    try {
      const held = `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                     WHERE l.locktype = 'advisory' AND l.granted AND d.datname = $1`;
      while (importing && (await watcher.query(held, [database])).rows[0].n === 0) await sleep(20);
    } finally {
      await watcher.end();
    }
    if (!importing) return { skipped: 'the import ended before its lock was seen' };
    const at = performance.now();
    const res = await fetch(`${BASE}/api/v1/services`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Written during the import', slug: 'during-import' }),
    });
    return { status: res.status, ms: Math.round(performance.now() - at), importStillRunning: importing };
  })();
  const imported = await importDone;
  const result = { status: imported.status, seconds: (performance.now() - started) / 1000, megabytes: body.length / 1e6 };
  if (!imported.ok) throw new Error(`import answered ${imported.status}: ${(await imported.text()).slice(0, 2000)}`);
  const latencies = (await probes).sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  result.liveDuringImport = { probes: latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) };
  result.writeDuringImport = await write;
  result.auditTrail = await (await fetch(`${BASE}/api/v1/audit-events/verify`, { headers: auth })).json();
  await stop(server);
  return result;
}

async function main() {
  await admin(`CREATE DATABASE ${database}`);
  const results = {};
  try {
    results.import = await importGenerated();
    results.nodeOptions = NODE_OPTIONS_OF_START;
    if (SECTIONS.has('exports')) await exports(results);
    if (SECTIONS.has('http')) await http(results);
  } finally {
    if (process.env.BENCH_KEEP_DB) process.stderr.write(`kept database ${database}\n`);
    else await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

async function exports(results) {
  // As `npm start` runs it, then with glibc's malloc limited to two arenas (the README's advice for Linux).
  const arenas = { MALLOC_ARENA_MAX: '2' };
  // Each export RUNS times on a freshly started server: peak memory varies by a few MB from run to run.
  results.exports = [];
  // BENCH_EXPORTS=xlsx measures only the XLSX exports.
  const formats = new Set((process.env.BENCH_EXPORTS ?? 'csv,xlsx').split(','));
  for (const [format, env, asOf] of [
    ['csv', {}, false],
    ['xlsx', {}, false],
    ['csv', arenas, false],
    ['xlsx', arenas, false],
    ['csv', {}, true],
    ['xlsx', {}, true],
  ].filter(([format]) => formats.has(format))) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await timeExport(format, env, asOf));
    const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const max = (key) => Math.max(...runs.map((r) => r[key]));
    results.exports.push({
      format,
      env,
      asOf,
      statuses: runs.map((r) => r.status),
      bytes: runs[0].bytes,
      seconds: { median: median('seconds'), max: max('seconds') },
      idleRss: { median: median('idleRss'), max: max('idleRss') },
      peakRss: { median: median('peakRss'), max: max('peakRss') },
    });
  }

  // The other formats, once each: not under the targets, measured so that they stay bounded.
  results.otherExports = [];
  for (const format of ['pdf', 'json', 'jsonld'].filter((f) => !process.env.BENCH_EXPORTS || formats.has(f)))
    results.otherExports.push(await timeExport(format));
}

async function http(results) {
  const server = startServer();
  await waitReady();
  const services = await (await fetch(`${BASE}/api/v1/services?q=Service%200`, { headers: auth })).json();
  const policy = await (
    await fetch(`${BASE}/api/v1/policies`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Bench policy', serviceId: services.items[0].id, language: 'en' }),
    })
  ).json();
  const started = performance.now();
  const published = await fetch(`${BASE}/api/v1/policies/${policy.id}/versions`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    // With effect from now: publishing refuses a time in the past.
    body: JSON.stringify({ changeSummary: 'Bench', material: false }),
  });
  results.publish = { status: published.status, seconds: (performance.now() - started) / 1000, activitiesInScope: 20 };
  if (!published.ok) throw new Error(`publishing answered ${published.status}: ${(await published.text()).slice(0, 3000)}`);
  const page = await (
    await fetch(`${BASE}/api/v1/processing-activities?limit=50&offset=${Math.floor(ACTIVITIES / 2)}`, { headers: auth })
  ).json();
  const id = page.items[0].id;
  if (SECTIONS.has('registry')) results.registry = await registryReads(policy.id, id);
  const policyPath = '/api/v1/public/policies/service-0?format=html';
  const first = await fetch(`${BASE}${policyPath}`);
  const policyBytes = (await first.text()).length;
  // Two baselines: Fastify sending the same body, and Fastify sending the same bytes (the app's headers too).
  const liveAnswer = await fetch(`${BASE}/health/live`);
  await liveAnswer.arrayBuffer();
  const sameHeaders = Object.fromEntries(
    [...liveAnswer.headers].filter(
      ([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'x-request-id'].includes(name),
    ),
  );
  const bare = (port, env) =>
    spawn(process.execPath, [...NODE_OPTIONS_OF_START, 'bench/bare-server.mjs'], {
      env: { ...process.env, ...ENV_OF_START, ...env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const bareServer = bare(BARE_PORT, {});
  const bareSameBytesServer = bare(BARE_PORT + 1, { BARE_HEADERS: JSON.stringify(sameHeaders) });
  await sleep(1500);
  const browser = { 'Accept-Encoding': 'gzip, deflate, br' };
  const routes = {
    bare: () => cannon('/health/live', {}, `http://127.0.0.1:${BARE_PORT}`, bareServer.pid),
    bareSameBytes: () => cannon('/health/live', {}, `http://127.0.0.1:${BARE_PORT + 1}`, bareSameBytesServer.pid),
    live: () => cannon('/health/live', {}, BASE, server.pid),
    public200: () => cannon(policyPath, browser, BASE, server.pid),
    public200Identity: () => cannon(policyPath, {}, BASE, server.pid),
    public304: () => cannon(policyPath, { ...browser, 'If-None-Match': first.headers.get('etag') }, BASE, server.pid),
    getOne: () => cannon(`/api/v1/processing-activities/${id}`, auth, BASE, server.pid),
    list50: () => cannon('/api/v1/processing-activities?limit=50', auth, BASE, server.pid),
    list50Compressed: () => cannon('/api/v1/processing-activities?limit=50', { ...auth, ...browser }, BASE, server.pid),
  };
  // A round not counted first: the app's first seconds under load (JIT, the heap growing) are slower.
  for (const run of Object.values(routes)) await run();
  // Every route once per round, one after the other: ratios are taken within a round.
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const measured = {};
    for (const [name, run] of Object.entries(routes)) measured[name] = await run();
    rounds.push(measured);
  }
  await stop(bareServer);
  await stop(bareSameBytesServer);
  const ratioOf = (name, base) => median(rounds.map((r) => r[name].rps / r[base].rps));
  const ratios = { liveVsBare: ratioOf('live', 'bare'), liveVsBareSameBytes: ratioOf('live', 'bareSameBytes') };
  for (const name of Object.keys(routes))
    if (!['bare', 'bareSameBytes', 'live'].includes(name)) ratios[`${name}VsLive`] = ratioOf(name, 'live');
  results.http = {
    connections: CONNECTIONS,
    seconds: SECONDS,
    rounds: ROUNDS,
    policyBodyChars: policyBytes,
    ratios,
    medians: Object.fromEntries(
      Object.keys(routes).map((name) => [
        name,
        {
          rps: median(rounds.map((r) => r[name].rps)),
          p50: median(rounds.map((r) => r[name].p50)),
          p99: median(rounds.map((r) => r[name].p99)),
          bytesPerAnswer: rounds[0][name].bytesPerAnswer,
          cpuMicrosPerRequest: Object.fromEntries(
            ['server', 'postgres', 'client'].map((part) => [part, median(rounds.map((r) => r[name].cpuMicrosPerRequest[part] ?? 0))]),
          ),
        },
      ]),
    ),
    rounds,
  };
  await stop(server);
}

if (process.env.BENCH_WRITE_DOCUMENT) {
  // The generated registry alone, for profiling an import by hand: BENCH_WRITE_DOCUMENT=/tmp/doc.json node bench/run.mjs
  writeFileSync(process.env.BENCH_WRITE_DOCUMENT, JSON.stringify(generate(ACTIVITIES)));
} else {
  await main();
}
