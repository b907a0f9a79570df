import { Injectable } from '@nestjs/common';

/** The time the webhook worker goes by; tests move it to make a scheduled version come into force. */
@Injectable()
export class WebhookClock {
  now(): Date {
    return new Date();
  }
}
