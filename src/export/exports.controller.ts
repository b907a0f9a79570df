import { PassThrough } from 'node:stream';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AUDIT_ROLES, Roles } from '../auth/roles.decorator';
import { RequestValidationError } from '../common/errors';
import { CONTENT_HASH, mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import { ExportQuery } from './dto/export.query';
import { ExportsService } from './exports.service';

@ApiTags('exports')
@ApiBearerAuth()
@Roles(...AUDIT_ROLES)
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('ropa')
  @ApiOperation({
    operationId: 'exportRopa',
    summary: 'Export the record (Art. 30(4)): JSON, CSV, XLSX, PDF or DPV JSON-LD, now or as of a past instant',
    description:
      'CSV and XLSX stream row by row. `X-Content-Hash` is the SHA-256 of the registry content exported; the same content always gives the same hash.',
  })
  @ApiResponse({
    status: 200,
    description: 'The file, with its name in Content-Disposition',
    content: mediaTypes([
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/pdf',
      'application/ld+json',
    ]),
    headers: CONTENT_HASH,
  })
  @ApiProblems(400, 401, 403)
  async exportRopa(@Query() query: ExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const asOf = query.asOf ? new Date(query.asOf) : null;
    if (asOf && asOf.getTime() > Date.now())
      throw new RequestValidationError([{ path: 'asOf', message: 'asOf must not be in the future' }]);
    const file = await this.exports.prepare(query.format, query.role, asOf, new Date(), query.lang);
    const body = new PassThrough();
    file.write(body).catch((error: unknown) => body.destroy(error as Error));
    await reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.filename}"`)
      .header('X-Content-Hash', file.meta.contentHash)
      .header('Cache-Control', 'no-store')
      .send(body);
  }
}
