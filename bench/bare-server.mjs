// The baseline of the HTTP ratios: a bare Fastify server (the version the app runs on) answering
// GET /health/live with the same body as the app's /health/live, started with the same Node options.
// With BARE_HEADERS (a JSON object) it also sends those headers and an X-Request-Id made per request as
// the app makes it: the same bytes as the app's answer, Date and the id aside.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';

const body = '{"status":"ok","info":{},"error":{},"details":{}}';
const headers = process.env.BARE_HEADERS ? JSON.parse(process.env.BARE_HEADERS) : null;
const app = Fastify();
app.get('/health/live', (_request, reply) => {
  if (headers) void reply.headers(headers).header('x-request-id', randomUUID());
  void reply.header('content-type', 'application/json; charset=utf-8').send(body);
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
