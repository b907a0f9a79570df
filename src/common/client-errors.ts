import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { API_HEADERS } from './app-headers';
import { problemType, TITLES } from './problem.filter';

/** An error Node's HTTP parser raises on a connection (`clientError`), before any request or route exists. */
export interface ClientError extends Error {
  code?: string;
  /** The parser's reason, e.g. "Invalid method encountered" */
  reason?: string;
  /** The bytes being parsed when it failed (a Buffer) */
  rawPacket?: unknown;
}

const METHOD_THEN_SPACE = /^[A-Z]+ /;

/** The status of a parser error: 408 too slow, 414 a request line past the limit, 431 headers past it, 413, else 400. */
export function clientErrorStatus(error: ClientError): number {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 413;
    case 'HPE_HEADER_OVERFLOW': {
      // The limit counts the request line and the headers together; a request line over it alone is a URI too long.
      const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
      const lineEnd = packet.indexOf('\r\n');
      const requestLine = lineEnd < 0 ? packet : packet.slice(0, lineEnd);
      return METHOD_THEN_SPACE.test(packet) && requestLine.length >= maxHeaderSize ? 414 : 431;
    }
    default:
      return 400;
  }
}

const DETAILS: Record<number, string> = {
  408: 'The request was not received in time; send it again.',
  413: 'A chunk of the body carries more extension data than the server reads.',
  414: `The request line (method, path and query) is longer than the server reads (${maxHeaderSize / 1024} KB).`,
  431: `The request headers are larger than the server reads (${maxHeaderSize / 1024} KB with the request line).`,
};

/** The raw HTTP/1.1 answer to a parser error: an RFC 9457 problem with the headers of every other answer. */
export function clientErrorResponse(error: ClientError, requestId: string = randomUUID()): string {
  const status = clientErrorStatus(error);
  const problem = {
    type: problemType(status),
    title: TITLES[status] ?? STATUS_CODES[status] ?? 'Error',
    status,
    detail: DETAILS[status] ?? `The request is not valid HTTP/1.1: ${(error.reason ?? error.message).replace(/^Parse Error: /, '')}.`,
    requestId,
  };
  const body = JSON.stringify(problem);
  const headers = {
    ...API_HEADERS,
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Fastify's `clientErrorHandler`: what Node's parser refuses (a malformed request line or header, headers
 * past the limit, a request too slow) is answered as a problem like every other error, then the
 * connection is closed, as Node does. Nothing is written when an answer on this connection has begun.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) socket.write(clientErrorResponse(error));
  socket.destroy(error);
}
