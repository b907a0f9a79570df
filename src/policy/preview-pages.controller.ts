import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches } from 'class-validator';
import { PolicyLanguageQuery } from './dto/policy-format.query';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { PoliciesService } from './policies.service';
import { PreviewLinksService } from './preview-links.service';

export class PreviewPageQuery extends PolicyLanguageQuery {
  /** Unix time after which the link no longer opens */
  @Type(() => Number)
  @IsInt()
  expires!: number;

  /** HMAC of the policy id and `expires` */
  @IsString()
  @Matches(/^[\w-]{43}$/)
  signature!: string;
}

@ApiTags('public')
@Public()
@Controller('public/previews')
export class PreviewPagesController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly links: PreviewLinksService,
  ) {}

  @Get(':policyId')
  @ApiOperation({
    operationId: 'openPolicyPreview',
    summary: 'A policy draft as a page, through a signed link (no key needed)',
    description:
      "Opens the link given by `GET /policies/{id}/preview-link` or the `X-Preview-Url` header of the preview: the standalone HTML that publishing now would store, in `lang` (one of the policy's languages, default its `language`; another: 404). The link expires after 15 minutes; it is not indexed or cached.",
  })
  @ApiResponse({ status: 200, description: 'The draft as a standalone HTML page', content: mediaTypes(['text/html']) })
  @ApiProblems(400, 403, 404)
  async openPolicyPreview(
    @Param('policyId', new ParseUUIDPipe()) policyId: string,
    @Query() query: PreviewPageQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.links.verify(policyId, query.expires, query.signature);
    const { body, contentType } = await this.policies.preview(policyId, 'html', true, query.lang);
    await reply
      .header('Content-Type', contentType)
      .header('Cache-Control', 'no-store')
      .header('X-Robots-Tag', 'noindex, nofollow')
      // The signed query string must not travel to sites the draft links to.
      .header('Referrer-Policy', 'no-referrer')
      .send(body);
  }
}
