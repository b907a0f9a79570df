import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';

// A DNS name (RFC 1123 labels) or an IPv4/IPv6 literal; isIP() below refines the IP case.
const HOST_PATTERN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:.]+)$/;

/** Variables whose value is never printed, not even in an error: a secret or a URL that may hold a password. */
const SECRET_VARIABLES = new Set(['ROPA_BOOTSTRAP_KEY', 'DATABASE_URL']);

/** The first CORS_ORIGINS entry that is not an origin (`scheme://host[:port]`, no path) or `*`, else null. */
export function invalidCorsOrigin(entries: string[]): string | null {
  for (const entry of entries) {
    if (entry === '*') continue;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry) continue;
    } catch {
      // not a URL: reported below
    }
    return entry;
  }
  return null;
}

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

  /** An IP address or a host name (no scheme, no port) */
  @IsOptional()
  @IsString()
  @Matches(HOST_PATTERN, {
    message: 'HOST must be an IP address or a host name such as 127.0.0.1, 0.0.0.0 or localhost (no scheme, no port)',
  })
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

  /** Absolute base of every link ropa gives (public policy pages, preview links, webhook payloads), e.g. https://ropa.example.com; unset, answers use the origin the request reached */
  @IsOptional()
  @Matches(/^https?:\/\/[^/?#]+(\/[^?#]*)?$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL without query or fragment' })
  PUBLIC_BASE_URL?: string;

  /** Run the webhook delivery worker in this process (off: the outbox is still written, another replica delivers) */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_WORKER: boolean = true;

  @IsOptional()
  @Transform(toInt)
  @Min(10)
  @IsInt()
  WEBHOOK_POLL_INTERVAL_MS: number = 5_000;

  @IsOptional()
  @Transform(toInt)
  @Min(100)
  @Max(60_000)
  @IsInt()
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  @IsOptional()
  @Transform(toInt)
  @Min(1)
  @IsInt()
  WEBHOOK_RETRY_BASE_MS: number = 10_000;

  @IsOptional()
  @Transform(toInt)
  @Min(1)
  @IsInt()
  WEBHOOK_RETRY_MAX_DELAY_MS: number = 3_600_000;

  @IsOptional()
  @Transform(toInt)
  @Min(0)
  @IsInt()
  WEBHOOK_RETRY_PERIOD_MS: number = 259_200_000;

  /** Comma-separated CIDRs of private networks webhooks may reach (SSRF guard), e.g. 127.0.0.0/8,10.1.0.0/16 */
  @IsOptional()
  @Matches(/^\s*([0-9a-fA-F:.]+\/\d{1,3}\s*)?(,\s*[0-9a-fA-F:.]+\/\d{1,3}\s*)*$/, {
    message: 'WEBHOOK_ALLOWED_PRIVATE_NETWORKS must be a comma-separated list of CIDRs such as 127.0.0.0/8',
  })
  WEBHOOK_ALLOWED_PRIVATE_NETWORKS: string = '';
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
  /** Base of absolute public URLs; null: webhook payloads carry the path only */
  publicBaseUrl: string | null;
  webhooks: WebhookConfig;
}

export interface WebhookConfig {
  worker: boolean;
  pollIntervalMs: number;
  timeoutMs: number;
  retry: { baseMs: number; maxDelayMs: number; periodMs: number };
  /** CIDRs of private networks that webhook targets may resolve to */
  allowedPrivateNetworks: string[];
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
      .concat(['DATABASE_URL', 'ROPA_BOOTSTRAP_KEY', 'PUBLIC_BASE_URL'])
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = plainToInstance(EnvironmentSchema, known);
  const errors = validateSync(parsed, { whitelist: true, stopAtFirstError: true });
  const lines = errors.map((e) => {
    const value = SECRET_VARIABLES.has(e.property) ? '(value not shown)' : JSON.stringify(e.value);
    return `${e.property}=${value}: ${Object.values(e.constraints ?? {}).join('; ')}`;
  });
  const looksLikeIp = /^[\d.]+$/.test(parsed.HOST) || parsed.HOST.includes(':');
  if (!errors.some((e) => e.property === 'HOST') && looksLikeIp && !isIP(parsed.HOST))
    lines.push(`HOST=${JSON.stringify(parsed.HOST)}: HOST is not a valid IPv4 or IPv6 address`);
  const corsOrigins = parsed.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const badOrigin = invalidCorsOrigin(corsOrigins);
  if (badOrigin !== null)
    lines.push(
      `CORS_ORIGINS: ${JSON.stringify(badOrigin)} is not an origin; write each as scheme://host[:port] without a path or trailing slash, e.g. https://cms.example.com`,
    );
  if (lines.length > 0) throw new ConfigError(lines.map((line) => `Invalid configuration: ${line}`).join('\n'));
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    database: parsed.DATABASE_URL
      ? { kind: 'postgres', url: parsed.DATABASE_URL }
      : { kind: 'pglite', dataDir: parsed.ROPA_DATA_DIR === ':memory:' ? null : parsed.ROPA_DATA_DIR },
    logLevel: parsed.LOG_LEVEL,
    corsOrigins,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    importBodyLimitBytes: parsed.IMPORT_BODY_LIMIT_BYTES,
    rateLimit: { ttlSeconds: parsed.RATE_LIMIT_TTL_SECONDS, max: parsed.RATE_LIMIT_MAX, publicMax: parsed.PUBLIC_RATE_LIMIT_MAX },
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
    lockTimeoutMs: parsed.LOCK_TIMEOUT_MS,
    bootstrapKey: parsed.ROPA_BOOTSTRAP_KEY ?? null,
    loadExample: parsed.ROPA_LOAD_EXAMPLE,
    publicBaseUrl: parsed.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    webhooks: {
      worker: parsed.WEBHOOK_WORKER,
      pollIntervalMs: parsed.WEBHOOK_POLL_INTERVAL_MS,
      timeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
      retry: {
        baseMs: parsed.WEBHOOK_RETRY_BASE_MS,
        maxDelayMs: parsed.WEBHOOK_RETRY_MAX_DELAY_MS,
        periodMs: parsed.WEBHOOK_RETRY_PERIOD_MS,
      },
      allowedPrivateNetworks: parsed.WEBHOOK_ALLOWED_PRIVATE_NETWORKS.split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    },
  };
}

/** The process environment, read here only. */
export function configFromProcess(overrides: Partial<Record<string, string>> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
