import { createServer, type Server } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { probePort } from './port-probe';
import { describeStartupError } from './startup-errors';

const listening = (): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen({ host: '127.0.0.1', port: 0 }, () => resolve(server));
  });

describe('probePort', () => {
  it('refuses a port in use with the error the start-up words in one line', async () => {
    const busy = await listening();
    const port = (busy.address() as { port: number }).port;
    try {
      const error = await probePort('127.0.0.1', port).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as { code?: string }).code).toBe('EADDRINUSE');
      expect(describeStartupError(error, null)).toMatch(new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      busy.close();
    }
  });

  it('leaves a free port free: the server can listen on it afterwards', async () => {
    const probe = await listening();
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    await probePort('127.0.0.1', port);
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen({ host: '127.0.0.1', port }, () => resolve());
    });
    again.close();
  });
});
