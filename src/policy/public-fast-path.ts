import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { chooseLanguage, parsePublicPolicyQuery, publicAnswerKey } from './public-policies.controller';
import type { PublicAnswers } from './public-answers';

/** The public policy route as Fastify registers it (the global prefix included). */
export const PUBLIC_POLICY_ROUTE = '/api/v1/public/policies/:serviceSlug';

/**
 * Answers a public policy request from memory before Nest's pipeline (guards, interceptors, pipes, the
 * handler's promise chain), when everything it needs is held: the slug's languages and the answer for the
 * negotiated language and format. It runs as the route's own `preHandler`, so the global hooks — rate
 * limit, request id and log — apply as to every request; the security headers come with the answer.
 * Whatever is not held, and every error (400, 404, 406), goes on to the controller, which reads, caches
 * and answers it.
 */
export function servePublicPolicyFromMemory(answers: PublicAnswers) {
  return function publicPolicyFromMemory(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
    const slug = (request.params as { serviceSlug?: string }).serviceSlug;
    const params = slug === undefined ? [] : parsePublicPolicyQuery(request.query as Record<string, unknown>);
    if (slug !== undefined && !Array.isArray(params)) {
      const route = answers.heldRoute(slug);
      const language = route && chooseLanguage(params, request.headers['accept-language'], route);
      if (typeof language === 'string' && answers.sendHeld(publicAnswerKey(slug, language, params), request, reply)) return;
    }
    // The route's onRequest hook left the security headers to the answer: the controller's answers are
    // written by the same PublicAnswers (200 and 304 alike), its errors by sendProblem, which adds them.
    done();
  };
}

/** Adds the fast path to the public policy route (call from an onRoute hook). */
export function addPublicFastPath(route: RouteOptions, answers: PublicAnswers): void {
  if (route.url !== PUBLIC_POLICY_ROUTE || ![route.method].flat().includes('GET')) return;
  const existing = route.preHandler === undefined ? [] : [route.preHandler].flat();
  route.preHandler = [...existing, servePublicPolicyFromMemory(answers)] as RouteOptions['preHandler'];
}
