import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator';
import { problemContent } from '../common/problem-examples';
import { HealthCheck, type HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/roles.decorator';

// Declared here rather than by @HealthCheck, whose documentation depends on how @nestjs/swagger loads.
const HEALTH_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'string', example: 'ok' },
    info: { type: 'object', additionalProperties: true, example: { database: { status: 'up' } } },
  },
};

/** Liveness checks no dependency: the process answering is the whole answer. */
const LIVE: HealthCheckResult = Object.freeze({ status: 'ok', info: {}, error: {}, details: {} });

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ description: 'Up', schema: HEALTH_SCHEMA })
  @ApiProblems()
  @ApiOperation({ operationId: 'live', summary: 'The process is up (no dependency checked)' })
  live(): HealthCheckResult {
    // What terminus answers for a check of nothing, without its promise chain on every probe.
    return LIVE;
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ description: 'Ready: the database answered', schema: HEALTH_SCHEMA })
  @ApiResponse({
    status: 503,
    description: 'Not ready: the database did not answer',
    content: problemContent(503),
  })
  @ApiProblems()
  @ApiOperation({ operationId: 'ready', summary: 'Ready to serve: the database answers' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
