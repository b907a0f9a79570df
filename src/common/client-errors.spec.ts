import { maxHeaderSize } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { type ClientError, clientErrorResponse, clientErrorStatus } from './client-errors';

const parserError = (code: string, reason: string, packet = ''): ClientError =>
  Object.assign(new Error(`Parse Error: ${reason}`), { code, reason, rawPacket: Buffer.from(packet, 'latin1') });

describe("Node's HTTP parser errors are answered as problems", () => {
  it('tells a request line past the limit (414) from headers past it (431)', () => {
    const longLine = `GET /${'a'.repeat(maxHeaderSize)} HTTP/1.1\r\nHost: x\r\n\r\n`;
    const bigHeader = `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`;
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', 'Header overflow', longLine))).toBe(414);
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', 'Header overflow', longLine.slice(0, 65536 / 8)))).toBe(431);
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', 'Header overflow', `GET /${'a'.repeat(70_000)}`))).toBe(414);
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', 'Header overflow', bigHeader))).toBe(431);
    // A later packet of a long request: what it belongs to is unknown, and headers are the likelier.
    expect(clientErrorStatus(parserError('HPE_HEADER_OVERFLOW', 'Header overflow', 'aaaa'))).toBe(431);
  });

  it('answers 400 to a malformed request, 408 to a slow one, 413 to a chunk extension past the limit', () => {
    expect(clientErrorStatus(parserError('HPE_INVALID_METHOD', 'Invalid method encountered'))).toBe(400);
    expect(clientErrorStatus(parserError('HPE_INVALID_VERSION', 'Expected CRLF after version'))).toBe(400);
    expect(clientErrorStatus(parserError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token'))).toBe(400);
    expect(clientErrorStatus(parserError('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'))).toBe(400);
    expect(clientErrorStatus(Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }))).toBe(408);
    expect(clientErrorStatus(parserError('HPE_CHUNK_EXTENSIONS_OVERFLOW', 'Chunk extensions overflow'))).toBe(413);
  });

  it('writes an HTTP/1.1 answer with a problem+json body, the security headers and a request id, then closes', () => {
    const raw = clientErrorResponse(parserError('HPE_INVALID_VERSION', 'Expected CRLF after version'), 'req-1');
    const [head, body] = raw.split('\r\n\r\n');
    const [statusLine, ...headerLines] = head.split('\r\n');
    const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(headers).toMatchObject({
      'content-type': 'application/problem+json; charset=utf-8',
      'x-request-id': 'req-1',
      'x-content-type-options': 'nosniff',
      connection: 'close',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(JSON.parse(body)).toEqual({
      type: 'https://ropa.dev/problems/400',
      title: 'Bad request',
      status: 400,
      detail: 'The request is not valid HTTP/1.1: Expected CRLF after version.',
      requestId: 'req-1',
    });
    expect(
      JSON.parse(clientErrorResponse(parserError('HPE_HEADER_OVERFLOW', 'Header overflow', 'x'), 'r').split('\r\n\r\n')[1]),
    ).toMatchObject({
      status: 431,
      title: 'Request header fields too large',
    });
  });
});
