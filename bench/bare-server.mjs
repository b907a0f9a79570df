// The baseline of the HTTP ratios: a bare Fastify server (the version the app runs on) answering
// GET /health/live with the same bytes as the app's /health/live, started with the same Node options.
import Fastify from 'fastify';

const body = '{"status":"ok","info":{},"error":{},"details":{}}';
const app = Fastify();
app.get('/health/live', (_request, reply) => {
  void reply.header('content-type', 'application/json; charset=utf-8').send(body);
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
