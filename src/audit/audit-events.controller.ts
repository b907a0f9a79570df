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
import { RequestValidationError } from '../common/errors';
import { AuditEventQuery, AuditExportQuery, AuditVerifyQuery } from './dto/audit-event.query';
import { AuditEventPage, AuditEventResponse, AuditHeadResponse, ChainVerdictResponse } from './dto/audit-event.response';

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
    summary:
      'Recompute the hash chain: ok, or the first event that was altered or removed; with an anchor, whether the chain still reaches it',
    description:
      'A hash chain shows every event before its end untouched, but not that its last events were not deleted. Give an anchor noted down outside ropa — `auditHead` of a published version (its public JSON rendering shows it) or a head saved from `GET /audit-events/head` — as `anchorSequence` and `anchorHash`: `ok` is false (and `anchor.reached` says why) when the chain no longer reaches that event or has another hash there.',
  })
  @ApiOkResponse({ type: ChainVerdictResponse })
  @ApiProblems(400, 401, 403)
  verifyAuditEvents(@Query() query: AuditVerifyQuery): Promise<ChainVerdictResponse> {
    const { anchorSequence, anchorHash } = query;
    if ((anchorSequence === undefined) !== (anchorHash === undefined)) {
      const missing = anchorSequence === undefined ? 'anchorSequence' : 'anchorHash';
      throw new RequestValidationError([
        { path: missing, message: `${missing} is required with ${missing === 'anchorHash' ? 'anchorSequence' : 'anchorHash'}` },
      ]);
    }
    return this.audit.verify(
      anchorSequence === undefined || anchorHash === undefined ? undefined : { sequence: anchorSequence, hash: anchorHash },
    );
  }

  @Get('head')
  @ApiOperation({
    operationId: 'getAuditHead',
    summary: "The chain's last event, signed by this instance: keep it outside ropa to detect later that events were removed",
    description:
      "An auditor saves the answer (with the date) outside ropa; later `GET /audit-events/verify?anchorSequence=…&anchorHash=…` fails if the trail no longer reaches it. `signature` is HMAC-SHA256 (hex) with the instance's `audit-head` secret over `ropa-audit-head:v1\\n<sequence>\\n<hash>\\n<at>`: proof that this instance gave that head at that time (docs/exports-and-audit.md says how to check it).",
  })
  @ApiOkResponse({ type: AuditHeadResponse })
  @ApiProblems(401, 403)
  getAuditHead(): Promise<AuditHeadResponse> {
    return this.audit.signedHead();
  }
}
