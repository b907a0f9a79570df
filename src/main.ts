// First: TypeORM, once loaded, would hold the code of every database it supports.
import './database/use-postgres-driver-only';
import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeysService } from './auth/api-keys.service';
import { type AppConfig, configFromProcess } from './config/config';
import { probePort } from './config/port-probe';
import { describeStartupError } from './config/startup-errors';
import { createApp } from './setup';

/** Draws lines in a frame, so the one-time key stands out from the log lines above it. */
export function boxed(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const bar = '═'.repeat(width + 4);
  return [`╔${bar}╗`, ...lines.map((line) => `║  ${line.padEnd(width)}  ║`), `╚${bar}╝`].join('\n');
}

function banner(config: AppConfig, firstKey: string | null, dpoKeyUsable: boolean): string {
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const database =
    config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir ?? 'memory'}`;
  const lines = [``, `ropa is listening on ${base}  (database: ${database})`, `  Swagger UI: ${base}/docs    OpenAPI: ${base}/docs-json`];
  if (firstKey) {
    lines.push(
      ``,
      boxed([
        `FIRST START: a DPO API key was created. It is shown ONCE; store it now:`,
        ``,
        `    ${firstKey}`,
        ``,
        `In Swagger UI click "Authorize" and paste it; with curl send "Authorization: Bearer <key>".`,
        `Create auditor and reader keys with POST /api/v1/api-keys.`,
      ]),
    );
  } else if (dpoKeyUsable) {
    lines.push(`  Authenticate with an existing API key ("Authorize" in Swagger UI, or "Authorization: Bearer <key>").`);
  } else {
    lines.push(`  No usable DPO key (all revoked or expired): stop the server and run \`npm run cli -- keys create --role dpo\`.`);
  }
  return `${lines.join('\n')}\n\n`;
}

async function main(): Promise<void> {
  let config: AppConfig | null = null;
  let app: NestFastifyApplication | null = null;
  try {
    config = configFromProcess();
    // Before the database is touched, so a busy port never leaves a key created and never shown.
    await probePort(config.host, config.port);
    const started = await createApp(config);
    app = started.app;
    await app.listen({ port: config.port, host: config.host });
    process.stdout.write(banner(config, started.firstKey, await started.app.get(ApiKeysService).hasUsableDpoKey()));
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      // Nest's shutdown hooks close the app (requests, then the database) and exit; this says why.
      process.once(signal, () => process.stderr.write(`\nropa: ${signal} received, closing (finishing requests, closing the database)\n`));
  } catch (error) {
    const line = describeStartupError(error, config);
    if (line === null) throw error;
    process.stderr.write(`ropa: ${line}\n`);
    await app?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
