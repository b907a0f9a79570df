// Restart time on an existing PGlite data directory, as `npm start` runs it on a built checkout:
// from spawning the process (after the build check) to the first 200 of /health/ready.
//   node bench/restart.mjs            (RUNS=5 by default; builds first if needed)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = 3190;
const dataDir = mkdtempSync(join(tmpdir(), 'ropa-restart-'));
execFileSync(process.execPath, ['scripts/build-if-changed.mjs'], { stdio: 'inherit' });

async function startOnce() {
  const started = process.hrtime.bigint();
  const buildCheck = spawn(process.execPath, ['scripts/build-if-changed.mjs'], { stdio: 'inherit' });
  await new Promise((resolve) => buildCheck.once('exit', resolve));
  const child = spawn(process.execPath, ['--max-semi-space-size=2', '--heap-growing-percent=15', 'dist/src/main.js'], {
    env: { ...process.env, PORT: String(PORT), ROPA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/health/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return ms;
}

const first = await startOnce();
const restarts = [];
for (let i = 0; i < RUNS; i++) restarts.push(await startOnce());
rmSync(dataDir, { recursive: true, force: true });
restarts.sort((a, b) => a - b);
const median = restarts[Math.floor(restarts.length / 2)];
console.log(`first start (new data dir, migrations, example registry): ${(first / 1000).toFixed(2)} s`);
console.log(
  `restart on the existing data dir, ${RUNS} runs: median ${(median / 1000).toFixed(2)} s, max ${(restarts.at(-1) / 1000).toFixed(2)} s`,
);
