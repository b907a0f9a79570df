import { Controller, Get, HttpCode, Options, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, CONTENT_LANGUAGE, LAST_MODIFIED, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { type FieldError, NotAcceptableError, RequestValidationError, ResourceNotFoundError } from '../common/errors';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../domain/languages';
import { renderingKey } from './renderings';
import { POLICY_FORMATS, type PolicyFormat } from './policy-version.entity';
import { negotiateLanguage } from './language-negotiation';
import { PUBLIC_EXPOSED_HEADERS, PublicAnswers } from './public-answers';
import { PublicPoliciesService } from './public-policies.service';

export interface PublicPolicyParams {
  /** Asked for with ?lang=; undefined: negotiated from Accept-Language */
  lang: PolicyLanguage | undefined;
  format: PolicyFormat;
  standalone: boolean;
}

const DEFAULTS: PublicPolicyParams = { lang: undefined, format: 'html', standalone: false };

/**
 * The query of the public route, checked by hand: this route answers from memory, and class-validator
 * would cost more than everything else it does. Same rules and messages as the other routes' DTOs.
 */
export function parsePublicPolicyQuery(query: Record<string, unknown>): PublicPolicyParams | FieldError[] {
  let lang = DEFAULTS.lang;
  let format = DEFAULTS.format;
  let standalone = DEFAULTS.standalone;
  let errors: FieldError[] | undefined;
  for (const name in query) {
    const value = query[name];
    if (name === 'lang' && (POLICY_LANGUAGES as readonly unknown[]).includes(value)) lang = value as PolicyLanguage;
    else if (name === 'format' && (POLICY_FORMATS as readonly unknown[]).includes(value)) format = value as PolicyFormat;
    else if (name === 'standalone' && (value === 'true' || value === 'false')) standalone = value === 'true';
    else {
      const message =
        name === 'lang'
          ? `lang must be one of the following values: ${POLICY_LANGUAGES.join(', ')}`
          : name === 'format'
            ? `format must be one of the following values: ${POLICY_FORMATS.join(', ')}`
            : name === 'standalone'
              ? 'standalone must be a boolean value'
              : `property ${name} should not exist`;
      (errors ??= []).push({ path: name, message });
    }
  }
  return errors ?? { lang, format, standalone };
}

/**
 * The language to serve: `?lang=` when the policy has it (undefined when it has not: 404), else the one
 * Accept-Language negotiates (null when the header accepts none of the policy's: 406), else the default.
 */
export function chooseLanguage(
  params: PublicPolicyParams,
  acceptLanguage: string | undefined,
  route: { languages: readonly string[]; language: string },
): string | null | undefined {
  if (params.lang !== undefined) return route.languages.includes(params.lang) ? params.lang : undefined;
  return negotiateLanguage(acceptLanguage, route.languages, route.language);
}

/**
 * The query of a public route, or 400 naming each bad parameter: the one rule for the policy and each of its layers.
 * `standalone` only where the answer can be a whole page (`wholePage`: the policy itself); a layer that is always a
 * fragment (first layer, camera sign, notice at collection) refuses it. The policy's fast path calls parsePublicPolicyQuery
 * itself: it must not throw, since it leaves every error to the controller, which refuses it here.
 */
export function parseLayerQuery(query: Record<string, unknown>, { wholePage = false } = {}): PublicPolicyParams {
  // A layer's document declares no `standalone`: any value of it is refused, `false` too, as any other undeclared name.
  const { standalone, ...rest } = query;
  const undeclared = !wholePage && standalone !== undefined;
  const params = parsePublicPolicyQuery(undeclared ? rest : query);
  const errors: FieldError[] = Array.isArray(params) ? [...params] : [];
  if (undeclared) errors.push({ path: 'standalone', message: 'property standalone should not exist' });
  if (errors.length > 0 || Array.isArray(params)) throw new RequestValidationError(errors);
  return params;
}

/**
 * The language a public answer of the policy served at `slug` is given in (chooseLanguage), or the refusal every
 * public route gives: 406 when Accept-Language accepts none of its languages (with Vary, since the refusal depends on
 * the header too: a shared cache must not give it to a reader asking in Polish), 404 when `lang` is not one of them.
 */
export function servedLanguage(
  params: PublicPolicyParams,
  route: { languages: readonly string[]; language: string },
  slug: string,
  request: FastifyRequest,
  reply: FastifyReply,
): string {
  const language = chooseLanguage(params, request.headers['accept-language'], route);
  if (language === null) {
    void reply.header('vary', 'Accept-Language');
    throw new NotAcceptableError(
      `None of the languages in Accept-Language is one this policy is published in: ${route.languages.join(', ')}. Send one of them, or ask with ?lang=.`,
      route.languages,
    );
  }
  if (language === undefined)
    throw new ResourceNotFoundError(
      `The policy served at "${slug}" is not published in ${params.lang}; its languages: ${route.languages.join(', ')}.`,
    );
  return language;
}

/** Keyed by the language negotiated, not the header: every header that picks Polish shares one answer. */
export const publicAnswerKey = (slug: string, language: string, params: PublicPolicyParams): string =>
  `${slug}\n${language}\n${renderingKey(params.format, params.standalone)}`;

const CACHE_CONTROL = {
  'Cache-Control': { description: 'public, max-age: 300 s, or until the next version takes effect', schema: { type: 'string' } },
};
const VARY = { Vary: { description: 'Accept-Encoding, Accept-Language', schema: { type: 'string' } } };
const ALTERNATES = {
  Link: {
    description: 'The same policy in each of its languages (`rel="alternate"; hreflang="pl"`), and the negotiating URL as `x-default`',
    schema: { type: 'string' },
  },
};

@ApiTags('public')
@Public()
@Controller('public/policies')
export class PublicPoliciesController {
  constructor(
    private readonly policies: PublicPoliciesService,
    private readonly answers: PublicAnswers,
  ) {}

  @Get(':serviceSlug')
  @ApiParam({ name: 'serviceSlug', description: 'A service slug (e.g. `livechat-instagram`), `_organisation`, or a policy id' })
  @ApiOperation({
    operationId: 'getPublishedPolicy',
    summary: 'The policy in effect for a service, for all services, or by policy id (no key needed)',
    description:
      "For websites and CMSs. `serviceSlug` picks the policy: a service's slug (its main policy: the one for all its data subjects, else the first created), `_organisation` (the policy without `serviceId`, for all services), or a policy id (exactly that policy; the `publicUrl` of a policy and of its versions). The language picks one of that policy's renderings: `lang` if given (a language the version in effect lacks: 404), else `Accept-Language` negotiated (RFC 9110 §12.5.4: weights, `pl-PL` asks for `pl`, `*`), else the policy's default `language`. When Accept-Language names only languages the policy lacks: 406 listing those it has, never another language silently. Answers carry Content-Language, `Vary: Accept-Encoding, Accept-Language`, a `Link` header with each language's URL (`rel=alternate; hreflang`, and x-default), and in a standalone HTML page the same `<link rel=alternate hreflang>` elements. ETag (the language's content hash and the rendering; a brotli or gzip answer adds `.br` or `.gzip`, since a strong validator names one representation, content coding included: RFC 9110 §8.8.3), Last-Modified and Cache-Control; 304 to If-None-Match naming the ETag of any coding (the 304 names the one matched), or, without If-None-Match, to an If-Modified-Since not earlier than Last-Modified (RFC 9110 §13.1.3); brotli or gzip when Accept-Encoding allows. When a later version is scheduled, the answer announces it in its language: a banner in HTML, `upcomingChange` in JSON, and the `X-Policy-Upcoming-Change` header.",
  })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: POLICY_LANGUAGES,
    description:
      "One of the languages of the policy's version in effect; wins over Accept-Language. A language the version lacks: 404 (never another language)",
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description:
      "Used when `lang` is absent (RFC 9110 §12.5.4): the reader's languages with weights, e.g. `pl-PL,pl;q=0.9,en;q=0.5`. None of the policy's languages acceptable: 406",
    schema: { type: 'string' },
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'ETags of copies held (weak comparison, RFC 9110 §13.1.2): 304 when one is current, whatever its content coding',
    schema: { type: 'string' },
  })
  @ApiHeader({
    name: 'If-Modified-Since',
    required: false,
    description: 'An HTTP date, used when If-None-Match is absent (RFC 9110 §13.1.3): 304 when the answer has not changed since',
    schema: { type: 'string' },
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: POLICY_FORMATS,
    description: 'md, html, txt, or json (the document with the provenance of every block); default html',
  })
  @ApiQuery({
    name: 'standalone',
    required: false,
    type: Boolean,
    description: 'HTML only: a whole page with print-friendly CSS instead of a fragment',
  })
  @ApiResponse({
    status: 200,
    description: 'The policy in effect, in the language asked for or negotiated',
    content: mediaTypes(['text/html', 'text/markdown', 'text/plain', 'application/json']),
    headers: { ...CONTENT_ETAG, ...LAST_MODIFIED, ...CONTENT_LANGUAGE, ...VARY, ...CACHE_CONTROL, ...ALTERNATES },
  })
  @ApiResponse({
    status: 304,
    description:
      'Not modified since the ETag sent in If-None-Match (that of any content coding) or the date in If-Modified-Since. Carries what RFC 9110 §15.4.5 asks for (ETag, Vary, Cache-Control, Date) and the CORS headers; the representation metadata stays that of the 200 the client holds.',
    headers: { ...CONTENT_ETAG, ...VARY, ...CACHE_CONTROL },
  })
  @ApiProblems(400, 404, 406)
  async getPublishedPolicy(
    @Param('serviceSlug') slug: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const params = parseLayerQuery(query, { wholePage: true });
    const route = await this.answers.route(slug, () => this.policies.route(slug));
    const language = servedLanguage(params, route, slug, request, reply);
    await this.answers.send(
      publicAnswerKey(slug, language, params),
      () => this.policies.get(slug, language, params.format, params.standalone),
      request,
      reply,
    );
  }

  @Options(':serviceSlug')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'preflightPublishedPolicy',
    summary: 'CORS preflight for the published policy: any origin may read it',
  })
  @ApiResponse({
    status: 204,
    description: 'The CORS headers a browser asks for before a cross-origin GET',
    headers: {
      'Access-Control-Allow-Origin': { schema: { type: 'string', example: '*' } },
      'Access-Control-Allow-Methods': { schema: { type: 'string', example: 'GET, HEAD, OPTIONS' } },
      'Access-Control-Allow-Headers': { schema: { type: 'string' } },
      'Access-Control-Max-Age': { schema: { type: 'integer' } },
    },
  })
  @ApiProblems(400)
  preflightPublishedPolicy(@Param('serviceSlug') _slug: string, @Res({ passthrough: true }) reply: FastifyReply): void {
    void reply
      .header('Access-Control-Allow-Origin', '*')
      .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
      .header('Access-Control-Allow-Headers', 'Accept, Accept-Language, If-None-Match, If-Modified-Since')
      .header('Access-Control-Expose-Headers', PUBLIC_EXPOSED_HEADERS)
      .header('Access-Control-Max-Age', '86400');
  }
}
