import { AsyncLocalStorage } from 'node:async_hooks';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** The origin (`https://ropa.example`) absolute links of the request being answered start with. */
const origins = new AsyncLocalStorage<string>();

/** A Host header that is a host name or an address, with an optional port: nothing else is echoed into a link. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The origin of a request as its client reached it: the scheme and Host it used (X-Forwarded-* only from a trusted proxy). */
export function originOf(request: Pick<FastifyRequest, 'protocol' | 'host'>): string | null {
  return HOST.test(request.host) ? `${request.protocol}://${request.host}` : null;
}

/**
 * An absolute URL for a root-relative path (`/api/v1/...`): on `PUBLIC_BASE_URL` when set, else on the
 * origin of the request being answered, so that a link in an answer opens in a browser as it is. Outside
 * a request (the CLI) and for a Host header that is not a host, the path stays root-relative.
 */
export function absoluteUrl(path: string): string {
  const origin = origins.getStore();
  return origin ? `${origin}${path}` : path;
}

/** Sets the origin of {@link absoluteUrl} for the handling of each request. */
@Injectable()
export class RequestOriginInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const origin = this.config.publicBaseUrl ?? originOf(context.switchToHttp().getRequest<FastifyRequest>());
    // Nest binds the handler's async scope inside `next.handle()`, so the store reaches the handler and its services.
    return origin ? origins.run(origin, () => next.handle()) : next.handle();
  }
}
