import { IsDateString, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../api-key.entity';

export class CreateApiKeyDto {
  /**
   * `dpo` writes everything and manages keys; `auditor` reads everything, exports and reads the audit
   * trail; `reader` reads the registry and policies.
   * @example "auditor"
   */
  @IsIn(ROLES)
  role!: Role;

  /**
   * Who or what uses the key
   * @example "External auditor, 2026 review"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label!: string;

  /**
   * When the key stops working (ISO 8601); omit for no expiry
   * @example "2027-01-31T00:00:00Z"
   */
  @IsOptional()
  @IsDateString()
  expiresAt?: string;
}
