import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** Every setting ropa reads from the environment, validated once at start. */
export class EnvironmentSchema {
  @IsOptional()
  @Transform(toInt)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  HOST: string = '127.0.0.1';

  /** postgres://… selects a PostgreSQL server; unset selects embedded PGlite */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** PGlite data directory; ":memory:" keeps the database in memory */
  @IsOptional()
  @IsString()
  ROPA_DATA_DIR: string = './data';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Comma-separated origins allowed by CORS; empty = CORS off */
  @IsOptional()
  @IsString()
  CORS_ORIGINS: string = '';

  @IsOptional()
  @Transform(toInt)
  @Min(1024)
  @IsInt()
  BODY_LIMIT_BYTES: number = 1_048_576;

  @IsOptional()
  @Transform(toInt)
  @Min(1024)
  @IsInt()
  IMPORT_BODY_LIMIT_BYTES: number = 26_214_400;

  @IsOptional()
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RATE_LIMIT_TTL_SECONDS: number = 60;

  @IsOptional()
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RATE_LIMIT_MAX: number = 600;

  /** Creates this DPO key when no key exists (automation, CI) */
  @IsOptional()
  @IsString()
  @MinLength(24)
  @MaxLength(256)
  ROPA_BOOTSTRAP_KEY?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  ROPA_LOAD_EXAMPLE: boolean = true;
}

export interface AppConfig {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  logLevel: string;
  corsOrigins: string[];
  bodyLimitBytes: number;
  importBodyLimitBytes: number;
  rateLimit: { ttlSeconds: number; max: number };
  bootstrapKey: string | null;
  loadExample: boolean;
}

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError naming each bad variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.fromEntries(
    Object.keys(new EnvironmentSchema())
      .concat(['DATABASE_URL', 'ROPA_BOOTSTRAP_KEY'])
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = plainToInstance(EnvironmentSchema, known);
  const errors = validateSync(parsed, { whitelist: true, stopAtFirstError: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    database: parsed.DATABASE_URL
      ? { kind: 'postgres', url: parsed.DATABASE_URL }
      : { kind: 'pglite', dataDir: parsed.ROPA_DATA_DIR === ':memory:' ? null : parsed.ROPA_DATA_DIR },
    logLevel: parsed.LOG_LEVEL,
    corsOrigins: parsed.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    importBodyLimitBytes: parsed.IMPORT_BODY_LIMIT_BYTES,
    rateLimit: { ttlSeconds: parsed.RATE_LIMIT_TTL_SECONDS, max: parsed.RATE_LIMIT_MAX },
    bootstrapKey: parsed.ROPA_BOOTSTRAP_KEY ?? null,
    loadExample: parsed.ROPA_LOAD_EXAMPLE,
  };
}

/** The process environment, read here only. */
export function configFromProcess(overrides: Partial<Record<string, string>> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
