import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, LAST_MODIFIED, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { POLICY_LANGUAGES } from '../domain/languages';
import { PublicAnswers } from './public-answers';
import { parseLayerQuery, servedLanguage } from './public-policies.controller';
import { PublicPoliciesService } from './public-policies.service';
import { PublicSignService } from './public-sign.service';
import { SUMMARY_FORMATS } from './summary/summary';

@ApiTags('public')
@Public()
@Controller('public/policies')
export class PublicSignsController {
  constructor(
    private readonly signs: PublicSignService,
    private readonly policies: PublicPoliciesService,
    private readonly answers: PublicAnswers,
  ) {}

  @Get(':serviceSlug/signs/:activityRef')
  @ApiParam({ name: 'serviceSlug', description: 'As for the published policy: a service slug, `_organisation`, or a policy id' })
  @ApiParam({ name: 'activityRef', description: 'The ref of a processing activity whose data categories include video surveillance' })
  @ApiQuery({ name: 'lang', required: false, enum: POLICY_LANGUAGES, description: 'One of the languages of the version in effect' })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: SUMMARY_FORMATS,
    description: 'html (a fragment to print), md, txt or json (with `qr.url`, the URL to print as a QR code); default html',
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'ETags of copies held: 304 when one is current',
    schema: { type: 'string' },
  })
  @ApiOperation({
    operationId: 'getCameraSign',
    summary: 'The warning sign for a camera: the first layer of the notice on video surveillance (no key needed)',
    description:
      'EDPB Guidelines 3/2019 on processing of personal data through video devices: the first layer, on a sign at the camera, names the controller, the purpose, the legal basis and the legitimate interest, how long recordings are kept, who receives them, the rights, and where the full notice (the second layer) is. Every fact is a sentence of the long notice of the version in effect, in the language asked for; `qr.url` (JSON) and the link are the absolute URL of that notice, to print as a QR code. Only for an activity of that version with a data category marked `videoSurveillance`; else 404. Language, ETag, 304 and Cache-Control as for the first layer.',
  })
  @ApiResponse({
    status: 200,
    description: 'The sign',
    content: mediaTypes(['text/html', 'text/markdown', 'text/plain', 'application/json']),
    headers: { ...CONTENT_ETAG, ...LAST_MODIFIED },
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag sent in If-None-Match', headers: { ...CONTENT_ETAG } })
  @ApiProblems(400, 404, 406)
  async getCameraSign(
    @Param('serviceSlug') slug: string,
    @Param('activityRef') activityRef: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const params = parseLayerQuery(query);
    const route = await this.answers.route(slug, () => this.policies.route(slug));
    const language = servedLanguage(params, route, slug, request, reply);
    await this.answers.send(
      `${slug}\n${language}\nsign-${activityRef}-${params.format}`,
      () => this.signs.get(slug, activityRef, language, params.format),
      request,
      reply,
    );
  }
}
