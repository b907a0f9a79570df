import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { preflight } from './database/preflight';
import { ApiKeysService } from './auth/api-keys.service';
import { RequestValidationError } from './common/errors';
import { StartupQuietLogger } from './common/startup-logger';
import { findNulCharacter } from './common/validators';
import { loadExampleIfEmpty } from './import/example-loader';
import { ImportService } from './import/import.service';
import type { AppConfig } from './config/config';
import { setupSwagger } from './swagger';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A client's X-Request-Id when it is safe to log, else a new one; kept on the raw request for pino. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

export function createAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, genReqId: requestId, requestIdHeader: false, trustProxy: true });
}

/** Everything lives under /api/v1 but health probes, which load balancers call by a fixed path. */
export function applyGlobalPrefix(app: NestFastifyApplication): void {
  app.setGlobalPrefix('api/v1', { exclude: ['health/live', 'health/ready'] });
}

export interface RouteEntry {
  method: string;
  url: string;
}

const ROUTE_TABLES = new WeakMap<object, RouteEntry[]>();

/** Every route the app registered (Nest controllers, Swagger UI, health): the access-control test walks it. */
export function routeTable(app: NestFastifyApplication): RouteEntry[] {
  return [...(ROUTE_TABLES.get(app) ?? [])];
}

/** Everything main.ts, the tests and the OpenAPI script share, so that each gets the same app. */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  applyGlobalPrefix(app);
  if (config.corsOrigins.length > 0)
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['ETag', 'Location', 'X-Request-Id', 'Retry-After'] });
  const fastify = app.getHttpAdapter().getInstance();
  // Whole-registry imports are larger than ordinary bodies; only that route gets the larger limit.
  const routes: RouteEntry[] = [];
  ROUTE_TABLES.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    if (route.url === '/api/v1/imports/ropa') route.bodyLimit = config.importBodyLimitBytes;
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  await app.register(rateLimit, {
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.ttlSeconds * 1000,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests: at most ${context.max} in ${context.after}; retry after the time in Retry-After.`), {
        statusCode: 429,
      }),
  });
  // PostgreSQL cannot store U+0000: refuse it as a field error before it reaches a query.
  fastify.addHook('preValidation', async (request) => {
    const path = findNulCharacter(request.body);
    if (path !== null) throw new RequestValidationError([{ path, message: `${path} must not contain the NUL character (U+0000)` }]);
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('X-Request-Id', String(request.id));
  });
  // No fastify.setErrorHandler here: Nest installs its own at init, which sends every error (hooks and
  // plugins included) through the global ProblemFilter; a second one was overridden and raised FSTWRN004.
  app.enableShutdownHooks();
  setupSwagger(app);
}

export interface StartedApp {
  app: NestFastifyApplication;
  /** A DPO key created on this start, to print once; null when keys already existed */
  firstKey: string | null;
}

/** Builds, configures and initialises the app; migrations run and the first key is made here. */
export async function createApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<StartedApp> {
  await preflight(config);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createAdapter(config), {
    bufferLogs: true,
    // A start-up error reaches the caller, which prints a configuration error as one line (main.ts).
    abortOnError: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(new StartupQuietLogger(app.get(PinoLogger)));
  await configureApp(app, config);
  await app.init();
  const firstKey = await app.get(ApiKeysService).bootstrap(config.bootstrapKey);
  if (config.loadExample) await loadExampleIfEmpty(app.get(ImportService));
  return { app, firstKey };
}
