import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_HEADERS } from '../common/app-headers';
import { compress, type ContentCoding, MIN_COMPRESSED_BYTES, negotiateEncoding } from '../common/content-coding';
import { ChangeBus } from '../database/change-bus';
import type { PublicPolicy, PublicRoute } from './public-policies.service';

const MAX_AGE_MS = 300_000;
const STEADY_CACHE_CONTROL = `public, max-age=${MAX_AGE_MS / 1000}`;
/** Answers kept: one per (service, language, format) asked for; the oldest go first beyond this. */
const MAX_ANSWERS = 2000;

/** Response headers a cross-origin script may read. */
export const PUBLIC_EXPOSED_HEADERS = 'ETag, Last-Modified, Content-Language, Link, X-Policy-Upcoming-Change';

const CODINGS: readonly ContentCoding[] = ['identity', 'br', 'gzip'];

/** The whole answer for one public URL, built once and sent as it is until something changes. */
interface Answer {
  /** Per encoding: a strong validator names one representation, its content coding included (RFC 9110 §8.8.3) */
  etags: Record<ContentCoding, string>;
  /** Per encoding, every header of the 200 (security headers included), Cache-Control aside */
  headers: Record<ContentCoding, Record<string, string>>;
  /** Per encoding, the 304's headers, Cache-Control aside: what RFC 9110 §15.4.5 asks for, and what CORS needs */
  notModified: Record<ContentCoding, Record<string, string>>;
  bodies: Record<ContentCoding, Buffer>;
  /** Last-Modified in whole seconds, as an HTTP date can say it: If-Modified-Since is compared with it */
  lastModifiedSeconds: number;
  /** When the version in effect changes (the next version's effectiveFrom): the answer is stale from then */
  changeAt: number;
}

/**
 * The coding whose representation the client already holds, or null. If-None-Match is compared weakly
 * (RFC 9110 §13.1.2) with the ETag of every coding: a client holding the gzip copy is up to date however
 * it asks now, and the 304 names the tag it holds, so that its cache updates that copy (RFC 9111 §4.3.4).
 * Without If-None-Match, If-Modified-Since not earlier than Last-Modified is the same (RFC 9110 §13.1.3).
 */
