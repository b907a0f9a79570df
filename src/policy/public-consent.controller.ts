import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { POLICY_LANGUAGES } from '../domain/languages';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { CONTENT_ETAG, LAST_MODIFIED, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { type FieldError, RequestValidationError } from '../common/errors';
import { PublicAnswers } from './public-answers';
import { parseLayerQuery, servedLanguage } from './public-policies.controller';
import { PublicPoliciesService } from './public-policies.service';
import { PublicSummaryService } from './public-summary.service';
import { SUMMARY_FORMATS } from './summary/summary';
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
    private readonly summaries: PublicSummaryService,
    private readonly policies: PublicPoliciesService,
    private readonly answers: PublicAnswers,
  ) {}

  @Get(':serviceSlug/summary')
  @ApiParam({ name: 'serviceSlug', description: 'As for the published policy: a service slug, `_organisation`, or a policy id' })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: POLICY_LANGUAGES,
    description: 'One of the languages of the version in effect; wins over Accept-Language',
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: SUMMARY_FORMATS,
    description:
      'html (a fragment), md, txt or json (every line with the long notice section and registry items it comes from); default html',
  })
  @ApiOperation({
    operationId: 'getPolicySummary',
    summary: 'The first layer of the policy in effect: the essentials, with a link to the full notice (no key needed)',
    description:
      "GDPR Art. 12(7) and the WP29 transparency guidelines (WP260 rev.01) recommend a layered notice: a first layer a person reads, with who the controller is, the purposes, the processing with the most impact or that may surprise, and the rights, and a link to the rest. Every line of it is a sentence of the long notice of the same version and language (only the headings and one sentence on the rights are the first layer's own), so the layers cannot disagree. Language chosen as for the policy (`lang`, then Accept-Language, else the default; 406 when none of the policy's languages is acceptable). ETag (the language's content hash and the format), 304, Cache-Control as for the policy.",
  })
  @ApiResponse({
    status: 200,
    description: 'The first layer',
    content: mediaTypes(['text/html', 'text/markdown', 'text/plain', 'application/json']),
    headers: { ...CONTENT_ETAG, ...LAST_MODIFIED },
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag sent in If-None-Match', headers: { ...CONTENT_ETAG } })
  @ApiProblems(400, 404, 406)
  async getPolicySummary(
    @Param('serviceSlug') slug: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const params = parseLayerQuery(query);
    const route = await this.answers.route(slug, () => this.policies.route(slug));
    const language = servedLanguage(params, route, slug, request, reply);
    await this.answers.send(
      `${slug}\n${language}\nsummary-${params.format}`,
      () => this.summaries.get(slug, language, params.format),
      request,
      reply,
    );
  }

  @Get(':serviceSlug/consent/:format')
  @ApiParam({ name: 'serviceSlug', description: 'As for the published policy: a service slug, `_organisation`, or a policy id' })
  @ApiParam({
    name: 'format',
    enum: CONSENT_FORMATS,
    description:
      "`klaro` (a Klaro config: `klaro.setup(config)`), `cookieconsent` (a vanilla-cookieconsent v3 config: `CookieConsent.run(config)`), `consent-mode` (Google Consent Mode v2 defaults, the mapping from tracker categories to consent types, and a snippet), `tcf-disclosure` (the IAB TCF device storage disclosure a vendor's `deviceStorageDisclosureUrl` points to: what is stored on the device, its type, lifetime in seconds and TCF purposes)",
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
