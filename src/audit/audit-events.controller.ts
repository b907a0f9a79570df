import { PassThrough } from 'node:stream';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { writeJsonArray } from '../common/streaming-writers';
import { writeAuditCsv } from './audit-csv';
import { AUDIT_ROLES, Roles } from '../auth/roles.decorator';
import { mediaTypes } from '../common/api-headers';
import { ApiProblems } from '../common/api-problems.decorator';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditEventQuery, AuditExportQuery } from './dto/audit-event.query';
import { AuditEventPage, AuditEventResponse, ChainVerdictResponse } from './dto/audit-event.response';

export function toAuditEventResponse(event: AuditEventEntity): AuditEventResponse {
  return { ...event, at: event.at.toISOString() };
}

@ApiTags('audit-events')
@ApiExtraModels(AuditEventResponse)
@ApiBearerAuth()
@Roles(...AUDIT_ROLES)
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ operationId: 'listAuditEvents', summary: 'The audit trail: every registry write with its before and after state' })
  @ApiOkResponse({ type: AuditEventPage })
  @ApiProblems(400, 401, 403)
  async listAuditEvents(@Query() query: AuditEventQuery): Promise<AuditEventPage> {
    const { items, total } = await this.audit.list(query);
    return { items: items.map(toAuditEventResponse), total, limit: query.limit, offset: query.offset };
  }

  @Get('export')
  @ApiOperation({
    operationId: 'exportAuditEvents',
    summary: 'The audit trail of a time range as CSV or JSON, for safekeeping outside ropa',
  })
  @ApiResponse({
    status: 200,
    description: 'The events in chain order, with their hashes',
    content: mediaTypes(['text/csv', 'application/json'], { type: 'array', items: { $ref: getSchemaPath(AuditEventResponse) } }),
  })
  @ApiProblems(400, 401, 403)
  async exportAuditEvents(@Query() query: AuditExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const range = { from: query.from ? new Date(query.from) : null, to: query.to ? new Date(query.to) : null };
    const body = new PassThrough();
    const events = this.audit.stream(range);
    const written =
      query.format === 'csv'
        ? writeAuditCsv(
            (async function* () {
              for await (const e of events) yield { ...e, at: e.at.toISOString() };
            })(),
            body,
          )
        : writeJsonArray(
            (async function* () {
              for await (const e of events) yield toAuditEventResponse(e);
            })(),
            body,
          );
    written.catch((error: unknown) => body.destroy(error as Error));
    await reply
      .header('Content-Type', query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="ropa-audit-events.${query.format}"`)
      .send(body);
  }

  @Get('verify')
  @ApiOperation({
    operationId: 'verifyAuditEvents',
    summary: 'Recompute the hash chain: ok, or the first event that was altered or removed',
  })
  @ApiOkResponse({ type: ChainVerdictResponse })
  @ApiProblems(401, 403)
  verifyAuditEvents(): Promise<ChainVerdictResponse> {
    return this.audit.verify();
  }
}
