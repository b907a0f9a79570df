import { createServer } from 'node:net';

/**
 * Listens on the port and closes at once, before the database is touched: a first start on a busy port
 * would otherwise create the database and the one-time DPO key, then stop before showing it. Rejects with
 * the listen error (EADDRINUSE, EACCES, EADDRNOTAVAIL), which describeStartupError words in one line.
 */
export function probePort(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve()));
  });
}
