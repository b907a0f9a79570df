import { ApiProperty } from '@nestjs/swagger';

export class RegistryItemMeta {
  /** Read-only; a body may send it back unchanged @example "6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11" */
  id!: string;
  /** Raised by one on every change; send it back in If-Match (or, unchanged, in the body) */
  version!: number;
  /** Read-only; a body may send it back unchanged */
  createdAt!: string;
  /** Read-only; a body may send it back unchanged */
  updatedAt!: string;
}

/** A link as answered: the item's id, ref and name, so people read names, not UUIDs. */
export class SummaryResponse {
  id!: string;
  /** The linked item's ref, which a body may write instead of its id; null when the item is missing */
  @ApiProperty({ type: 'string', nullable: true, example: 'instagram-channel' })
  ref!: string | null;
  @ApiProperty({ example: 'LiveChat Instagram channel' })
  name!: string;
}