export function heldCoding(
  request: { 'if-none-match'?: string; 'if-modified-since'?: string },
  answer: Pick<Answer, 'etags' | 'lastModifiedSeconds'>,
  negotiated: ContentCoding,
): ContentCoding | null {
  const ifNoneMatch = request['if-none-match'];
  if (ifNoneMatch) {
    if (ifNoneMatch.trim() === '*') return negotiated;
    const tags = ifNoneMatch.split(',').map((listed) => listed.trim().replace(/^W\//, ''));
    if (tags.includes(answer.etags[negotiated])) return negotiated;
    return CODINGS.find((coding) => tags.includes(answer.etags[coding])) ?? null;
  }
  const since = request['if-modified-since'];
  if (!since) return null;
  // An invalid date is ignored (§13.1.3); a date is compared in whole seconds, its only precision.
  const seconds = Date.parse(since) / 1000;
  return Number.isFinite(seconds) && answer.lastModifiedSeconds <= seconds ? negotiated : null;
}

async function build(policy: PublicPolicy): Promise<Answer> {
  const identity = Buffer.from(policy.body, 'utf8');
  const worthIt = identity.length >= MIN_COMPRESSED_BYTES;
  const [br, gz] = worthIt
    ? await Promise.all([compress('br', identity, 'smallest'), compress('gzip', identity, 'smallest')])
    : [identity, identity];
  // Any website may embed or fetch its policy, so this route opts out of the same-origin defaults.
  const crossOrigin = {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': PUBLIC_EXPOSED_HEADERS,
    'cross-origin-resource-policy': 'cross-origin',
  };
  // Every answer may depend on Accept-Language (RFC 9110 §12.5.5), also one asked for with ?lang=: the same
  // cache entry then serves both kinds of request without a wrong language.
  const vary = 'Accept-Encoding, Accept-Language';
  const full: Record<string, string> = {
    ...API_HEADERS,
    ...crossOrigin,
    'last-modified': policy.lastModified.toUTCString(),
    vary,
    'content-language': policy.language,
    link: policy.link,
    'content-type': policy.contentType,
  };
  if (policy.upcoming) full['x-policy-upcoming-change'] = `${policy.upcoming.effectiveFrom}; version=${policy.upcoming.number}`;
  const bodies: Record<ContentCoding, Buffer> = {
    identity,
    br: br.length < identity.length ? br : identity,
    gzip: gz.length < identity.length ? gz : identity,
  };
  // A compressed copy is another representation: its strong ETag says so (`"…"` → `"….br"`).
  const etagOf = (coding: ContentCoding): string => (bodies[coding] === identity ? policy.etag : `${policy.etag.slice(0, -1)}.${coding}"`);
  const etags = { identity: etagOf('identity'), br: etagOf('br'), gzip: etagOf('gzip') };
  const encoded = (coding: ContentCoding): Record<string, string> =>
    bodies[coding] === identity ? { ...full, etag: etags[coding] } : { ...full, etag: etags[coding], 'content-encoding': coding };
  // A 304 updates what the client holds; representation metadata and the security headers of a body it
  // does not carry are left out (RFC 9110 §15.4.5). Date is Node's own.
  const notModified = (coding: ContentCoding): Record<string, string> => ({ ...crossOrigin, etag: etags[coding], vary });
  return {
    etags,
    headers: { identity: encoded('identity'), br: encoded('br'), gzip: encoded('gzip') },
    notModified: { identity: notModified('identity'), br: notModified('br'), gzip: notModified('gzip') },
    bodies,
    lastModifiedSeconds: Math.floor(policy.lastModified.getTime() / 1000),
    changeAt: policy.upcoming ? Date.parse(policy.upcoming.effectiveFrom) : Number.POSITIVE_INFINITY,
  };
}

/**
 * The public policy answers, from memory: headers, ETag and body bytes (with a brotli and a gzip copy
 * compressed once) per URL, sent with no query at all. Forgotten on every change that may alter which
 * version a URL serves — publication, a policy or service written — on this replica at once
 * (`invalidate`) and on the others through the database's notification (ChangeBus, topic `public`);
 * an answer is also stale once the next version's effectiveFrom passes.
 */
@Injectable()
export class PublicAnswers {
  private readonly answers = new Map<string, Answer>();
  private readonly building = new Map<string, Promise<Answer>>();
  /** Per slug: the languages its version in effect is published in, for negotiation without a query. */
  private readonly routes = new Map<string, PublicRoute>();
  private readonly routing = new Map<string, Promise<PublicRoute>>();
  /** Bumped by every invalidation: an answer built from a read made before it is not kept. */
  private generation = 0;

  constructor(private readonly bus: ChangeBus) {
    bus.subscribe('public', () => this.invalidate());
  }

  /** Forgets every answer; call it after a commit that changes what a public URL serves. */
  invalidate(): void {
    this.generation += 1;
    this.answers.clear();
    this.building.clear();
    this.routes.clear();
    this.routing.clear();
  }

  /** The languages a slug serves, read by `load` only when none is held (or the version in effect changed). */
  route(slug: string, load: () => Promise<PublicRoute>): PublicRoute | Promise<PublicRoute> {
    const now = Date.now();
    return this.heldRoute(slug, now) ?? this.remember(this.routes, this.routing, slug, load, now);
  }

  /** Sends the answer for `key`, built by `load` (which reads the database) only when none is held. */
  async send(key: string, load: () => Promise<PublicPolicy>, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const now = Date.now();
    const answer = this.held(key, now) ?? (await this.fetch(key, load, now));
    await this.write(answer, request, reply, now);
  }

  /** The languages a slug serves, when held and still in effect; never reads the database. */
  heldRoute(slug: string, now = Date.now()): PublicRoute | undefined {
    const route = this.routes.get(slug);
    return route !== undefined && now < route.changeAt ? route : undefined;
  }

  /**
   * Sends the answer for `key` when it is held and current, with nothing else to do (no promise, no
   * query): what the fast path (`public-fast-path.ts`) uses before Nest's pipeline. False otherwise.
   */
  sendHeld(key: string, request: FastifyRequest, reply: FastifyReply): boolean {
    const now = Date.now();
    const answer = this.held(key, now);
    if (answer === undefined) return false;
    void this.write(answer, request, reply, now);
    return true;
  }

  private held(key: string, now: number): Answer | undefined {
    const answer = this.answers.get(key);
    return answer !== undefined && now < answer.changeAt ? answer : undefined;
  }

  private write(answer: Answer, request: FastifyRequest, reply: FastifyReply, now: number): FastifyReply {
    const cacheControl =
      answer.changeAt - now >= MAX_AGE_MS
        ? STEADY_CACHE_CONTROL
        : `public, max-age=${Math.max(0, Math.floor((answer.changeAt - now) / 1000))}`;
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    const held = heldCoding(request.headers, answer, encoding);
    if (held !== null) return reply.code(304).headers(answer.notModified[held]).header('cache-control', cacheControl).send();
    return reply.headers(answer.headers[encoding]).header('cache-control', cacheControl).send(answer.bodies[encoding]);
  }

  private fetch(key: string, load: () => Promise<PublicPolicy>, now: number): Promise<Answer> {
    return this.remember(this.answers, this.building, key, () => load().then(build), now);
  }

  /** Loads what `key` stands for once, shared by concurrent requests, kept unless a change came meanwhile. */
  private async remember<T extends { changeAt: number }>(
    held: Map<string, T>,
    pending: Map<string, Promise<T>>,
    key: string,
    load: () => Promise<T>,
    now: number,
  ): Promise<T> {
    held.delete(key);
    const loading = pending.get(key);
    if (loading) return loading;
    const generation = this.generation;
    const live = this.bus.live;
    const built = load();
    // Concurrent requests for the same URL share one read (and one compression).
    pending.set(key, built);
    try {
      const value = await built;
      if (live && this.bus.live && generation === this.generation && now < value.changeAt) {
        if (held.size >= MAX_ANSWERS) held.delete(held.keys().next().value as string);
        held.set(key, value);
      }
      return value;
    } finally {
      if (pending.get(key) === built) pending.delete(key);
    }
  }
}
