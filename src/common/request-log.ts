import type { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';

/**
 * One log line per answered request with its id, method, url, status and time, and nothing else:
 * pino-http built a child logger and serialised the whole request and response for each one. Health
 * probes, which load balancers call every few seconds, are not logged.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const log = PinoLogger.root;
    if (log !== undefined && !request.url.startsWith('/health/')) {
      const status = reply.statusCode;
      const entry = { id: request.id, method: request.method, url: request.url, status, ms: Math.round(reply.elapsedTime * 10) / 10 };
      if (status >= 500) log.error(entry, 'request failed');
      else log.info(entry, 'request completed');
    }
    done();
  });
}
