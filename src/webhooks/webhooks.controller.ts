import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { versionEtag } from '../common/etag';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { WebhookClock } from './clock';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { RotateSecretDto } from './dto/rotate-secret.dto';
import { UpdateWebhookDto } from './dto/update-webhook.dto';
import { ROTATE_SECRET_EXAMPLE, WEBHOOK_EXAMPLE, WEBHOOK_PATCH_EXAMPLE } from './dto/webhook.example';
import { DeliveryListQuery, WebhookListQuery } from './dto/webhook.query';
import { DeliveryPage, DeliveryResponse, WebhookPage, WebhookResponse, WebhookWithSecretResponse } from './dto/webhook.response';
import { toWebhookResponse, WebhooksService } from './webhooks.service';

const ETAG_HEADER = { ETag: { description: "The webhook's version, for If-Match", schema: { type: 'string', example: '"3"' } } };
const IF_MATCH = { name: 'If-Match', required: false, description: 'The ETag last read; a stale one is refused with 412' };
const DESCRIPTION =
  'Signed HTTP callbacks when a policy version is published, scheduled or comes into force. Each POST carries `webhook-id`, `webhook-timestamp` and `webhook-signature` (Standard Webhooks, HMAC-SHA256); deliveries are retried with backoff, at least once.';

@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('dpo')
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly clock: WebhookClock,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listWebhooks', summary: 'List webhook endpoints (never their secrets)', description: DESCRIPTION })
  @ApiOkResponse({ type: WebhookPage })
  @ApiProblems(400, 401, 403)
  listWebhooks(@Query() query: WebhookListQuery): Promise<WebhookPage> {
    return this.webhooks.list(query);
  }

  @Post()
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Create a webhook endpoint (its signing secret is shown once)',
    description: DESCRIPTION,
  })
  @ApiResponse({
    status: 201,
    type: WebhookWithSecretResponse,
    description: 'Created; `Location` and `ETag` name it',
    headers: { ...ETAG_HEADER, Location: { description: 'The new webhook', schema: { type: 'string' } } },
  })
  @ApiBodyExample(CreateWebhookDto, WEBHOOK_EXAMPLE, "The website's CMS, told when the example service's notice comes into effect")
  @ApiProblems(400, 401, 403, 422)
  async createWebhook(@Body() dto: CreateWebhookDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<WebhookWithSecretResponse> {
    const { webhook, secret } = await this.webhooks.create(dto);
    void reply.header('Location', `/api/v1/webhooks/${webhook.id}`).header('ETag', versionEtag(webhook.version));
    return { ...toWebhookResponse(webhook, this.clock.now()), secret };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWebhook', summary: 'Read a webhook endpoint; ETag is its version' })
  @ApiOkResponse({ type: WebhookResponse, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404)
  async getWebhook(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookResponse> {
    const webhook = await this.webhooks.get(id);
    void reply.header('ETag', versionEtag(webhook.version));
    return toWebhookResponse(webhook, this.clock.now());
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateWebhook', summary: 'Change a webhook endpoint (URL, events, filters, active)' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WebhookResponse, headers: ETAG_HEADER })
  @ApiBodyExample(UpdateWebhookDto, WEBHOOK_PATCH_EXAMPLE, 'Only the fields named change')
  @ApiProblems(400, 401, 403, 404, 412, 422)
  async updateWebhook(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateWebhookDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookResponse> {
    const webhook = await this.webhooks.update(id, dto, ifMatch);
    void reply.header('ETag', versionEtag(webhook.version));
    return toWebhookResponse(webhook, this.clock.now());
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Delete a webhook endpoint and its delivery log' })
  @ApiHeader(IF_MATCH)
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiProblems(400, 401, 403, 404, 412)
  async deleteWebhook(@Param('id', new ParseUUIDPipe()) id: string, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.webhooks.remove(id, ifMatch);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: 'Replace the signing secret (shown once); the old one keeps signing for the grace period',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WebhookWithSecretResponse, headers: ETAG_HEADER })
  @ApiBodyExample(RotateSecretDto, ROTATE_SECRET_EXAMPLE, 'The old secret keeps signing for a day')
  @ApiProblems(400, 401, 403, 404, 412)
  async rotateWebhookSecret(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RotateSecretDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookWithSecretResponse> {
    const { webhook, secret } = await this.webhooks.rotateSecret(id, dto.gracePeriodSeconds, ifMatch);
    void reply.header('ETag', versionEtag(webhook.version));
    return { ...toWebhookResponse(webhook, this.clock.now()), secret };
  }

  @Get(':id/deliveries')
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: 'The delivery log of an endpoint, newest first' })
  @ApiOkResponse({ type: DeliveryPage })
  @ApiProblems(400, 401, 403, 404)
  listWebhookDeliveries(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: DeliveryListQuery): Promise<DeliveryPage> {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'redeliverWebhookDelivery',
    summary: 'Send a delivered or failed event again (a new delivery with the same webhook-id)',
  })
  @ApiResponse({ status: 202, type: DeliveryResponse, description: 'Queued; follow it in the delivery log' })
  @ApiProblems(400, 401, 403, 404, 409)
  redeliverWebhookDelivery(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string,
  ): Promise<DeliveryResponse> {
    return this.webhooks.redeliver(id, deliveryId);
  }

  @Post(':id/ping')
  @HttpCode(202)
  @ApiOperation({ operationId: 'pingWebhook', summary: 'Send a signed `webhook.ping` event to test the endpoint' })
  @ApiResponse({ status: 202, type: DeliveryResponse, description: 'Queued; follow it in the delivery log' })
  @ApiProblems(400, 401, 403, 404, 409)
  pingWebhook(@Param('id', new ParseUUIDPipe()) id: string): Promise<DeliveryResponse> {
    return this.webhooks.ping(id);
  }
}
