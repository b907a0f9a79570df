import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../auth/roles.decorator';
import { ApiProblems } from '../../common/api-problems.decorator';
import { ResourceNotFoundError } from '../../common/errors';
import { ControllerProfileService } from './controller-profile.service';

/** The body of `/.well-known/gpc.json` (Global Privacy Control, §3.5 of the GPC specification). */
export interface GpcSupport {
  gpc: true;
  lastUpdate: string;
}

/** Where a website says it honours Global Privacy Control: answered only when the controller's profile records that it does. */
@ApiTags('public')
@Public()
@Controller('.well-known')
export class GpcController {
  constructor(private readonly controller: ControllerProfileService) {}

  @Get('gpc.json')
  @ApiOperation({
    operationId: 'getGpcSupport',
    summary: 'Global Privacy Control support resource (no key needed): `{"gpc": true, "lastUpdate"}`',
    description:
      "Served at the root (outside `/api/v1`), so that a proxy can pass the website's `/.well-known/gpc.json` to it. Answers only when the controller profile records `gpcHonouredSince` (the day from which, or since which last change, it honours GPC signals); 404 when it records none, or there is no profile: a site never claims support the record does not state.",
  })
  @ApiOkResponse({
    description: 'The controller honours GPC signals',
    schema: {
      type: 'object',
      required: ['gpc', 'lastUpdate'],
      properties: { gpc: { type: 'boolean', enum: [true] }, lastUpdate: { type: 'string', format: 'date', example: '2026-12-01' } },
    },
  })
  @ApiProblems(404)
  async getGpcSupport(@Res({ passthrough: true }) reply: FastifyReply): Promise<GpcSupport> {
    const profile = await this.controller.get();
    if (!profile.gpcHonouredSince)
      throw new ResourceNotFoundError('The controller profile does not record that Global Privacy Control signals are honoured.');
    void reply.header('Access-Control-Allow-Origin', '*').header('Cache-Control', 'public, max-age=300');
    return { gpc: true, lastUpdate: profile.gpcHonouredSince };
  }
}
