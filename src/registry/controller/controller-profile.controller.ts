import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '../../auth/api-keys.service';
import { CurrentPrincipal } from '../../auth/principal.decorator';
import { READ_ROLES, Roles, WRITE_ROLES } from '../../auth/roles.decorator';
import { ApiProblems } from '../../common/api-problems.decorator';
import { ETAG } from '../../common/api-headers';
import { versionEtag } from '../../common/etag';
import { ApiIfMatch, IfMatch } from '../../common/if-match.decorator';
import { AcceptsReadOnlyEcho, type Echo, Echoed, ITEM_META } from '../../common/read-only-echo';
import { toPlainItem } from '../shared/plain-item';
import { ControllerProfileService } from './controller-profile.service';
import { ControllerProfileResponse } from './dto/controller-profile.response';
import { PutControllerProfileDto } from './dto/put-controller-profile.dto';
import { CONTROLLER_PROFILE_EXAMPLE } from './dto/controller-profile.example';

@ApiTags('controller')
@ApiBearerAuth()
@Controller('controller')
export class ControllerProfileController {
  constructor(private readonly profiles: ControllerProfileService) {}

  @Get()
  @Roles(...READ_ROLES)
  @ApiOperation({
    operationId: 'getControllerProfile',
    summary: 'Read the controller profile (Art. 30(1)(a), 13(1)(a)-(b))',
    description:
      'Who the controller is and how to reach it, its DPO and representative, and the supervisory authority people may complain to.',
  })
  @ApiOkResponse({ type: ControllerProfileResponse, headers: ETAG })
  @ApiProblems(401, 403, 404)
  async getControllerProfile(@Res({ passthrough: true }) reply: FastifyReply): Promise<ControllerProfileResponse> {
    const profile = await this.profiles.get();
    void reply.header('ETag', versionEtag(profile.version));
    return toPlainItem(profile) as unknown as ControllerProfileResponse;
  }

  @Put()
  @Roles(...WRITE_ROLES)
  @ApiOperation({
    operationId: 'putControllerProfile',
    summary: 'Create or replace the whole controller profile',
    description:
      "**A whole replacement:** every field left out is cleared (a DPO or representative left out is gone). To change one field, `GET /controller`, edit what it answers and send all of it back, with its `ETag` in `If-Match` so that a change made meanwhile is not overwritten. The read-only members it answered (`id`, `version`, `createdAt`, `updatedAt`) may stay in the body: unchanged, they are ignored; changed, the write is refused naming them (409 for an older `version`, 422 for the others). The example is the example registry's controller as loaded at first start.",
  })
  @ApiBody({
    type: PutControllerProfileDto,
    examples: { example: { summary: "The example registry's controller (as loaded at first start)", value: CONTROLLER_PROFILE_EXAMPLE } },
  })
  @ApiIfMatch()
  @AcceptsReadOnlyEcho(ITEM_META)
  @ApiOkResponse({ type: ControllerProfileResponse, headers: ETAG })
  @ApiProblems(400, 401, 403, 409, 412, 422)
  async putControllerProfile(
    @Body() dto: PutControllerProfileDto,
    @IfMatch() ifMatch: string | undefined,
    @Echoed() echo: Echo,
    @CurrentPrincipal() actor: Principal | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ControllerProfileResponse> {
    const profile = await this.profiles.put(dto, ifMatch, actor, echo);
    void reply.header('ETag', versionEtag(profile.version));
    return toPlainItem(profile) as unknown as ControllerProfileResponse;
  }
}
