import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, LAST_MODIFIED, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { type FieldError, RequestValidationError } from '../common/errors';
import { PublicAnswers } from './public-answers';
import { CONSENT_FORMATS, type ConsentFormat, PublicConsentService } from './public-consent.service';

/** The format in the path and no query at all: the same rules and messages as the other routes' DTOs. */
export function parseConsentRequest(format: string, query: Record<string, unknown>): ConsentFormat | FieldError[] {
  const errors: FieldError[] = Object.keys(query).map((name) => ({ path: name, message: `property ${name} should not exist` }));
  if (!(CONSENT_FORMATS as readonly string[]).includes(format))
    errors.unshift({ path: 'format', message: `format must be one of the following values: ${CONSENT_FORMATS.join(', ')}` });
  return errors.length > 0 ? errors : (format as ConsentFormat);
}

@ApiTags('public')
@Public()
@Controller('public/policies')
export class PublicConsentController {
  constructor(
    private readonly consent: PublicConsentService,
    private readonly answers: PublicAnswers,
  ) {}

  @Get(':serviceSlug/consent/:format')
  @ApiParam({ name: 'serviceSlug', description: 'As for the published policy: a service slug, `_organisation`, or a policy id' })
  @ApiParam({
    name: 'format',
    enum: CONSENT_FORMATS,
    description:
      '`klaro` (a Klaro config: `klaro.setup(config)`), `cookieconsent` (a vanilla-cookieconsent v3 config: `CookieConsent.run(config)`), `consent-mode` (Google Consent Mode v2 defaults, the mapping from tracker categories to consent types, and a snippet)',
  })
  @ApiOperation({
    operationId: 'getConsentConfiguration',
    summary: "A consent banner's configuration, generated from the trackers of the policy version in effect (no key needed)",
    description:
      "For websites. Made from the version the policy URL serves now: exactly the trackers its notice lists, with their categories, providers, durations and purposes in every language of the version, and a link to the notice in each. Every configuration carries `ropa` (the policy, version number and content hash per language), so that a consent record can cite what was shown. Strictly necessary trackers are required / read-only; nothing else is on before a choice. A version with a tracker that stores something without a stated duration, or a third party's tracker whose provider is not a recorded recipient, is refused (409, listing them) rather than filled with invented values. ETag (the version's content hash and the format), Last-Modified, Cache-Control and 304 as for the policy.",
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'ETags of copies held: 304 when one is current',
    schema: { type: 'string' },
  })
  @ApiResponse({
    status: 200,
    description: 'The configuration, as JSON',
    content: mediaTypes(['application/json']),
    headers: { ...CONTENT_ETAG, ...LAST_MODIFIED },
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag sent in If-None-Match', headers: { ...CONTENT_ETAG } })
  @ApiProblems(400, 404, 409)
  async getConsentConfiguration(
    @Param('serviceSlug') slug: string,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const parsed = parseConsentRequest(format, query);
    if (Array.isArray(parsed)) throw new RequestValidationError(parsed);
    await this.answers.send(`${slug}\nconsent\n${parsed}`, () => this.consent.get(slug, parsed), request, reply);
  }
}
