import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { databaseUnavailable } from './database-unavailable';
import { RETRY_AFTER_SECONDS, sendProblem, toProblem } from './problem.filter';

const quiet = new Logger('spec');
quiet.warn = () => undefined;
quiet.error = () => undefined;

/** An error as the pg driver raises it (TypeORM's QueryFailedError copies these members too). */
const pgError = (code: string, severity = 'ERROR', message = 'server error'): Error =>
  Object.assign(new Error(message), { code, severity });

/** What sendProblem writes, captured. */
function captured(): { reply: FastifyReply; sent: { status?: number; headers: Record<string, string>; body?: unknown } } {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const reply = {
    hasHeader: (name: string) => name.toLowerCase() in sent.headers,
    header(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    headers(all: Record<string, string>) {
      for (const [name, value] of Object.entries(all)) sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

describe('database outages are 503 with Retry-After, bugs stay 500', () => {
  const outages: [string, Error][] = [
    [
      '55000 FATAL: not accepting connections (ALLOW_CONNECTIONS false)',
      pgError('55000', 'FATAL', 'database "x" is not currently accepting connections'),
    ],
    ['57P01 admin_shutdown (pg_terminate_backend)', pgError('57P01', 'FATAL', 'terminating connection due to administrator command')],
    ['57P02 crash_shutdown', pgError('57P02', 'FATAL')],
    ['57P03 cannot_connect_now', pgError('57P03', 'FATAL', 'the database system is starting up')],
    ['57P04 database_dropped', pgError('57P04', 'FATAL')],
    ['57P05 idle_session_timeout', pgError('57P05', 'FATAL')],
    ['53300 too_many_connections', pgError('53300', 'FATAL', 'sorry, too many clients already')],
    ['53100 disk_full', pgError('53100')],
    ['53200 out_of_memory', pgError('53200')],
    ['08006 connection_failure', pgError('08006')],
    ['08001 unable to connect', pgError('08001')],
    ['58030 io_error', pgError('58030')],
    ['25006 read-only (a standby, maintenance)', pgError('25006', 'ERROR', 'cannot execute INSERT in a read-only transaction')],
    ['3D000 FATAL: the database is gone', pgError('3D000', 'FATAL', 'database "x" does not exist')],
    ['55P03 lock_not_available (busy)', pgError('55P03')],
    ['57014 query_canceled (busy)', pgError('57014')],
    ['40001 serialization_failure (busy)', pgError('40001')],
    ['40P01 deadlock_detected (busy)', pgError('40P01')],
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'ECONNREFUSED on every address of a host name (AggregateError)',
      new AggregateError(
        [Object.assign(new Error('::1'), { code: 'ECONNREFUSED' }), Object.assign(new Error('127.0.0.1'), { code: 'ECONNREFUSED' })],
        'connect failed',
      ),
    ],
    ['a QueryFailedError wrapping 57P01', Object.assign(new Error('query failed'), { driverError: pgError('57P01', 'FATAL') })],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a closed PGlite', new Error('PGlite is closed')],
  ];

  it.each(outages)('%s → 503 problem', (_name, error) => {
    const problem = toProblem(error, 'req-1', quiet);
    expect(problem).toMatchObject({ type: 'https://ropa.dev/problems/503', title: 'Service unavailable', status: 503 });
    expect(problem.detail).toMatch(/retry after the seconds in Retry-After/);
  });

  it('tells a busy registry from an outage', () => {
    expect(databaseUnavailable(pgError('55P03'))).toBe('busy');
    expect(databaseUnavailable(pgError('55000', 'FATAL'))).toBe('down');
    expect(toProblem(pgError('55P03'), 'r', quiet).detail).toMatch(/busy/);
    expect(toProblem(pgError('55000', 'FATAL'), 'r', quiet).detail).toMatch(/unavailable/);
  });

  it.each([
    ['55000 without FATAL (currval before nextval: a bug)', pgError('55000', 'ERROR', 'currval of sequence "s" is not yet defined')],
    ['23505 unique_violation', pgError('23505')],
    ['42P01 undefined_table', pgError('42P01')],
    ['a TypeError', new TypeError('x is undefined')],
    ['an AggregateError of bugs', new AggregateError([new Error('a'), pgError('42601')], 'several')],
  ])('%s → bare 500', (_name, error) => {
    expect(toProblem(error, 'req-2', quiet)).toEqual({
      type: 'https://ropa.dev/problems/500',
      title: 'Internal server error',
      status: 500,
      requestId: 'req-2',
    });
  });

  it('sends a 503 as problem+json with Retry-After', () => {
    const { reply, sent } = captured();
    const request = { id: 'req-3', url: '/api/v1/public/policies/x?lang=en' } as unknown as FastifyRequest;
    sendProblem(reply, request, toProblem(pgError('55000', 'FATAL'), 'req-3', quiet));
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(sent.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(sent.body).toMatchObject({ status: 503, instance: '/api/v1/public/policies/x', requestId: 'req-3' });
  });
});
