import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READ_ROLES, Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { COMPLIANCE_RULES } from './compliance';
import { ComplianceService } from './compliance.service';
import { FindingsQuery } from './dto/findings.query';
import { ComplianceRuleResponse, FindingsResponse, RecordHealthResponse } from './dto/findings.response';

@ApiTags('compliance')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get('summary')
  @ApiOperation({
    operationId: 'getRecordHealth',
    summary: "The record's health: what it holds, which entries have errors or warnings, what blocks each policy",
    description:
      'The first screen of a DPO: counts per kind of entry, every entry with findings by name (errors first), and for each policy whether it can be published now and, if not, the errors in its scope that stop it. The findings themselves, with messages: `GET /compliance/findings` (with `policyId` for one policy).',
  })
  @ApiOkResponse({ type: RecordHealthResponse })
  @ApiProblems(401, 403)
  getRecordHealth(): Promise<RecordHealthResponse> {
    return this.compliance.summary();
  }

  @Get('findings')
  @ApiOperation({
    operationId: 'listFindings',
    summary: 'Check the registry against Art. 13/14 and 30 (and Chapter V, ePrivacy Art. 5(3))',
  })
  @ApiOkResponse({ type: FindingsResponse })
  @ApiProblems(400, 401, 403, 404)
  async listFindings(@Query() query: FindingsQuery): Promise<FindingsResponse> {
    const items = await this.compliance.findings(query.policyId);
    return {
      items,
      errors: items.filter((f) => f.severity === 'error').length,
      warnings: items.filter((f) => f.severity === 'warning').length,
    };
  }

  @Get('rules')
  @ApiOperation({ operationId: 'listComplianceRules', summary: 'The rules the check applies, with their articles' })
  @ApiOkResponse({ type: [ComplianceRuleResponse] })
  @ApiProblems(401, 403)
  listComplianceRules(): ComplianceRuleResponse[] {
    return [...COMPLIANCE_RULES];
  }
}
