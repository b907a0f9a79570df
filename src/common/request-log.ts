import type { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';

/** Paths whose whole query string is a credential: a signed preview link opens a draft for 15 minutes. */
const SECRET_QUERY_PATHS = ['/api/v1/public/previews/'];
/** Query parameters that carry a credential wherever they appear (`signature`, `token`, `apiKey`, `access_token`…). */
const SECRET_PARAMETER = /(signature|token|secret|password|key|^sig)$/i;
const REDACTED = '[redacted]';

function decoded(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The URL as the request log may hold it: whoever reads the logs must not get a working link. A preview
 * link's query is dropped whole; elsewhere the value of each credential-like parameter is replaced.
 */
export function loggableUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const path = url.slice(0, q);
  if (SECRET_QUERY_PATHS.some((prefix) => path.startsWith(prefix))) return `${path}?${REDACTED}`;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return SECRET_PARAMETER.test(decoded(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${path}?${query}`;
}

/**
 * One log line per answered request with its id, method, url (credentials redacted), status and time, and
 * nothing else: pino-http built a child logger and serialised the whole request and response for each
 * one. Health probes, which load balancers call every few seconds, are not logged.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const log = PinoLogger.root;
    if (log !== undefined && !request.url.startsWith('/health/')) {
      const status = reply.statusCode;
      const entry = {
        id: request.id,
        method: request.method,
        url: loggableUrl(request.url),
        status,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      };
      if (status >= 500) log.error(entry, 'request failed');
      else log.info(entry, 'request completed');
    }
    done();
  });
}
