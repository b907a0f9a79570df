import { Module } from '@nestjs/common';
import { WebhookClock } from './clock';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookWorker } from './webhook-worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

@Module({
  controllers: [WebhooksController],
  providers: [WebhookClock, WebhookOutbox, WebhookWorker, WebhooksService],
  exports: [WebhookOutbox, WebhookWorker, WebhookClock],
})
export class WebhooksModule {}
