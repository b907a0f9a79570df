import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { POLICY_LANGUAGES, type PolicyLanguage } from './dto/create-policy.dto';
import { PolicyFormatQuery } from './dto/policy-format.query';
import { PublicPoliciesService } from './public-policies.service';

export class PublicPolicyQuery extends PolicyFormatQuery {
  @ApiPropertyOptional({
    enum: POLICY_LANGUAGES,
    default: 'en',
    description:
      "The language of the policy to serve: the service's published policy in that language, or 404 (never another language); `Accept-Language` is not consulted",
  })
  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  lang: PolicyLanguage = 'en';
}

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
  @ApiProduces('text/html', 'text/markdown', 'text/plain', 'application/json')
  @ApiResponse({ status: 200, description: 'The policy in effect' })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag sent in If-None-Match' })
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
}
