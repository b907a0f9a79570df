import { Controller, Get, Headers, HttpCode, Options, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, LAST_MODIFIED, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { PublicPolicyQuery } from './dto/public-policy.query';
import { PublicPoliciesService } from './public-policies.service';

@ApiTags('public')
@Public()
@Controller('public/policies')
export class PublicPoliciesController {
  constructor(private readonly policies: PublicPoliciesService) {}

  @Get(':serviceSlug')
  @ApiParam({ name: 'serviceSlug', description: 'A service slug, `_organisation`, or a policy id', example: 'livechat' })
  @ApiOperation({
    operationId: 'getPublishedPolicy',
    summary: 'The policy in effect for a service, for all services, or by policy id (no key needed)',
    description:
      "For websites and CMSs. `serviceSlug` is a service's slug (its main policy: the one for all its data subjects, else the first created), `_organisation` (the policy without `serviceId`, for all services), or a policy id (exactly that policy; the `publicUrl` of a policy and of its versions). `lang` does not apply to a policy id. Answers with ETag (the content hash), Last-Modified and Cache-Control, and 304 to a matching If-None-Match. When a later version is scheduled, the answer announces it: a banner in HTML, `upcomingChange` in JSON, and the `X-Policy-Upcoming-Change` header.",
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
    @Query() query: PublicPolicyQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const policy = await this.policies.get(slug, query.lang, query.format, query.standalone);
    void reply
      .header('ETag', policy.etag)
      .header('Last-Modified', policy.lastModified.toUTCString())
      .header('Cache-Control', `public, max-age=${policy.maxAge}`)
      .header('Vary', 'Accept-Encoding')
      // Any website may embed or fetch its policy, so this route opts out of the same-origin defaults.
      .header('Access-Control-Allow-Origin', '*')
      .header('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Policy-Upcoming-Change')
      .header('Cross-Origin-Resource-Policy', 'cross-origin');
    if (policy.upcoming)
      void reply.header('X-Policy-Upcoming-Change', `${policy.upcoming.effectiveFrom}; version=${policy.upcoming.number}`);
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === policy.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply.header('Content-Type', policy.contentType).send(policy.body);
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
