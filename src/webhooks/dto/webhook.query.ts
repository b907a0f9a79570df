import { PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQuery } from '../../registry/shared/list-query.dto';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../webhook-delivery.entity';

export class WebhookListQuery extends PickType(ListQuery, ['limit', 'offset'] as const) {}

export class DeliveryListQuery extends PickType(ListQuery, ['limit', 'offset'] as const) {
  /** Only deliveries in this state */
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
