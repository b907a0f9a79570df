import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { databaseUnavailable } from './database-unavailable';
import { DomainError } from './errors';
import { API_HEADERS } from './app-headers';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: readonly unknown[];
  [extension: string]: unknown;
}

export const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Seconds a client is told to wait when the database is busy or away. */
export const RETRY_AFTER_SECONDS = 5;

export function problemType(status: number): string {
  return `https://ropa.dev/problems/${status}`;
}

/** Turns anything thrown into an RFC 9457 problem; unknown errors are logged and answered as a bare 500. */
export function toProblem(error: unknown, requestId: string | undefined, log: Logger): Problem {
  if (error instanceof DomainError) {
    return {
      type: problemType(error.status),
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.extensions ?? {}),
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    return {
      type: problemType(status),
      title: TITLES[status] ?? 'Error',
      status,
      detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message,
    };
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const status = fastifyError.statusCode;
    const detail =
      fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'The request body is larger than this route accepts.'
        : fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Send JSON with Content-Type: application/json.'
          : (fastifyError.message ?? TITLES[status]);
    return { type: problemType(status), title: TITLES[status] ?? 'Error', status, detail };
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable !== null) {
    log.warn({ err: error, requestId }, 'Database unavailable');
    return {
      type: problemType(503),
      title: TITLES[503],
      status: 503,
      detail:
        unavailable === 'busy'
          ? 'The registry is busy with another write (an import, say), or the database asked for a retry; retry after the seconds in Retry-After.'
          : 'The database is unavailable; retry after the seconds in Retry-After.',
    };
  }
  log.error({ err: error, requestId }, 'Unhandled error');
  return { type: problemType(500), title: TITLES[500], status: HttpStatus.INTERNAL_SERVER_ERROR, requestId };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem): void {
  if (problem.status === 503) void reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
  // Answers without a route of their own (a 404, an error Fastify raises before routing) and the public
  // policy route's errors skip the route hook that sets these on every other answer.
  if (!reply.hasHeader('x-content-type-options')) void reply.headers(API_HEADERS);
  if (!reply.hasHeader('x-request-id')) void reply.header('x-request-id', String(request.id));
  void reply
    .status(problem.status)
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .send({ ...problem, instance: request.url.split('?')[0], requestId: String(request.id) });
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(error, String(request.id), this.log);
    if (problem.status === 401) void reply.header('WWW-Authenticate', 'Bearer');
    sendProblem(reply, request, problem);
  }
}
