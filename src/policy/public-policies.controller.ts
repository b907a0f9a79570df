import { Controller, Get, HttpCode, Options, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, LAST_MODIFIED, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { type FieldError, RequestValidationError } from '../common/errors';
import { POLICY_LANGUAGES, type PolicyLanguage } from './dto/create-policy.dto';
import { renderingKey } from './policies.service';
import { POLICY_FORMATS, type PolicyFormat } from './policy-version.entity';
import { PublicAnswers } from './public-answers';
import { PublicPoliciesService } from './public-policies.service';

export interface PublicPolicyParams {
  lang: PolicyLanguage;
  format: PolicyFormat;
  standalone: boolean;
}

const DEFAULTS: PublicPolicyParams = { lang: 'en', format: 'html', standalone: false };

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

@ApiTags('public')
@Public()
@Controller('public/policies')
export class PublicPoliciesController {
  constructor(
    private readonly policies: PublicPoliciesService,
    private readonly answers: PublicAnswers,
  ) {}

  @Get(':serviceSlug')
  @ApiParam({ name: 'serviceSlug', description: 'A service slug, `_organisation`, or a policy id', example: 'livechat' })
  @ApiOperation({
    operationId: 'getPublishedPolicy',
    summary: 'The policy in effect for a service, for all services, or by policy id (no key needed)',
    description:
      "For websites and CMSs. `serviceSlug` is a service's slug (its main policy: the one for all its data subjects, else the first created), `_organisation` (the policy without `serviceId`, for all services), or a policy id (exactly that policy; the `publicUrl` of a policy and of its versions). `lang` does not apply to a policy id. Answers with ETag (the content hash), Last-Modified and Cache-Control, and 304 to a matching If-None-Match; brotli or gzip when Accept-Encoding allows. When a later version is scheduled, the answer announces it: a banner in HTML, `upcomingChange` in JSON, and the `X-Policy-Upcoming-Change` header.",
  })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: POLICY_LANGUAGES,
    description:
      "The language of the policy to serve (default en): the service's published policy in that language, or 404 (never another language); `Accept-Language` is not consulted",
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
    description: 'The policy in effect',
    content: mediaTypes(['text/html', 'text/markdown', 'text/plain', 'application/json']),
    headers: { ...CONTENT_ETAG, ...LAST_MODIFIED },
  })
  @ApiResponse({
    status: 304,
    description: 'Not modified since the ETag sent in If-None-Match',
    headers: { ...CONTENT_ETAG, ...LAST_MODIFIED },
  })
  @ApiProblems(400, 404)
  async getPublishedPolicy(
    @Param('serviceSlug') slug: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const params = parsePublicPolicyQuery(query);
    if (Array.isArray(params)) throw new RequestValidationError(params);
    const key = `${slug}\n${params.lang}\n${renderingKey(params.format, params.standalone)}`;
    await this.answers.send(key, () => this.policies.get(slug, params.lang, params.format, params.standalone), request, reply);
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
      .header('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Policy-Upcoming-Change')
      .header('Access-Control-Max-Age', '86400');
  }
}
