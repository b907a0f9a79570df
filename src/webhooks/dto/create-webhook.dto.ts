import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOmittable } from '../../common/validators';
import { IdList, UuidList } from '../../registry/shared/id-list.decorator';
import { enumMeanings } from '../../registry/shared/api-docs';
import { EVENT_MEANINGS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-payload';

export class CreateWebhookDto {
  /**
   * Where events are POSTed: https (http only to a loopback address). Targets in private networks
   * are refused unless the operator allows them (WEBHOOK_ALLOWED_PRIVATE_NETWORKS).
   * @example "https://cms.example.com/hooks/ropa"
   */
  @IsString()
  @MaxLength(2000)
  url!: string;

  /** @example "Website CMS: rebuilds the privacy page" */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string | null;

  @ApiProperty({
    enum: WEBHOOK_EVENT_TYPES,
    isArray: true,
    example: ['policy.version.effective'],
    description: `The events to receive\n\n${enumMeanings(EVENT_MEANINGS)}`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events!: WebhookEventType[];

  /** Only events of these policies; empty or left out: every policy */
  @UuidList()
  policyIds?: string[];

  /** Only events of the policies of these services (ids or refs); empty or left out: every policy */
  @IdList()
  serviceIds?: string[];

  /** An inactive endpoint gets no events; its pending deliveries wait until it is active again */
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
