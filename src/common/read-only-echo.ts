import { type CallHandler, createParamDecorator, type ExecutionContext, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { canonicalJson } from './canonical-json';
import { ConflictError, type FieldError, UnprocessableError } from './errors';

/**
 * Read, edit, send back (issue 22): a client may PUT or PATCH an item with everything a GET answered,
 * read-only members included (`id`, `version`, `createdAt`, `updatedAt`, link summaries, derived fields).
 * Those members are taken out of the body before it is validated and compared with the item as stored:
 * equal, they are ignored; different, the write is refused naming them — an older `version` with 409
 * (the item changed since it was read), any other member with 422 (it cannot be changed by writing it).
 */

/** The read-only members every item answers. */
export const ITEM_META = ['id', 'version', 'createdAt', 'updatedAt'] as const;

/** The read-only members a body carried back, by name. */
export type Echo = Record<string, unknown>;

/** What a body's read-only members got wrong: an older version, and the other members that differ. */
export interface EchoMismatches {
  stale: FieldError | null;
  differing: FieldError[];
}

const TIMESTAMPS = new Set(['createdAt', 'updatedAt']);

/** An instant in any ISO 8601 form, compared as an instant ("…Z" and "…+00:00" are equal). */
const sameInstant = (echoed: unknown, stored: unknown): boolean => {
  if (typeof echoed !== 'string') return false;
  const at = Date.parse(echoed);
  const expected = stored instanceof Date ? stored.getTime() : typeof stored === 'string' ? Date.parse(stored) : Number.NaN;
  return !Number.isNaN(at) && at === expected;
};

/** A stored value as a message shows it: short ones in full. */
const shown = (value: unknown): string => {
  const text = JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
  return text.length <= 120 ? ` (${text})` : '';
};

/**
 * Compares the read-only members a body carried back with the item as stored (a pure function): each must
 * be equal, timestamps as instants, the rest as JSON. `hints` says, per member, what to write instead.
 */
export function echoMismatches(echo: Echo, stored: Readonly<Record<string, unknown>>, hints: Record<string, string> = {}): EchoMismatches {
  let stale: FieldError | null = null;
  const differing: FieldError[] = [];
  for (const [member, value] of Object.entries(echo)) {
    const expected = stored[member];
    if (member === 'version') {
      if (value !== expected) {
        stale = {
          path: 'version',
          message: `version ${JSON.stringify(value)} is not the current version ${JSON.stringify(expected)}: the item changed since it was read; read it again and make the change on what it holds now`,
        };
      }
      continue;
    }
    const equal = TIMESTAMPS.has(member) ? sameInstant(value, expected) : canonicalJson(value ?? null) === canonicalJson(expected ?? null);
    if (!equal) {
      const hint = hints[member] ? `; ${hints[member]}` : '';
      differing.push({
        path: member,
        message: `${member} is read-only and differs from the item as stored${shown(expected)}: send it back unchanged or leave it out${hint}`,
      });
    }
  }
  return { stale, differing };
}

/** 409 for an older version, 422 naming every other member that differs; nothing when all are equal. */
export function throwEchoMismatches({ stale, differing }: EchoMismatches): void {
  if (stale) {
    throw new ConflictError('The body carries the version it was read at, and the item has changed since; see errors[].', [stale]);
  }
  if (differing.length > 0) {
    throw new UnprocessableError('The body changes read-only members; see errors[]. Send them back as read, or leave them out.', differing);
  }
}

const ECHO = Symbol('read-only echo');
type EchoRequest = FastifyRequest & { [ECHO]?: Echo };

/** Takes the listed members out of a JSON object body before the validation pipe sees it, and keeps them on the request. */
class ReadOnlyEchoInterceptor implements NestInterceptor {
  constructor(private readonly members: readonly string[]) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<EchoRequest>();
    const body = request.body as Record<string, unknown> | null | undefined;
    const echo: Echo = {};
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      for (const member of this.members) {
        if (!Object.hasOwn(body, member)) continue;
        echo[member] = body[member];
        delete body[member];
      }
    }
    request[ECHO] = echo;
    return next.handle();
  }
}

/** A write route whose body may carry back these read-only members (see {@link Echoed}). */
export const AcceptsReadOnlyEcho = (members: readonly string[]): MethodDecorator => UseInterceptors(new ReadOnlyEchoInterceptor(members));

/** The read-only members the body carried back, taken out before validation ({@link AcceptsReadOnlyEcho}). */
export const Echoed = createParamDecorator((_data: unknown, context: ExecutionContext): Echo => {
  return context.switchToHttp().getRequest<EchoRequest>()[ECHO] ?? {};
});

/** The sentence each write operation's description ends with. */
export const ECHO_DESCRIPTION =
  'The body may carry back the read-only members a GET answered (`id`, `version`, `createdAt`, `updatedAt`, link summaries such as `dataCategories`, derived fields such as `publicUrl`): unchanged, they are ignored; changed, the write is refused naming them (409 for an older `version`, 422 for the others). So a client can GET, edit and send everything back.';
