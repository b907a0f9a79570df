import { maxHeaderSize } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Test } from 'supertest';
import { bearer, startTestApp, type TestApp } from './support/app';
import { contract } from './support/contract';
import { createExamplePolicy, exampleService, importExample } from './support/example-registry';

/**
 * Spec-driven fuzz: bad requests for every operation in the committed openapi/openapi.json,
 * generated from the document itself (its paths, parameters and body schemas), so an operation
 * added tomorrow is fuzzed without anyone listing it here. Every answer goes through the contract
 * hook of the harness (status declared, headers, problem+json schema); this test adds: no 5xx, no
 * 2xx to a write that carried bad input, and no change in any table, the audit trail included.
 */

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Json[];
  bodySchema: Json | null;
}

const document = contract().document as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

const OPERATIONS: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete', 'options'].includes(method))
    .map(([method, op]) => ({
      method,
      path,
      operationId: String(op.operationId),
      parameters: (op.parameters as Json[] | undefined) ?? [],
      bodySchema: ((((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined)
        ?.schema ?? null) as Json | null,
    })),
);

const resolve = (schema: Json): Json => {
  const ref = schema.$ref as string | undefined;
  return ref ? resolve(document.components.schemas[ref.split('/').pop() as string]) : schema;
};

/** Text PostgreSQL cannot store or no route accepts, numbers past int4/bigint, and ids of nothing. */
const hostileText = fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udc00', 'x'.repeat(10_000), '', ' ', '../../etc', '%', '＝1+1');
const badPathValue = fc.oneof(
  hostileText,
  fc.constantFrom('not-a-uuid', '00000000-0000-4000-8000-00000000dead', '2147483648', '9223372036854775807', '1e20', '-1', '0', '1.5'),
);
// Node itself refuses a request line past 16 KB (431, before the app sees it): query values stay under that.
const badQueryValue = fc.oneof(
  hostileText.filter((text) => text.length < 4000),
  fc.constant('y'.repeat(3000)),
  fc.constantFrom('abc', '1e20', '-5', '9223372036854775807', 'maybe', 'nope', '2030-13-45'),
);

/** A value of the wrong type for a schema: validation must refuse it whatever else the body holds. */
function wrongTypeFor(schema: Json): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const type = s.type as string | undefined;
  if (type === 'string') return fc.oneof(fc.integer(), fc.constant({ nested: ['x'] }), fc.constant([1, 2]), fc.boolean());
  if (type === 'integer' || type === 'number') return fc.oneof(fc.constant('x'), fc.constant(1e20), fc.constant(2 ** 31), fc.constant([]));
  if (type === 'boolean') return fc.oneof(fc.constant('yes'), fc.integer({ min: 2 }), fc.constant({}));
  if (type === 'array') return fc.oneof(fc.constant('x'), fc.integer(), fc.constant({ a: 1 }));
  return fc.oneof(fc.integer(), fc.constant('x'), fc.constant(true), fc.constant([[]]));
}

/** Anything in the other fields: hostile text, wrong types, deep nesting. */
const anything = fc.oneof(
  hostileText,
  fc.integer(),
  fc.constant(null),
  fc.constant(1e20),
  fc.array(hostileText, { maxLength: 3 }),
  fc.constant(JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) as unknown),
);

type Body = { kind: 'json'; value: unknown } | { kind: 'raw'; type: string; text: string };

/** A body the operation must refuse: a declared field of the wrong type, a non-object, or not JSON at all. */
function badBody(schema: Json): fc.Arbitrary<Body> {
  const s = resolve(schema);
  const properties = Object.entries((s.properties as Record<string, Json> | undefined) ?? {});
  const notJson = fc.record({
    kind: fc.constant('raw' as const),
    type: fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x'),
    text: fc.constant('name=x&slug=y'),
  });
  const tooDeep = fc.constant<Body>({ kind: 'raw', type: 'application/json', text: `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}` });
  const notObject = fc
    .oneof(fc.constant([]), fc.integer(), fc.constant('text'), fc.constant(null))
    .map((value): Body => ({ kind: 'json', value }));
  const surrogateKey = fc.constant<Body>({ kind: 'json', value: { ['k\ud800']: 'x' } });
  if (properties.length === 0) return fc.oneof(notJson, tooDeep, notObject, surrogateKey);
  const wrongField = fc.constantFrom(...properties).chain(([name, property]) =>
    fc
      .record({
        bad: wrongTypeFor(property),
        others: fc.dictionary(fc.constantFrom(...properties.map(([n]) => n)), anything, { maxKeys: 3 }),
      })
      .map(({ bad, others }): Body => ({ kind: 'json', value: { ...others, [name]: bad } })),
  );
  return fc.oneof({ weight: 4, arbitrary: wrongField }, notJson, tooDeep, notObject, surrogateKey);
}

