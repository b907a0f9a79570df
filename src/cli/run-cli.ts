import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { AppModule } from '../app.module';
import { ROLES, type Role } from '../auth/api-key.entity';
import { ApiKeysService } from '../auth/api-keys.service';
import { DomainError } from '../common/errors';
import { loadConfig } from '../config/config';
import { describeStartupError } from '../config/startup-errors';
import { dataDirHolder } from '../database/data-dir-lock';
import { preflight } from '../database/preflight';
import type { RecordRole } from '../export/art30-columns';
import { EXPORT_FORMATS, type ExportFormat, ExportsService } from '../export/exports.service';
import { ImportService } from '../import/import.service';
import { MoveRefused, moveToPostgres } from './move-to-postgres';

export const USAGE = `ropa command line, for auditors and operators without HTTP access. Same database settings as the app.

  npm run cli -- export --format xlsx|csv|pdf|json|jsonld --out FILE [--as-of ISO-8601] [--role controller|processor]
  npm run cli -- import FILE [--dry-run] [--replace]
  npm run cli -- keys create --role dpo|auditor|reader [--label TEXT] [--expires ISO-8601]
  npm run cli -- move-to-postgres postgres://USER@HOST:5432/EMPTY_DB   (server stopped; copies everything, then verifies)
`;

export class UsageError extends Error {}

/** Steps of a long job on stderr; stdout stays for results. */
function progress(total: number): SingleBar {
  const bar = new SingleBar({ format: ' {bar} {percentage}% | {step}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0, { step: 'starting' });
  return bar;
}

/**
 * Runs one CLI command. `env` is the environment to read the configuration from, `out` receives results
 * (progress goes to stderr); the entry point is src/cli.ts, tests call this directly.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>, out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      role: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      label: { type: 'string' },
      expires: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out.write(USAGE);
    return;
  }
  const config = loadConfig({ ...env, ROPA_LOAD_EXAMPLE: 'false', LOG_LEVEL: 'warn', WEBHOOK_WORKER: 'false' });
  if (command === 'move-to-postgres') {
    if (!/^postgres(ql)?:\/\/.+/.test(rest[0] ?? ''))
      throw new UsageError('move-to-postgres needs the target: a postgres:// URL of an empty database');
    if (config.database.kind !== 'pglite' || !config.database.dataDir)
      throw new UsageError('move-to-postgres moves the embedded database in ROPA_DATA_DIR; unset DATABASE_URL to name the source');
  }
  // Asked before Nest starts, so the refusal is one line and the server's database is never opened twice.
  const holder = config.database.kind === 'pglite' && config.database.dataDir ? dataDirHolder(config.database.dataDir) : null;
  await preflight(config, holder ? cliAdvice(command, holder.port) : undefined);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { kind: 'cli', port: null }), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  // Printed only once the database is closed: a key the CLI shows is a key on disk.
  const printAfterClose: string[] = [];
  try {
    switch (command) {
      case 'export': {
        const format = (values.format ?? 'xlsx') as ExportFormat;
        if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
        if (!values.out) throw new UsageError('--out FILE is required');
        const role = (values.role ?? 'controller') as RecordRole;
        if (role !== 'controller' && role !== 'processor') throw new UsageError('--role must be controller or processor');
        const asOf = values['as-of'] ? new Date(values['as-of']) : null;
        if (asOf && Number.isNaN(asOf.getTime())) throw new UsageError('--as-of must be an ISO 8601 instant');
        const bar = progress(2);
        bar.update(0, { step: asOf ? `rebuilding the record as of ${asOf.toISOString()}` : 'reading the registry' });
        const file = await app.get(ExportsService).prepare(format, role, asOf);
        bar.update(1, { step: `writing ${values.out}` });
        await file.write(createWriteStream(values.out));
        bar.update(2, { step: 'done' });
        bar.stop();
        out.write(
          `Wrote ${values.out} (${format}, ${role} record, sha256 ${file.meta.contentHash}, ${file.meta.findings.errors} compliance error(s))\n`,
        );
        return;
      }
      case 'import': {
        const [file] = rest;
        if (!file) throw new UsageError('import needs a FILE');
        const bar = progress(2);
        bar.update(0, { step: `reading ${file}` });
        const document: unknown = JSON.parse(await readFile(file, 'utf8'));
        bar.update(1, { step: values['dry-run'] ? 'checking' : 'importing' });
        const result = await app
          .get(ImportService)
          .import(document, { dryRun: values['dry-run'] ?? false, replace: values.replace ?? false }, null);
        bar.update(2, { step: 'done' });
        bar.stop();
        out.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      case 'keys': {
        if (rest[0] !== 'create') throw new UsageError('keys supports: create');
        const role = values.role as Role;
        if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
        const expires = values.expires ? new Date(values.expires) : null;
        const { key, plaintext } = await app.get(ApiKeysService).create(role, values.label ?? `created with the CLI`, expires);
        printAfterClose.push(`Created ${role} key ${key.prefix}… (id ${key.id}). It is shown once:\n\n  ${plaintext}\n\n`);
        break;
      }
      case 'move-to-postgres': {
        const report = await moveToPostgres(app, config, rest[0], (line) => process.stderr.write(`${line}\n`));
        out.write(`${JSON.stringify(report, null, 2)}\n`);
        if (!report.ok)
          throw new MoveRefused(
            `the copy on ${report.target} did not verify (see the report above): do not use it; drop it and move again`,
          );
        out.write(
          `Moved to ${report.target}: ${report.tables.reduce((n, t) => n + t.rows, 0)} row(s) in ${report.tables.length} tables; audit chain of ${report.chain.target.events} event(s) verifies; ${report.versions.checked} published rendering(s) keep their hashes; ${report.asOf.length} past record(s) export identically.\nStart the server with DATABASE_URL set to it.\n`,
        );
        return;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } finally {
    await app.close();
  }
  for (const text of printAfterClose) out.write(text);
}

/** What to do instead, when a server holds the embedded database: the same operation over HTTP. */
function cliAdvice(command: string, port: number | null): string {
  const base = `http://127.0.0.1:${port ?? 3000}/api/v1`;
  switch (command) {
    case 'keys':
      return `create the key through it: curl -X POST ${base}/api-keys -H "Authorization: Bearer <dpo key>" -H "Content-Type: application/json" -d '{"role":"auditor","label":"…"}' (or POST /api-keys in Swagger UI), or stop the server and run the CLI again`;
    case 'export':
      return `export through it: curl -H "Authorization: Bearer <key>" "${base}/exports/ropa?format=xlsx" -o ropa.xlsx, or stop the server and run the CLI again`;
    case 'import':
      return `import through it: curl -X POST "${base}/imports/ropa?dryRun=true" -H "Authorization: Bearer <dpo key>" -H "Content-Type: application/json" --data-binary @FILE, or stop the server and run the CLI again`;
    default:
      return 'stop it first';
  }
}

/** What a failed CLI command prints on stderr: one line for configuration errors, the stack only for bugs. */
export function cliErrorText(error: unknown): string {
  const startupLine = describeStartupError(error, null);
  if (startupLine !== null) return `ropa: ${startupLine}\n`;
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`;
  if (error instanceof MoveRefused) return `ropa: ${error.message}\n`;
  if (error instanceof DomainError)
    return `${error.title}: ${error.message}\n${error.errors ? `${JSON.stringify(error.errors, null, 2)}\n` : ''}`;
  return `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
}
