import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../webhook-delivery.entity';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-payload';

export class WebhookResponse {
  id!: string;
  /** Increments on every change; the ETag */
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  /**
   * The target; a password in it is shown as `***`
   * @example "https://cms.example.com/hooks/ropa"
   */
  url!: string;
  description!: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  events!: WebhookEventType[];
  policyIds!: string[];
  serviceIds!: string[];
  active!: boolean;
  /** Until when the secret replaced by the last rotation still signs; null when only one secret signs */
  previousSecretValidUntil!: string | null;
}

export class WebhookWithSecretResponse extends WebhookResponse {
  /**
   * The signing secret (Standard Webhooks format: `whsec_` + base64 key). Shown once: store it now.
   * @example "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
   */
  secret!: string;
}

export class WebhookPage {
  @ApiProperty({ type: [WebhookResponse] })
  items!: WebhookResponse[];
  total!: number;
  limit!: number;
  offset!: number;
}

export class DeliveryAttemptResponse {
  at!: string;
  /** HTTP status of the answer; null when none came (timeout, connection refused, target refused) */
  responseStatus!: number | null;
  error!: string | null;
  durationMs!: number;
}

export class DeliveryResponse {
  id!: string;
  webhookId!: string;
  /** The `webhook-id` header: the same for every attempt and redelivery of one event */
  eventId!: string;
  /** @example "policy.version.published" */
  eventType!: string;
  /**
   * `pending`: waiting for its (next) attempt; `succeeded`: a 2xx answer; `failed`: retries ended
   */
  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: DeliveryStatus;
  attempts!: number;
  /** HTTP status of the last answer */
  responseStatus!: number | null;
  lastError!: string | null;
  createdAt!: string;
  lastAttemptAt!: string | null;
  nextAttemptAt!: string | null;
  deliveredAt!: string | null;
  @ApiProperty({ type: [DeliveryAttemptResponse], description: 'The most recent attempts (up to 20), oldest first' })
  attemptLog!: DeliveryAttemptResponse[];
}

export class DeliveryPage {
  @ApiProperty({ type: [DeliveryResponse] })
  items!: DeliveryResponse[];
  total!: number;
  limit!: number;
  offset!: number;
}