/** Declared query parameters with bad values, sometimes an undeclared one too. */
const badQuery = (parameters: Json[]): fc.Arbitrary<Record<string, string>> => {
  const names = parameters.filter((p) => p.in === 'query').map((p) => String(p.name));
  const declared = names.length > 0 ? fc.dictionary(fc.constantFrom(...names), badQueryValue, { maxKeys: names.length }) : fc.constant({});
  return fc
    .tuple(declared, fc.option(fc.constantFrom('hack', '__proto__', 'limit[]'), { nil: undefined }))
    .map(([query, extra]) => (extra ? { ...query, [extra]: 'x' } : query));
};

describe('spec-driven fuzz: every operation of openapi/openapi.json refuses bad requests cleanly', () => {
  let t: TestApp;
  let tables: string[];
  /** Valid values of path parameters by name, so that a bad body or query reaches an existing item. */
  const valid: Record<string, string> = {};

  const counts = async (): Promise<Record<string, number>> => {
    const rows: { t: string; n: string }[] = await t.dataSource.query(
      tables.map((table) => `SELECT '${table}' AS t, count(*)::text AS n FROM "${table}"`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    const dpo = bearer(t.keys.dpo);
    await importExample(t.http, t.keys.dpo);
    const service = await exampleService(t.http, t.keys.dpo);
    const policy = await createExamplePolicy(t.http, t.keys.dpo, { title: 'Fuzzed', serviceId: service.id, options: undefined });
    valid.id = policy.id;
    // The preview-link secret is made on first use; made here, so that what the bad requests change is what is counted.
    await t.http
      .get(`/api/v1/policies/${policy.id}/preview-link`)
      .set(...dpo)
      .expect(200);
    // So is the secret that signs the audit chain's head.
    await t.http
      .get('/api/v1/audit-events/head')
      .set(...dpo)
      .expect(200);
    valid.serviceSlug = service.slug;
    valid.number = valid.a = valid.b = '1';
    const rows: { table_name: string }[] = await t.dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'migrations'",
    );
    tables = rows.map((r) => r.table_name).sort();
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every operation the document declares', () => {
    expect(OPERATIONS.length).toBeGreaterThan(60);
    expect(new Set(OPERATIONS.map((o) => o.operationId)).size).toBe(OPERATIONS.length);
  });

  it('answers every bad request with a declared 4xx problem, never 5xx, and changes nothing', async () => {
    const before = await counts();
    const failures: string[] = [];
    for (const op of OPERATIONS) {
      const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => String(p.name));
      const writes = op.method !== 'get' && op.method !== 'options';
      // A write must carry bad input where it cannot be ignored: in its body, or in a path parameter.
      const arbitrary = fc.record({
        path: fc.record(Object.fromEntries(pathParams.map((name) => [name, fc.oneof(badPathValue, fc.constant(valid[name] ?? 'x'))]))),
        query: badQuery(op.parameters),
        body: op.bodySchema ? badBody(op.bodySchema) : fc.constant(null),
        ifMatch: fc.option(fc.constantFrom('W/"1"', '"999999"', 'garbage'), { nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ path, query, body, ifMatch }) => {
          if (writes && !op.bodySchema && pathParams.every((name) => path[name] === valid[name])) {
            path[pathParams[0]] = 'not-a-uuid';
          }
          const url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponentLoose(path[name]));
          const search = new URLSearchParams(query).toString();
          const agent = t.http as unknown as Record<string, (url: string) => Test>;
          let req = agent[op.method](`${url}${search ? `?${search}` : ''}`).set(...bearer(t.keys.dpo));
          if (ifMatch) req = req.set('If-Match', ifMatch);
          if (body?.kind === 'raw') req = req.set('Content-Type', body.type).send(body.text);
          else if (body?.kind === 'json') req = req.set('Content-Type', 'application/json').send(JSON.stringify(body.value));
          const res = await req;
          const what = `${op.operationId} ${op.method.toUpperCase()} ${url}?${search} ${JSON.stringify(body)?.slice(0, 100)} → ${res.status}`;
          if (res.status >= 500) failures.push(what);
          if (res.status >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json'))
            failures.push(`${what}: not a problem`);
          if (writes && res.status < 400) failures.push(`${what}: a bad write was accepted`);
        }),
        { numRuns: 20, seed: 2026_11 },
      );
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 170_000);
});

/**
 * What Node's HTTP parser refuses before any route exists, sent over a raw socket (no client library would
 * send it): each kind with the statuses it may get. Every answer must still be a problem the operation declares.
 */
const MALFORMED: Record<string, { statuses: number[]; request: (method: string, path: string) => string }> = {
  'oversized header': {
    statuses: [431],
    request: (method, path) => `${method} ${path} HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(maxHeaderSize + 10)}\r\n\r\n`,
  },
  'many headers past the limit': {
    statuses: [431],
    request: (method, path) =>
      `${method} ${path} HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 400 }, (_, i) => `X-H${i}: ${'v'.repeat(50)}`).join('\r\n')}\r\n\r\n`,
  },
  'request line past the limit': {
    statuses: [414],
    request: (method, path) => `${method} ${path}?q=${'q'.repeat(maxHeaderSize)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  },
  'garbage after the version': { statuses: [400], request: (method, path) => `${method} ${path} HTTP/1.1 garbage\r\nHost: x\r\n\r\n` },
  'no version': { statuses: [400], request: (method, path) => `${method} ${path} XTTP/9\r\nHost: x\r\n\r\n` },
  'space in a header name': { statuses: [400], request: (method, path) => `${method} ${path} HTTP/1.1\r\nHo st: x\r\n\r\n` },
  'control character in a header value': {
    statuses: [400],
    request: (method, path) => `${method} ${path} HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n`,
  },
  'bad Content-Length': {
    statuses: [400],
    request: (method, path) => `${method} ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n`,
  },
  'bad chunk size': {
    statuses: [400],
    request: (method, path) => `${method} ${path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n`,
  },
};

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Sends bytes as they are and reads the answer until the server closes the connection. */
function sendRaw(port: number, bytes: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes, 'latin1'));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server may close while the request is still being written: what it answered is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(raw.slice(0, 200))}`));
      const [statusLine, ...lines] = raw.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text: raw.slice(split + 4) });
    });
  });
}

