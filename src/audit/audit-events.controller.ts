import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_ROLES, Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditEventQuery } from './dto/audit-event.query';
import { AuditEventPage, type AuditEventResponse, ChainVerdictResponse } from './dto/audit-event.response';

export function toAuditEventResponse(event: AuditEventEntity): AuditEventResponse {
  return { ...event, at: event.at.toISOString() };
}

@ApiTags('audit-events')
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

  @Get('verify')
  @ApiOperation({ operationId: 'verifyAuditEvents', summary: 'Recompute the hash chain: ok, or the first event that was altered or removed' })
  @ApiOkResponse({ type: ChainVerdictResponse })
  @ApiProblems(401, 403)
  verifyAuditEvents(): Promise<ChainVerdictResponse> {
    return this.audit.verify();
  }
}
