// How ropa grows (issue 26 item 7): on PostgreSQL, at BENCH_SCALE_SIZES activities (default 1000,10000,100000),
// each size in a database of its own:
//   - the import (time);
//   - findings and the preview of a 20-activity policy right after a change (time of the first answer, which
//     rebuilds the snapshot);
//   - the XLSX and the PDF export, each on a freshly started server (time to the last byte, the server's peak RSS);
//   - the server's RSS at rest, started on the imported registry, 2 s after it is ready.
// The PDF is measured up to BENCH_SCALE_PDF_MAX activities (default 10000). Each step is compared with the
// size before it: `growth` is the time ratio divided by the size ratio (1 = linear, above 1 = worse).
//   npm run build && node bench/scale.mjs                 (after `npm run build`; DATABASE_URL = admin connection)
//   BENCH_SCALE_SIZES=1000,10000 node bench/scale.mjs     (a shorter run)
import { setTimeout as sleep } from 'node:timers/promises';
import { generate } from './generate.mjs';
import { adminQuery, auth, ok, startServer as startServerOn, statusMb, stop, waitReady as waitReadyAt } from './server.mjs';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PDF_MAX = Number(process.env.BENCH_SCALE_PDF_MAX ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3395);
const BASE = `http://127.0.0.1:${PORT}`;
const json = { ...auth, 'Content-Type': 'application/json' };
const startServer = (databaseUrl) => startServerOn({ port: PORT, databaseUrl });
const waitReady = () => waitReadyAt(BASE);

const admin = (sql) => adminQuery(ADMIN_URL, sql);

const mb = (value) => Math.round(value * 10) / 10;
const seconds = (since) => Math.round((performance.now() - since) / 10) / 100;

/** Import, then findings and preview right after a change, on one server. */
async function importAndRead(databaseUrl, n) {
  const server = startServer(databaseUrl);
  try {
    await waitReady();
    let body = JSON.stringify(generate(n));
    const megabytes = Math.round(body.length / 1e5) / 10;
    let at = performance.now();
    await ok(await fetch(`${BASE}/api/v1/imports/ropa`, { method: 'POST', headers: json, body }), 'import');
    const importSeconds = seconds(at);
    body = null;
    const services = await (await fetch(`${BASE}/api/v1/services?q=Service%200`, { headers: auth })).json();
    const policy = await (
      await ok(
        await fetch(`${BASE}/api/v1/policies`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ title: 'Scale policy', serviceId: services.items[0].id, language: 'en' }),
        }),
        'policy',
      )
    ).json();
    const [activity] = (await (await fetch(`${BASE}/api/v1/processing-activities?limit=1`, { headers: auth })).json()).items;
    const change = (i) =>
      fetch(`${BASE}/api/v1/processing-activities/${activity.id}`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ purpose: `Changed purpose ${i}, so that the next read rebuilds the snapshot.` }),
      }).then((res) => ok(res, 'change'));
    await change(0);
    at = performance.now();
    await ok(await fetch(`${BASE}/api/v1/compliance/findings?policyId=${policy.id}`, { headers: auth }), 'findings');
    const findingsSeconds = seconds(at);
    await change(1);
    at = performance.now();
    await ok(await fetch(`${BASE}/api/v1/policies/${policy.id}/preview?format=html`, { headers: auth }), 'preview');
    const previewSeconds = seconds(at);
    return { megabytes, importSeconds, findingsSeconds, previewSeconds };
  } finally {
    await stop(server);
  }
}

/** A fresh server: RSS at rest 2 s after it is ready, then one export (time to last byte, peak RSS). */
async function exportOnFreshServer(databaseUrl, format) {
  const server = startServer(databaseUrl);
  try {
    await waitReady();
    await sleep(2000);
    const restRss = mb(statusMb(server.pid, 'VmRSS'));
    const at = performance.now();
    const res = await ok(await fetch(`${BASE}/api/v1/exports/ropa?format=${format}`, { headers: auth }), `${format} export`);
    let bytes = 0;
    for await (const chunk of res.body) bytes += chunk.length;
    return { seconds: seconds(at), peakRssMb: mb(statusMb(server.pid, 'VmHWM')), bytes, restRss };
  } finally {
    await stop(server);
  }
}

async function measure(n) {
  const database = `ropa_scale_${process.pid}_${n}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  await admin(`CREATE DATABASE ${database}`);
  try {
    const row = { activities: n, ...(await importAndRead(url.toString(), n)) };
    const xlsx = await exportOnFreshServer(url.toString(), 'xlsx');
    Object.assign(row, { restRssMb: xlsx.restRss, xlsxSeconds: xlsx.seconds, xlsxPeakRssMb: xlsx.peakRssMb });
    if (n <= PDF_MAX) {
      const pdf = await exportOnFreshServer(url.toString(), 'pdf');
      Object.assign(row, { pdfSeconds: pdf.seconds, pdfPeakRssMb: pdf.peakRssMb });
    }
    return row;
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

const rows = [];
for (const n of SIZES) {
  process.stderr.write(`scale: ${n} activities…\n`);
  rows.push(await measure(n));
}
// Growth from each size to the next: time ratio / size ratio (1 = linear).
const TIMED = ['importSeconds', 'findingsSeconds', 'previewSeconds', 'xlsxSeconds', 'pdfSeconds'];
const growth = rows.slice(1).map((row, i) => {
  const before = rows[i];
  const factor = row.activities / before.activities;
  return {
    from: before.activities,
    to: row.activities,
    ...Object.fromEntries(
      TIMED.filter((key) => row[key] !== undefined && before[key] > 0).map((key) => [
        key,
        Math.round((row[key] / before[key] / factor) * 100) / 100,
      ]),
    ),
  };
});
process.stdout.write(`${JSON.stringify({ rows, growth }, null, 2)}\n`);
