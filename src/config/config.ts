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

  /** Requests per client and window on the public policy route, a bucket of its own */
  @IsOptional()
  @Transform(toInt)
  @Min(1)
  @IsInt()
  PUBLIC_RATE_LIMIT_MAX: number = 6000;

  /**
   * Whose X-Forwarded-For to believe: empty = nobody (the socket address is the client), a hop count
   * (1 = the nearest proxy), or a comma-separated list of proxy addresses or CIDR ranges
   */
  @IsOptional()
  @Matches(/^(|\d{1,2}|[\da-fA-F.:/]+(\s*,\s*[\da-fA-F.:/]+)*)$/, {
    message: 'TRUST_PROXY must be a hop count (such as 1) or a comma-separated list of addresses or CIDR ranges',
  })
  TRUST_PROXY: string = '';

  /** How long a write waits for the registry lock before answering 503 with Retry-After */
  @IsOptional()
  @Transform(toInt)
  @Min(100)
  @IsInt()
  LOCK_TIMEOUT_MS: number = 5000;

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
  rateLimit: { ttlSeconds: number; max: number; publicMax: number };
  /** Fastify's trustProxy: false, a hop count or a list of addresses/CIDR ranges */
  trustProxy: false | number | string[];
  lockTimeoutMs: number;
  bootstrapKey: string | null;
  loadExample: boolean;
}

export class ConfigError extends Error {}

function parseTrustProxy(value: string): AppConfig['trustProxy'] {
  const text = value.trim();
  if (text === '') return false;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
  return text.split(',').map((entry) => entry.trim());
}

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
    rateLimit: { ttlSeconds: parsed.RATE_LIMIT_TTL_SECONDS, max: parsed.RATE_LIMIT_MAX, publicMax: parsed.PUBLIC_RATE_LIMIT_MAX },
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
    lockTimeoutMs: parsed.LOCK_TIMEOUT_MS,
    bootstrapKey: parsed.ROPA_BOOTSTRAP_KEY ?? null,
    loadExample: parsed.ROPA_LOAD_EXAMPLE,
  };
}

/** The process environment, read here only. */
export function configFromProcess(overrides: Partial<Record<string, string>> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
