import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '../auth/api-keys.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { READ_ROLES, Roles, WRITE_ROLES } from '../auth/roles.decorator';
import { CONTENT_ETAG, CONTENT_LANGUAGE, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { PositiveIntParamPipe } from '../common/int-param.pipe';
import { PolicyDiffResponse } from './dto/policy-diff.response';
import { PolicyLanguageQuery, PolicyRenderingQuery, PolicySummaryQuery } from './dto/policy-format.query';
import { DraftSummaryService } from './draft-summary.service';
import { PolicyVersionResponse } from './dto/policy-version.response';
import { PUBLISH_VERSION_EXAMPLE } from './dto/policy.example';
import { PublishVersionDto } from './dto/publish-version.dto';
import { languageOf, PoliciesService } from './policies.service';
import { CONTENT_TYPES, renderingKey } from './renderings';
import { PreviewLinkResponse } from './dto/preview-link.response';
import { PreviewLinksService } from './preview-links.service';

const FORMATS_PRODUCED = ['text/html', 'text/markdown', 'text/plain', 'application/json'];

@ApiTags('policies')
@ApiBearerAuth()
@Controller('policies/:id')
export class PolicyVersionsController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly links: PreviewLinksService,
    private readonly summaries: DraftSummaryService,
  ) {}

  @Get('preview')
  @Roles(...READ_ROLES)
  @ApiOperation({
    operationId: 'previewPolicy',
    summary: 'The draft generated from the registry as it is now (not published)',
    description:
      "What publishing now would store, in one of the policy's languages (`lang`, default its `language`; another language: 404). The `X-Preview-Url` header is a signed link (no key in it, valid 15 minutes) that opens the draft as a page in a browser.",
  })
  @ApiResponse({
    status: 200,
    description: 'The policy in the requested format',
    content: mediaTypes(FORMATS_PRODUCED),
    headers: {
      'X-Preview-Url': { description: 'A signed link that opens the draft as a standalone HTML page', schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 401, 403, 404)
  async previewPolicy(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PolicyRenderingQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { body, contentType } = await this.policies.preview(id, query.format, query.standalone, query.lang);
    const link = await this.links.link(id, query.lang);
    await reply.header('Content-Type', contentType).header('Cache-Control', 'no-store').header('X-Preview-Url', link.url).send(body);
  }

  @Get('summary')
  @Roles(...READ_ROLES)
  @ApiOperation({
    operationId: 'previewPolicySummary',
    summary: "The draft's first layer: what the public summary would say if the registry were published now",
    description:
      "The same generator as the public first layer (`GET /public/policies/{serviceSlug}/summary`), applied to the draft `previewPolicy` shows: who, the purposes with their bases, the processing with the most impact, the rights, and a link to the draft. `version` is the number publishing now would give, `contentHash` the draft's. `lang` picks one of the policy's languages (default its `language`; another: 404).",
  })
  @ApiResponse({
    status: 200,
    description: "The draft's first layer in the requested format",
    content: mediaTypes(FORMATS_PRODUCED),
    headers: { ...CONTENT_LANGUAGE },
  })
  @ApiProblems(400, 401, 403, 404)
  async previewPolicySummary(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PolicySummaryQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { body, contentType, language } = await this.summaries.get(id, query.format, query.lang);
    await reply.header('Content-Type', contentType).header('Content-Language', language).header('Cache-Control', 'no-store').send(body);
  }

  @Get('preview-link')
  @Roles(...READ_ROLES)
  @ApiOperation({
    operationId: 'getPolicyPreviewLink',
    summary: 'A signed link that opens the draft as a page in a browser, for 15 minutes',
    description:
      'The page is the standalone HTML that publishing now would store: the version about to be published. The link holds no API key; anyone who has it can read the draft until it expires.',
  })
  @ApiOkResponse({ type: PreviewLinkResponse })
  @ApiProblems(400, 401, 403, 404)
  async getPolicyPreviewLink(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PolicyLanguageQuery,
  ): Promise<PreviewLinkResponse> {
    languageOf(await this.policies.policy(id), query.lang);
    return this.links.link(id, query.lang);
  }

  @Post('versions')
  @Roles(...WRITE_ROLES)
  @ApiOperation({
    operationId: 'publishPolicyVersion',
    summary: 'Publish an immutable version: 422 with the findings while compliance errors exist in scope, 409 when nothing changed',
  })
  @ApiResponse({ status: 201, type: PolicyVersionResponse })
  @ApiBodyExample(PublishVersionDto, PUBLISH_VERSION_EXAMPLE, 'The first version, in effect once published')
  @ApiProblems(400, 401, 403, 404, 409, 422)
  publishPolicyVersion(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: PublishVersionDto,
    @CurrentPrincipal() actor: Principal | null,
  ): Promise<PolicyVersionResponse> {
    return this.policies.publish(id, dto, actor);
  }

  @Get('versions')
  @Roles(...READ_ROLES)
  @ApiOperation({ operationId: 'listPolicyVersions', summary: 'The published versions, oldest first' })
  @ApiOkResponse({ type: [PolicyVersionResponse] })
  @ApiProblems(400, 401, 403, 404)
  listPolicyVersions(@Param('id', new ParseUUIDPipe()) id: string): Promise<PolicyVersionResponse[]> {
    return this.policies.versions(id);
  }

  @Get('versions/:number')
  @Roles(...READ_ROLES)
  @ApiOperation({
    operationId: 'getPolicyVersion',
    summary: 'A published version in one of its languages, as rendered when it was published',
    description:
      "`lang` picks the language (default: the version's `language`); a language the version was not published in: 404. The ETag is that language's content hash.",
  })
  @ApiResponse({
    status: 200,
    description: 'The version in the requested format and language',
    content: mediaTypes(FORMATS_PRODUCED),
    headers: { ...CONTENT_ETAG, ...CONTENT_LANGUAGE },
  })
  @ApiProblems(400, 401, 403, 404)
  async getPolicyVersion(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('number', PositiveIntParamPipe) number: number,
    @Query() query: PolicyRenderingQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { rendering } = await this.policies.versionIn(id, number, query.lang);
    await reply
      .header('Content-Type', CONTENT_TYPES[query.format])
      .header('Content-Language', rendering.language)
      .header('ETag', `"${rendering.contentHash}"`)
      .send((rendering.rendered as Record<string, string>)[renderingKey(query.format, query.standalone)]);
  }

  @Get('versions/:a/diff/:b')
  @Roles(...READ_ROLES)
  @ApiOperation({
    operationId: 'diffPolicyVersions',
    summary: 'What changed between two versions: a text diff and the registry changes, phrased for the reader',
    description:
      "In one language (`lang`, default the policy's `language`): the text diff compares that language's renderings; the registry changes are phrased in English. 404 when either version lacks the language.",
  })
  @ApiOkResponse({ type: PolicyDiffResponse })
  @ApiProblems(400, 401, 403, 404)
  diffPolicyVersions(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('a', PositiveIntParamPipe) a: number,
    @Param('b', PositiveIntParamPipe) b: number,
    @Query() query: PolicyLanguageQuery,
  ): Promise<PolicyDiffResponse> {
    return this.policies.diff(id, a, b, query.lang);
  }
}
