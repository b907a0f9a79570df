import { ROLES, type Role } from '../api-key.entity';
import { ApiProperty } from '@nestjs/swagger';

export class ApiKeyResponse {
  id!: string;
  /**
   * The first characters of the key, to recognise it; the key itself is never stored
   * @example "ropa_Xk3v9Qa"
   */
  prefix!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  label!: string;
  createdAt!: string;
  expiresAt!: string | null;
  revokedAt!: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  /** The key itself. Shown once: store it now, it cannot be read again. */
  key!: string;
}
