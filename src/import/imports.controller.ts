import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/api-keys.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CollectionPlan, ImportResultResponse } from './dto/import-result.response';
import { ImportQuery } from './dto/import.query';
import { ImportService } from './import.service';

/**
 * A small registry (one draft activity). An import fills an empty registry, or replaces a whole one with
 * replace=true; on the example registry, as offered, it is refused with 409 and changes nothing.
 */
const EXAMPLE = {
  format: 'ropa-registry/1',
  controller: null,
  services: [{ ref: 'svc', name: 'LiveChat Instagram channel', slug: 'livechat-instagram', url: null, description: null }],
  dataCategories: [
    {
      ref: 'cat-contact',
      name: 'Contact details',
      description: null,
      examples: ['e-mail address'],
      special: false,
      criminal: false,
      collection: 'provided',
    },
  ],
  dataSubjectCategories: [{ ref: 'ds-customers', name: 'Customers', description: null }],
  recipients: [],
  transfers: [],
  retentionRules: [],
  securityMeasures: [],
  processingActivities: [
    {
      ref: 'act-contact',
      name: 'Answering enquiries',
      purpose: 'To answer the questions you send us.',
      role: 'controller',
      status: 'draft',
      legalBasis: 'art6_1_f',
      legitimateInterest: 'Answering people who contact us',
      dataSubjectCategoryIds: ['ds-customers'],
      dataCategoryIds: ['cat-contact'],
      serviceIds: ['svc'],
    },
  ],
  trackers: [],
  collectionPoints: [],
};

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportService) {}

  @Post('ropa')
  @HttpCode(200)
  @Roles('dpo')
  @ApiOperation({
    operationId: 'importRopa',
    summary: 'Import a whole registry document, all or nothing',
    description:
      'The shape of `GET /exports/ropa?format=json`. Items carry a `ref`; relation fields hold refs of other items in the document, so a file can be written by hand. Errors name the item (path and ref) and field. Bodies up to IMPORT_BODY_LIMIT_BYTES are accepted. On a non-empty registry, `dryRun=true&replace=true` answers the plan: per collection what the replace would add, change and delete, the policies it keeps (bound again by service slug and data subject category name, published versions intact) and those it would orphan, which block it (409 naming what the document lacks).',
  })
  @ApiBody({
    schema: { type: 'object', additionalProperties: true },
    examples: { example: { summary: 'A small registry, for an empty one; try it with dryRun=true first', value: EXAMPLE } },
  })
  @ApiExtraModels(CollectionPlan)
  @ApiOkResponse({ type: ImportResultResponse })
  @ApiProblems(400, 401, 403, 409, 413, 422)
  importRopa(
    @Body() body: object,
    @Query() query: ImportQuery,
    @CurrentPrincipal() actor: Principal | null,
  ): Promise<ImportResultResponse> {
    return this.imports.import(body, query, actor);
  }
}
