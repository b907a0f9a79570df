import 'reflect-metadata';
import { ConfigError, configFromProcess } from './config/config';
import { createApp } from './setup';

async function main(): Promise<void> {
  let config;
  try {
    config = configFromProcess();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, firstKey } = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const database =
    config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir ?? 'memory'}`;
  const lines = [``, `ropa is listening on ${base}  (database: ${database})`, `  Swagger UI: ${base}/docs    OpenAPI: ${base}/docs-json`];
  if (firstKey) {
    lines.push(
      ``,
      `  First start: a DPO API key was created. It is shown ONCE; store it now:`,
      ``,
      `      ${firstKey}`,
      ``,
      `  In Swagger UI click "Authorize" and paste it; with curl send "Authorization: Bearer <key>".`,
      `  Create auditor and reader keys with POST /api/v1/api-keys.`,
    );
  } else {
    lines.push(`  Authenticate with an existing API key ("Authorize" in Swagger UI, or "Authorization: Bearer <key>").`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

void main();
