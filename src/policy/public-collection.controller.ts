import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, CONTENT_LANGUAGE, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { POLICY_LANGUAGES } from '../domain/languages';
import { PublicCollectionService } from './public-collection.service';
import { parseLayerQuery } from './public-policies.controller';
import { SUMMARY_FORMATS } from './summary/summary';

@ApiTags('public')
@Public()
@Controller('public/collection-points')
export class PublicCollectionController {
  constructor(private readonly notices: PublicCollectionService) {}

  @Get(':ref/notice')
  @ApiParam({ name: 'ref', description: 'The ref of a collection point (e.g. `contact-form`)' })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: POLICY_LANGUAGES,
    description: "One of the languages of the service's policy version in effect; wins over Accept-Language",
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: SUMMARY_FORMATS,
    description: 'html (a fragment to place beside the form), md, txt or json (every line with what it comes from); default html',
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'The ETag of a copy held: 304 when current',
    schema: { type: 'string' },
  })
  @ApiOperation({
    operationId: 'getCollectionNotice',
    summary: 'The short notice to show beside a form that collects data (no key needed)',
    description:
      "GDPR Art. 13 asks for the information when the data are collected. For the collection point's service, from the policy version in effect (404 when the service has none): who the controller is and how to reach it; each purpose of the form with its legal basis (the interest pursued, how consent is given and withdrawn), in the long notice's own words; what the form asks for; whether giving the data is required and what follows if not (Art. 13(2)(e)); for consent, that it can be withdrawn at any time (Art. 7(3)); and the absolute link to the full notice with its version and content hash. A form serving an activity the version in effect does not state: 409 (publish first). Language: `lang`, else Accept-Language, else the policy's default.",
  })
  @ApiResponse({
    status: 200,
    description: 'The notice at collection',
    content: mediaTypes(['text/html', 'text/markdown', 'text/plain', 'application/json']),
    headers: { ...CONTENT_ETAG, ...CONTENT_LANGUAGE },
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag sent in If-None-Match', headers: { ...CONTENT_ETAG } })
  @ApiProblems(400, 404, 406, 409)
  async getCollectionNotice(
    @Param('ref') ref: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const params = parseLayerQuery(query);
    const answer = await this.notices.get(ref, params.lang, request.headers['accept-language'], params.format);
    void reply
      .header('ETag', answer.etag)
      .header('Vary', 'Accept-Language')
      .header('Cache-Control', 'no-cache')
      .header('Access-Control-Allow-Origin', '*')
      .header('Content-Language', answer.language)
      .header('Link', `<${answer.policyUrl}>; rel="privacy-policy"`);
    const held = request.headers['if-none-match'];
    if (held?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === answer.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply.header('Content-Type', answer.contentType).send(answer.body);
  }
}