describe("spec-driven fuzz: what Node's HTTP parser refuses is a declared problem too", () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp();
    // The harness already listens on loopback (one origin for the suite's absolute links); listen only if it does not.
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers an oversized header, an overlong request line and a malformed request with a declared problem+json', async () => {
    const failures: string[] = [];
    const kinds = Object.keys(MALFORMED);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATIONS), fc.constantFrom(...kinds), async (op, kind) => {
        const path = op.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-00000000dead');
        const method = op.method.toUpperCase();
        const answer = await sendRaw(port, MALFORMED[kind].request(method, path));
        const what = `${kind}: ${op.operationId} ${method} ${path} → ${answer.status}`;
        if (!MALFORMED[kind].statuses.includes(answer.status)) failures.push(`${what}: expected ${MALFORMED[kind].statuses.join(' or ')}`);
        if (!answer.headers['content-type']?.startsWith('application/problem+json')) failures.push(`${what}: not a problem`);
        if (answer.headers['x-request-id'] === undefined) failures.push(`${what}: no X-Request-Id`);
        failures.push(
          ...contract()
            .violations(method, path, answer)
            .map((violation) => `${what}: ${violation}`),
        );
      }),
      { numRuns: 400, seed: 2026_26 },
    );
    expect(failures).toEqual([]);
  }, 120_000);
});

/** Percent-encodes a path segment; a lone surrogate, which encodeURIComponent refuses, goes as ill-formed UTF-8. */
function encodeURIComponentLoose(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}
