import { ApiProperty } from '@nestjs/swagger';

export class RegistryItemMeta {
  /** @example "6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11" */
  id!: string;
  /** Raised by one on every change; send it back in If-Match */
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class SummaryResponse {
  id!: string;
  @ApiProperty({ example: 'LiveChat Instagram channel' })
  name!: string;
}
