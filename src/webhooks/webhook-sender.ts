import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { hostOf, type TargetPolicy } from './webhook-target';

/** Bytes of a receiver's answer read before hanging up: only its status matters. */
export const RESPONSE_LIMIT_BYTES = 4096;

export interface SendResult {
  /** HTTP status, null when no answer came */
  status: number | null;
  /** Why it failed, without the URL */
  error: string | null;
  durationMs: number;
  /** false: retrying cannot help (the target is refused) */
  retryable: boolean;
}

class RefusedTargetError extends Error {
  readonly code = 'EREFUSEDTARGET';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * POSTs one signed body. Redirects are not followed (node:http never does; a 3xx is a failure), the
 * answer is read up to RESPONSE_LIMIT_BYTES, the whole exchange is bounded by `timeoutMs`, and every
 * address the host resolves to is checked at connection time, so DNS cannot lead to a private network.
 */
export function sendWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; targets: TargetPolicy; signal?: AbortSignal },
): Promise<SendResult> {
  const started = Date.now();
  const done = (status: number | null, error: string | null, retryable = true): SendResult => ({
    status,
    error,
    durationMs: Date.now() - started,
    retryable,
  });
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return Promise.resolve(done(null, 'invalid URL', false));
  }
  const host = hostOf(url);
  const literal = host === 'localhost' ? '127.0.0.1' : host;
  if (isIP(literal) !== 0 && !options.targets.addressAllowed(literal)) {
    return Promise.resolve(done(null, 'target refused: a private-network address', false));
  }
  const guardedLookup = (hostname: string, lookupOptions: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses;
      const refused = list.find((a) => !options.targets.addressAllowed(a.address));
      if (refused) return callback(new RefusedTargetError('target refused: the host resolves to a private-network address'), []);
      if ((lookupOptions as { all?: boolean }).all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const req = request(
      {
        protocol: url.protocol,
        hostname: literal,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        auth: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup as never,
        servername: isIP(literal) === 0 ? literal : undefined,
        agent: false,
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        let read = 0;
        const settle = (): void => {
          res.destroy();
          if (status >= 200 && status < 300) finish(done(status, null));
          else if (status >= 300 && status < 400) finish(done(status, `HTTP ${status}: redirects are not followed`));
          else finish(done(status, `HTTP ${status}`));
        };
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read >= RESPONSE_LIMIT_BYTES) settle();
        });
        res.on('end', settle);
        res.on('error', settle);
      },
    );
    const timer = setTimeout(() => {
      finish(done(null, `timed out after ${options.timeoutMs} ms`));
      req.destroy();
    }, options.timeoutMs);
    const onAbort = (): void => {
      finish(done(null, 'aborted: the worker stopped'));
      req.destroy();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const refused = error instanceof RefusedTargetError;
      finish(done(null, refused ? error.message : `${error.code ?? 'error'}: connection failed`, !refused));
    });
    req.end(body);
  });
}
