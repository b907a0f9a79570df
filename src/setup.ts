import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { preflight } from './database/preflight';
import { ApiKeysService } from './auth/api-keys.service';
import { logRequests } from './common/request-log';
import { API_HEADERS, DOCS_HEADERS } from './common/app-headers';
import { sendProblem, toProblem } from './common/problem.filter';
import { registerJsonOnly } from './common/hostile-input';
import { answerClientError } from './common/client-errors';
import { StartupQuietLogger } from './common/startup-logger';
import { loadExampleIfEmpty } from './examples/example-loader';
import { PublicAnswers } from './policy/public-answers';
import { addPublicFastPath, PUBLIC_POLICY_ROUTE } from './policy/public-fast-path';
import { ImportService } from './import/import.service';
import { PoliciesService } from './policy/policies.service';
import { policiesResource } from './policy/policies.resource';
import type { PolicyEntity } from './policy/policy.entity';
import { type RegistryService, registryServiceToken } from './registry/shared/registry.service';
import type { AppConfig } from './config/config';
import { setupSwagger } from './swagger';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

const isHealthProbe = (url: string): boolean => /^\/health\/(live|ready)(\?|$)/.test(url);
const isPublicRoute = (url: string): boolean => url.startsWith('/api/v1/public/');
const NO_RATE_LIMIT_HEADERS = { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false } as const;

/** A client's X-Request-Id when it is safe to log, else a new one; kept on the raw request for pino. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/** Trusts the nearest `hops` proxies (Fastify's own numeric trustProxy trusts none). */
const trustHops =
  (hops: number) =>
  (_address: string, hop: number): boolean =>
    hop < hops;

export function createAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestId,
    requestIdHeader: false,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; by default nobody's.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Errors Fastify raises before routing (a path that is not valid percent-encoded UTF-8) are problems too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(reply, request, toProblem(error, String(request.id), new Logger('Http'))),
    // And those Node's HTTP parser raises before there is a request (431, a malformed request line).
    clientErrorHandler: answerClientError,
  });
}

/** Everything lives under /api/v1 but health probes, which load balancers call by a fixed path. */
export function applyGlobalPrefix(app: NestFastifyApplication): void {
  app.setGlobalPrefix('api/v1', { exclude: ['health/live', 'health/ready', '.well-known/gpc.json'] });
}

/**
 * The route's own first onRequest hook: the request id and the headers that do not depend on the answer,
 * chosen once per route rather than per request. The public policy route sets its headers with its answer
 * (a 304 carries only what RFC 9110 §15.4.5 asks for); Swagger UI's pages get their own policy. Answers
 * without a route (404, errors before routing) get the same headers from `sendProblem`.
 */
function answerHeaders(route: RouteOptions) {
  const isPolicy = route.url === PUBLIC_POLICY_ROUTE && [route.method].flat().some((m) => m === 'GET' || m === 'HEAD');
  const headers = isPolicy ? null : route.url === '/docs' || route.url.startsWith('/docs/') ? DOCS_HEADERS : API_HEADERS;
  if (headers === null)
    return function requestIdOnly(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
      void reply.header('x-request-id', request.id as string);
      done();
    };
  return function securityHeadersAndRequestId(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
    void reply.headers(headers).header('x-request-id', request.id as string);
    done();
  };
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
  const publicAnswers = app.get(PublicAnswers);
  fastify.addHook('onRoute', (route) => {
    if (route.url === '/api/v1/imports/ropa') route.bodyLimit = config.importBodyLimitBytes;
    // A cached public policy is sent before Nest's pipeline; the rest goes on to the controller.
    addPublicFastPath(route, publicAnswers);
    // Probes must answer while a busy client is throttled: they get no rate-limit hook at all (an allow
    // list would still run the plugin's asynchronous bookkeeping on every probe).
    if (isHealthProbe(route.url)) route.config = { ...route.config, rateLimit: false } as typeof route.config;
    // The public routes have a bucket of their own (a route's own limit gets its own store), with a limit
    // for websites; their answers carry no X-RateLimit-* headers until the limit is reached, websites and
    // caches having no use for them (a 429 still says when to retry).
    else if (isPublicRoute(route.url))
      route.config = {
        ...route.config,
        rateLimit: { max: config.rateLimit.publicMax, addHeadersOnExceeding: NO_RATE_LIMIT_HEADERS },
      } as typeof route.config;
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
    route.onRequest = [
      answerHeaders(route),
      ...(route.onRequest === undefined ? [] : [route.onRequest].flat()),
    ] as RouteOptions['onRequest'];
  });
  await app.register(rateLimit, {
    // Numbers, not functions: the plugin awaits a function's answer on every request. The public routes'
    // own limit and the probes' opting out are set in the onRoute hook above.
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.ttlSeconds * 1000,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests: at most ${context.max} in ${context.after}; retry after the time in Retry-After.`), {
        statusCode: 429,
      }),
  });
  // PostgreSQL cannot store U+0000 or lone surrogates: refused as field errors before they reach a query.
  // The whole-registry import is parsed in steps: a 10,000-activity document must not stall the process.
  registerJsonOnly(fastify, { inSteps: ['/api/v1/imports/ropa'] });
  logRequests(fastify);
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
    // configureApp registers the only body parser (JSON, depth-bounded); Nest's would add urlencoded.
    bodyParser: false,
    // A start-up error reaches the caller, which prints a configuration error as one line (main.ts).
    abortOnError: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(new StartupQuietLogger(app.get(PinoLogger)));
  await configureApp(app, config);
  await app.init();
  // A refused start closes what it opened (the database and its lock) before it answers.
  const firstKey = await app
    .get(ApiKeysService)
    .bootstrap(config.bootstrapKey)
    .catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
  if (config.loadExample) {
    await loadExampleIfEmpty({
      imports: app.get(ImportService),
      policies: app.get(PoliciesService),
      policyCrud: app.get<RegistryService<PolicyEntity>>(registryServiceToken(policiesResource), { strict: false }),
    });
  }
  return { app, firstKey };
}
